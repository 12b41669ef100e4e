import ParleyModel

/// Writes a dossier the user owns as carefully as an editor does: only over the version it
/// read, the version before kept beside it, whole or not at all.
///
/// parley writes a file it reads only on the user's explicit action (collecting a quote,
/// accepting a draft's). The new text is written to a temporary file and renamed into place,
/// so an open dashboard following the file sees the old version or the new one; the old one
/// is kept as `FILE~`; and if the file is not what was read — the user saved an edit
/// meanwhile — nothing is written and the change is refused.
public enum DossierWriter {
    /// Why the dossier was not written; in every case the file is as it was.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file changed since it was read.
        case changedMeanwhile(path: String)
        /// The file could not be read again to check it.
        case unreadable(path: String, reason: String)
        /// Writing the copy or the new version failed.
        case write(AtomicFile.Failure)

        public var description: String {
            switch self {
            case let .changedMeanwhile(path):
                "\(path): changed since parley read it; nothing was written — read it again and repeat the change"
            case let .unreadable(path, reason): "\(path): \(reason)"
            case let .write(failure): failure.description
            }
        }
    }

    /// Replaces the dossier at `path` with `text`, provided it still holds `original`, the bytes
    /// the change was made to; the previous version is kept at `path~`. A link is followed,
    /// so the file it names is replaced and the link stays; the file keeps its permissions.
    public static func replace(_ path: String, original: [UInt8], with text: String) throws(Failure) {
        let target = resolved(path)
        let current: [UInt8]
        switch FileReader.read(path: target, limit: DossierLoader.maximumFileSize) {
        case let .success(bytes): current = bytes
        case let .failure(.unreadable(reason)): throw .unreadable(path: path, reason: reason)
        case .failure(.tooLarge): throw .changedMeanwhile(path: path)
        }
        guard current == original else { throw .changedMeanwhile(path: path) }
        var status = stat()
        let mode = stat(target, &status) == 0 ? status.st_mode & 0o7777 : nil
        do throws(AtomicFile.Failure) {
            try AtomicFile.write(original, to: target + "~", mode: mode)
            try AtomicFile.write(Array(text.utf8), to: target, mode: mode)
        } catch {
            throw .write(error)
        }
    }

    /// The file a path names, links followed; the path itself when it cannot be resolved.
    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

extension DossierWriter {
    /// Why a found quote was not added to a dossier file; in every case the file is as it was.
    public enum AddFailure: Error, Sendable, CustomStringConvertible {
        /// The file could not be read, or does not load as it stands.
        case unloadable(DossierLoadFailure)
        /// The quote could not be added (an unknown engagement, no speaker, a file it would break).
        case refused(QuoteCollection.Failure)
        /// The new version could not be written, or the file changed meanwhile.
        case notWritten(Failure)

        public var description: String {
            switch self {
            case let .unloadable(failure): failure.firstProblem
            case let .refused(failure): failure.description
            case let .notWritten(failure): failure.description
            }
        }
    }

    /// Adds `found` to the dossier at `file` as `QuoteCollection` adds it, reading the file now
    /// and writing it only over the version read: what `parley collect` and the dashboard's
    /// `c` both do. `speakerID` credits a person or party of the dossier instead.
    /// `avoiding` names quote ids the new one must not take (those of the desk's other weeks).
    public static func add(
        _ found: QuoteCollection.Found, speakerID: String? = nil, to file: String, avoiding: Set<String> = []
    ) throws(AddFailure) -> QuoteCollection.Result {
        try add([found], speakerID: speakerID, to: file, avoiding: avoiding)[0]
    }

    /// Adds every quote of `found`, in order, in one write: all of them or none.
    ///
    /// - Parameter starting: the text of a new dossier to add them to when `file` does not
    ///   exist yet (a review's first write); it is created, and never over a file that appeared.
    ///
    /// - Parameter removing: ids of quotes to take out of the file first, in the same write
    ///   (those a review rejected after they were written).
    public static func add(
        _ found: [QuoteCollection.Found], speakerID: String? = nil, to file: String, starting: String? = nil,
        avoiding: Set<String> = [], removing: [String] = []
    ) throws(AddFailure) -> [QuoteCollection.Result] {
        if let starting, access(file, F_OK) != 0, errno == ENOENT {
            return try create(file, starting: starting, adding: found)
        }
        let original: [UInt8]
        let dossier: Dossier
        do throws(DossierLoadFailure) {
            original = try DossierLoader.read(path: file)
            dossier = try DossierLoader.load(bytes: original, file: file, sourceTexts: nil).dossier
        } catch {
            throw .unloadable(error)
        }
        let results: [QuoteCollection.Result]
        var text = String(decoding: original, as: UTF8.self)
        do throws(QuoteCollection.Failure) {
            var dossier = dossier
            if !removing.isEmpty { (text, dossier) = try QuoteCollection.removing(removing, from: text, file: file) }
            results = try QuoteCollection.adding(
                found, speakerID: speakerID, to: text, dossier: dossier, file: file, avoiding: avoiding)
            text = results.last?.text ?? text
        } catch {
            throw .refused(error)
        }
        guard results.last != nil || !removing.isEmpty else { return [] }
        do throws(Failure) {
            try replace(file, original: original, with: text)
        } catch {
            throw .notWritten(error)
        }
        return results
    }

    /// A new dossier at `file`: `starting` with the quotes added, written only while no file
    /// is there (one that appeared meanwhile is the user's, and is left alone).
    private static func create(_ file: String, starting: String, adding found: [QuoteCollection.Found])
        throws(AddFailure) -> [QuoteCollection.Result]
    {
        let dossier: Dossier
        do throws(DossierLoadFailure) {
            dossier = try DossierLoader.load(yaml: starting, file: file).dossier
        } catch {
            throw .unloadable(error)
        }
        let results: [QuoteCollection.Result]
        do throws(QuoteCollection.Failure) {
            results = try QuoteCollection.adding(found, to: starting, dossier: dossier, file: file)
        } catch {
            throw .refused(error)
        }
        guard let last = results.last else { return [] }
        let created: Bool
        do throws(AtomicFile.Failure) {
            created = try AtomicFile.create(Array(last.text.utf8), at: file)
        } catch {
            throw .notWritten(.write(error))
        }
        guard created else { throw .notWritten(.changedMeanwhile(path: file)) }
        return results
    }
}
