import ParleyModel
import ParleyYAML

extension DossierLoader {
    /// Loads a dossier file; source files it names are looked for beside it.
    public static func load(path: String) throws(DossierLoadFailure) -> LoadedDossier {
        try load(bytes: read(path: path), file: path, sourceTexts: FileSourceTexts(dossierPath: path))
    }

    /// A dossier file's bytes, refused as `load(path:)` refuses them when missing or too large.
    public static func read(path: String) throws(DossierLoadFailure) -> [UInt8] {
        switch FileReader.read(path: path, limit: maximumFileSize) {
        case let .success(bytes):
            return bytes
        case let .failure(.tooLarge(size)):
            let megabytes = size.map { " (\($0 / (1024 * 1024)) MiB)" } ?? ""
            let message = "file is larger than 64 MiB\(megabytes); a dossier may be at most 64 MiB"
            throw .invalid([Diagnostic(file: path, line: 1, column: 1, severity: .error, message: message)])
        case let .failure(.unreadable(reason)):
            throw .unreadable(path: path, reason: reason)
        }
    }
}

/// Finds source files relative to the folder of the dossier that names them.
public struct FileSourceTexts: SourceTextProvider {
    public let folder: String

    public init(dossierPath: String) {
        if let slash = dossierPath.lastIndex(of: "/") {
            folder = String(dossierPath[...slash])
        } else {
            folder = ""
        }
    }

    public func location(of file: String) -> String {
        file.hasPrefix("/") ? file : folder + file
    }

    public func text(of file: String) -> Result<String, SourceTextFailure> {
        switch FileReader.read(path: location(of: file), limit: DossierLoader.maximumFileSize) {
        case let .success(bytes): return .success(String(decoding: bytes, as: UTF8.self))
        case let .failure(.unreadable(reason)): return .failure(.unreadable(reason))
        case let .failure(.tooLarge(size)): return .failure(.tooLarge(size))
        }
    }
}
