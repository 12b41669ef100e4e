/// A damaged line of an archive that was skipped: `FILE:LINE: warning: MESSAGE`.
public struct ArchiveWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): warning: \(message)" }
}

/// An archive that loaded, with the first few damaged lines and how many were skipped in all.
public struct LoadedArchive: Sendable {
    public var archive: QuoteArchive
    /// The first damaged lines (at most `ArchiveLoader.warningsKept`).
    public var warnings: [ArchiveWarning]
    public var skippedLines: Int
}

/// Why an archive could not be read at all (exit status 66).
public struct ArchiveLoadFailure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
