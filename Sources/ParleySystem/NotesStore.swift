import ParleyModel

/// Where a reader's flags and notes are kept, one file per dossier id, and reading and
/// writing them: `$XDG_DATA_HOME/parley/notes/` (`~/.local/share/parley/notes/` when that is
/// unset), apart from the dossiers so a shared file is never touched.
public struct NotesStore: Sendable {
    /// The folder; nil when neither XDG_DATA_HOME nor HOME is set (nothing is kept then).
    public let folder: String?

    public init(environment: [String: String]) {
        folder = XDGFolder.path(.data, "notes", environment: environment)
    }

    /// The store the environment names.
    public static var current: NotesStore {
        NotesStore(environment: ProcessEnvironment.values(["XDG_DATA_HOME", "HOME"]))
    }

    /// The file of a dossier's notes.
    public func file(for dossier: String) -> String? {
        // A dossier id is a slug, so it is a safe file name; anything else is refused.
        guard let folder, !dossier.isEmpty,
            dossier.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        return folder + "/" + dossier + ".yaml"
    }

    /// Why notes could not be read or written.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// A dossier's notes; none when it has no file yet.
    public func read(_ dossier: String) throws(Failure) -> DossierNotes {
        guard let path = file(for: dossier) else { return DossierNotes(dossier: dossier) }
        switch FileReader.read(path: path, limit: 16 * 1024 * 1024) {
        case let .success(bytes):
            do throws(DossierNotes.Failure) {
                var notes = try DossierNotes.parse(bytes, file: path)
                notes.dossier = dossier
                return notes
            } catch {
                throw Failure(description: error.description)
            }
        case .failure(.unreadable) where access(path, F_OK) != 0:
            return DossierNotes(dossier: dossier)
        case let .failure(.unreadable(reason)):
            throw Failure(description: "\(path): \(reason)")
        case .failure(.tooLarge):
            throw Failure(description: "\(path): larger than 16 MiB; a notes file may be at most 16 MiB")
        }
    }

    /// The notes of every dossier named, with the first problem met (the notes of a file that
    /// does not read are left out; `write` never writes over it until it reads).
    public func read(_ dossiers: [String]) -> (notes: NotesBook, problem: String?) {
        var all: [DossierNotes] = []
        var problem: String?
        for dossier in dossiers {
            do throws(Failure) {
                all.append(try read(dossier))
            } catch {
                problem = problem ?? error.description
            }
        }
        return (NotesBook(all), problem)
    }

    /// Writes a dossier's notes whole, making the folder when it is missing. A file there that
    /// does not read (an edit gone wrong) is never written over: its notes would be lost.
    public func write(_ notes: DossierNotes) throws(Failure) {
        guard let folder, let path = file(for: notes.dossier) else {
            throw Failure(description: "notes are not kept: neither XDG_DATA_HOME nor HOME is set")
        }
        do throws(Failure) {
            _ = try read(notes.dossier)
        } catch {
            throw Failure(description: "\(error.description) \u{2014} fix it first; nothing was written")
        }
        do throws(AtomicFile.Failure) {
            try AtomicFile.makeFolders(folder)
            try AtomicFile.write(Array(notes.yaml().utf8), to: path)
        } catch {
            throw Failure(description: error.description)
        }
    }
}
