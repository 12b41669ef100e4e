import ParleyModel

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
