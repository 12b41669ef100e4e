import ParleyModel

/// Pages and counts for the engines that search a word index (the index file, PostgreSQL),
/// written once: the query compiled to `WordQuery`, candidates read in rank order, and each
/// checked against `QuoteMatcher` where the words alone do not decide.
///
/// An engine supplies only how it reads candidates and counts exact matches in its own
/// syntax, so the two cannot drift apart in what a page holds or when a count is exact.
package struct WordIndexedSearch: Sendable {
    /// How an engine reads candidates: those `selection` picks, numbered after `after`, in rank
    /// order, handed to `take` until it returns false. `wanted` is how many an exact search
    /// keeps (more are read when `isExact` is false, since some fail the check). False when
    /// `isCancelled` turned true midway.
    package typealias Candidates = (
        _ selection: WordQuery.Selection, _ after: Int?, _ wanted: Int, _ isExact: Bool,
        _ take: (ArchiveQuote) -> Bool
    ) throws(ArchiveStoreFailure) -> Bool

    /// The days the archive spans, for open-ended date ranges.
    package var days: ClosedRange<Day>?
    /// How many quotes the archive holds: the count of a query that selects them all.
    package var quotes: Int

    package init(days: ClosedRange<Day>?, quotes: Int) {
        self.days = days
        self.quotes = quotes
    }

    /// Up to `limit` matches after `after`, as `ArchiveStore.page` gives them.
    package func page(
        _ query: SearchQuery, after: Int?, limit: Int, candidates: Candidates
    ) throws(ArchiveStoreFailure) -> ArchivePage? {
        let compiled = WordQuery(query, days: days)
        if compiled.selection == .none { return ArchivePage(quotes: [], isLast: true, total: 0) }
        // One more than asked for says whether this page is the last.
        let wanted = limit + 1
        var quotes: [ArchiveQuote] = []
        let finished = try candidates(compiled.selection, after, wanted, compiled.isExact) { quote in
            if !compiled.isExact,
                QuoteMatcher.match(query, SearchDocument(archiveQuote: quote), index: quote.number) == nil
            {
                return true
            }
            quotes.append(quote)
            return quotes.count < wanted
        }
        guard finished else { return nil }
        let isLast = quotes.count < wanted
        if !isLast { quotes.removeLast() }
        return ArchivePage(quotes: quotes, isLast: isLast, total: isLast && after == nil ? quotes.count : nil)
    }

    /// How many quotes match, as `ArchiveStore.count` gives it: by the index when the words
    /// decide (`exactCount`), otherwise by going through the matches of `store`.
    package func count(
        _ query: SearchQuery, in store: some ArchiveStore, isCancelled: () -> Bool,
        exactCount: (WordExpression) throws(ArchiveStoreFailure) -> Int?
    ) throws(ArchiveStoreFailure) -> Int? {
        let compiled = WordQuery(query, days: days)
        switch compiled.selection {
        case .none: return 0
        case .all where compiled.isExact: return quotes
        case let .match(words) where compiled.isExact: return try exactCount(words)
        default:
            var total = 0
            guard try store.forEachMatch(query, isCancelled: isCancelled, { _ in total += 1 }) else { return nil }
            return total
        }
    }
}
