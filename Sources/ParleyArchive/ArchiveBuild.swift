import ParleyModel

/// What a build of an archive (an index file, a database) is doing, for a progress display.
public enum ArchiveBuildStep: Sendable {
    /// Reading the input: as far as the progress says.
    case reading(ArchiveProgress)
    /// Putting the quotes in rank order.
    case ranking(quotes: Int)
    /// Indexing the words of `done` quotes out of `total`.
    case indexing(done: Int, total: Int)
    /// Merging the full-text index into its final form.
    case optimizing
}

/// What a build read: the quotes kept, the damaged lines skipped, the days spanned.
public struct ArchiveBuildSummary: Sendable {
    public var quotes = 0
    public var skippedLines = 0
    /// The first damaged lines (at most `OpenedArchive.warningsKept`).
    public var warnings: [ArchiveWarning] = []
    /// The first and last days of the quotes, packed `yyyymmdd`; nil with no quotes.
    public var days: ClosedRange<Int32>?

    public init() {}
}

/// Why a build failed; nothing it wrote is left behind.
public struct ArchiveBuildFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// An input cannot be read (exit 66).
        case unreadableInput
        /// The output cannot be created, or exists already (exit 73).
        case cannotCreate
        /// Writing failed midway, a full disk say (exit 74).
        case writeFailed
        /// A signal asked the build to stop (exit 128 + the signal).
        case interrupted(signal: Int32)
        /// The server cannot be reached (exit 69).
        case unavailable
        /// The server has no such database (exit 66).
        case noDatabase
    }

    public var kind: Kind
    /// The whole line to show, naming the file or the address.
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
