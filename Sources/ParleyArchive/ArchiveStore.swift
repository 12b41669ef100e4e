import ParleyModel

/// A quote archive that answers the query language, wherever its quotes are kept.
///
/// Engines differ only in where the quotes live (in memory, in a built index file, on a
/// database server). What a query means is `QuoteMatcher`'s and the order of results is
/// `ArchiveRanking`'s, so every engine gives the same quotes in the same order, and a new engine
/// is one more conformance rather than a change to every front end.
public protocol ArchiveStore: Sendable {
    /// The archive's name in messages and on screen: a path, or a URL without its password.
    var name: String { get }
    /// How many quotes it holds.
    var count: Int { get }
    /// Up to `limit` quotes that match `query`, best first, starting after the quote numbered
    /// `after` (from the best when nil); nil when `isCancelled` turned true midway.
    func page(_ query: SearchQuery, after: Int?, limit: Int, isCancelled: () -> Bool) throws(ArchiveStoreFailure)
        -> ArchivePage?
    /// How many quotes match `query`; nil when `isCancelled` turned true midway.
    func count(_ query: SearchQuery, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> Int?
}

extension ArchiveStore {
    /// Calls `body` with every quote that matches `query`, best first, fetched `pageSize` at a
    /// time so a result of millions is never held whole. False when `isCancelled` turned true.
    @discardableResult
    public func forEachMatch(
        _ query: SearchQuery, pageSize: Int = 10_000, isCancelled: () -> Bool = { false },
        _ body: (ArchiveQuote) throws(ArchiveStoreFailure) -> Void
    ) throws(ArchiveStoreFailure) -> Bool {
        var after: Int?
        while true {
            guard let page = try page(query, after: after, limit: pageSize, isCancelled: isCancelled) else {
                return false
            }
            for quote in page.quotes { try body(quote) }
            guard !page.isLast, let last = page.quotes.last else { return true }
            after = last.number
        }
    }
}

extension ArchiveStore {
    /// The quote Quotebank calls `id`; nil when the archive has none.
    ///
    /// Read through the whole archive in rank order, stopping at the quote: a lookup a user
    /// makes once (`parley collect`), not a search.
    public func quote(id: String) throws(ArchiveStoreFailure) -> ArchiveQuote? {
        var found: ArchiveQuote?
        let stop = { found != nil }
        try forEachMatch(SearchQuery(), isCancelled: stop) { quote in
            if found == nil, quote.id == id { found = quote }
        }
        return found
    }
}

/// Some of an archive's matches for a query, in rank order.
public struct ArchivePage: Sendable {
    public var quotes: [ArchiveQuote]
    /// True when no quote after these matches.
    public var isLast: Bool
    /// How many quotes match in all, when the engine learned it on the way (nil otherwise:
    /// counting can cost more than the page, so it is asked for on its own).
    public var total: Int?

    public init(quotes: [ArchiveQuote], isLast: Bool, total: Int? = nil) {
        self.quotes = quotes
        self.isLast = isLast
        self.total = total
    }
}

/// Why an archive could not answer: damaged on disk, or a server gone away.
public struct ArchiveStoreFailure: Error, Sendable, CustomStringConvertible {
    /// What kind of trouble, which decides the exit status.
    public enum Kind: Sendable {
        /// The archive's data is not what it should be (exit 65).
        case damaged
        /// The archive cannot be reached now (exit 69).
        case unavailable
    }

    public var archive: String
    public var reason: String
    public var kind: Kind

    public init(archive: String, reason: String, kind: Kind) {
        self.archive = archive
        self.reason = reason
        self.kind = kind
    }

    public var description: String { "\(archive): error: \(reason)" }
}
