import ParleyModel

/// An archive ready to search, with the first few damaged lines met on the way and how many
/// were skipped in all (none for an archive opened from a built index).
///
/// Two are equal when they hold the same archive by name and size and met the same damage:
/// an engine is not itself comparable, and the dashboard's actions that carry one need to be.
public struct OpenedArchive: Hashable, Sendable {
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

    public static func == (left: OpenedArchive, right: OpenedArchive) -> Bool {
        left.store.name == right.store.name && left.store.count == right.store.count
            && left.warnings == right.warnings && left.skippedLines == right.skippedLines
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(store.name)
        hasher.combine(store.count)
        hasher.combine(skippedLines)
    }
}
