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
