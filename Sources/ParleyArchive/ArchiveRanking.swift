import ParleyModel

/// The order of an archive's search results: most quoted first, then the order of the archive.
///
/// One rule for every engine. The in-memory engine sorts by it when it loads; engines that
/// store quotes number them in this order when they build, so a search's first page is the
/// first matches by number and never needs sorting.
public enum ArchiveRanking {
    /// Positions in the archive, best ranked first, given each quote's `numOccurrences` in
    /// archive order: a bucket per count, counts from high to low, archive order within one.
    public static func order(occurrences: [UInt32]) -> [UInt32] {
        var buckets: [UInt32: [UInt32]] = [:]
        for (quote, count) in occurrences.enumerated() { buckets[count, default: []].append(UInt32(quote)) }
        return buckets.keys.sorted(by: >).flatMap { buckets[$0]! }
    }

    /// The same rule as an SQL ordering over a quote's occurrences and its archive position.
    public static let sqlOrder = "occurrences DESC, position ASC"
}
