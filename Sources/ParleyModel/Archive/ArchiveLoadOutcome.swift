/// A damaged line of an archive that was skipped: `FILE:LINE: warning: MESSAGE`.
public struct ArchiveWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): warning: \(message)" }
}

/// An archive ready to search, with the first few damaged lines met on the way and how many
/// were skipped in all (none for an archive opened from a built index).
public struct OpenedArchive: Sendable {
    public var store: any ArchiveStore
    /// The first damaged lines (at most `warningsKept`).
    public var warnings: [ArchiveWarning]
    public var skippedLines: Int

    /// Damaged lines reported one by one; the rest are only counted.
    public static let warningsKept = 5

    public init(store: any ArchiveStore, warnings: [ArchiveWarning] = [], skippedLines: Int = 0) {
        self.store = store
        self.warnings = warnings
        self.skippedLines = skippedLines
    }
}

/// Why an archive could not be opened at all.
public struct ArchiveLoadFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, which decides the exit status.
    public enum Kind: Sendable {
        /// The file cannot be read (exit 66).
        case unreadable
        /// The file is damaged, foreign or of a newer format (exit 65).
        case invalid
        /// The server cannot be reached (exit 69).
        case unavailable
        /// The server has no such database (exit 66).
        case noDatabase
    }

    public var path: String
    public var reason: String
    public var kind: Kind

    public init(path: String, reason: String, kind: Kind = .unreadable) {
        self.path = path
        self.reason = reason
        self.kind = kind
    }

    public var description: String { kind == .unreadable ? "\(path): \(reason)" : "\(path): error: \(reason)" }
}
