import ParleyModel

/// Everything the quotes screen and `parley quotes` search: the dossier's quotes and any archives.
public struct QuoteCorpus: Sendable {
    public let dossier: Dossier
    public let archives: [any ArchiveStore]
    /// Prepared on the first search, so drawing a first frame does not wait for it.
    private let search: Lazily<QuoteSearch>

    /// How many archive quotes a search fetches at a time: a few screenfuls, and
    /// few enough that a first page from a server or a file is quick.
    public static let pageSize = 120

    /// The search over the dossier's own quotes.
    public var dossierSearch: QuoteSearch { search.value }

    /// - Parameter notes: the reader's flags and notes, which `flag:` and `note:` search.
    public init(dossier: Dossier, archives: [any ArchiveStore] = [], notes: NotesBook = .empty) {
        self.dossier = dossier
        search = Lazily { QuoteSearch(dossier: dossier, notes: notes) }
        self.archives = archives
    }

    /// Every quote of a desk (its combined dossier), each searchable by its week.
    public init(desk: Desk, archives: [any ArchiveStore] = [], notes: NotesBook = .empty) {
        dossier = desk.combined
        search = Lazily { QuoteSearch(desk: desk, notes: notes) }
        self.archives = archives
    }

    /// The same corpus with one more archive.
    public func adding(_ archive: any ArchiveStore) -> QuoteCorpus {
        QuoteCorpus(dossier: dossier, search: search, archives: archives + [archive])
    }

    private init(dossier: Dossier, search: Lazily<QuoteSearch>, archives: [any ArchiveStore]) {
        self.dossier = dossier
        self.search = search
        self.archives = archives
    }

    /// Every quote there is to search.
    public var count: Int { dossier.quotes.count + archives.reduce(0) { $0 + $1.count } }

    /// The most quotes a dossier or desk may hold for its searches to be answered between two
    /// keystrokes: a search over this many takes a few milliseconds (parley-bench desk).
    public static let quickSearchLimit = 5_000

    /// True when a search is answered faster than a keystroke, so the dashboard may wait for it:
    /// no archives, and no more than `quickSearchLimit` quotes. Otherwise searches run in the
    /// background and typing never waits for them.
    public var answersAtOnce: Bool { archives.isEmpty && dossier.quotes.count <= Self.quickSearchLimit }

    /// Prepares the search over the dossier's quotes now rather than on the first search: what
    /// the dashboard asks of a background thread when a large desk opens.
    public func prepare() {
        _ = search.value
    }

    /// The dossier's matches (ranked) and the first page of the first archive's (most quoted
    /// first); nil when `isCancelled` turned true, so a search made stale by the next keystroke
    /// stops using the processor.
    public func search(_ query: SearchQuery, pageSize: Int = QuoteCorpus.pageSize, isCancelled: () -> Bool = { false })
        throws(ArchiveStoreFailure) -> SearchResults?
    {
        guard let matches = dossierSearch.search(query, isCancelled: isCancelled) else { return nil }
        let start = SearchResults(query: query, dossier: matches, archives: archives.map { _ in ArchiveMatches() })
        return try more(start, pageSize: pageSize, isCancelled: isCancelled)
    }

    /// The results with the next page of the first archive not yet read to its end (the
    /// results themselves when every archive is); nil when cancelled.
    public func more(
        _ results: SearchResults, pageSize: Int = QuoteCorpus.pageSize, isCancelled: () -> Bool = { false }
    ) throws(ArchiveStoreFailure) -> SearchResults? {
        guard let next = results.archives.firstIndex(where: { !$0.isComplete }) else { return results }
        var archives = results.archives
        guard
            let page = try self.archives[next].page(
                results.query, after: archives[next].quotes.last?.number, limit: pageSize, isCancelled: isCancelled)
        else { return nil }
        archives[next].quotes += page.quotes
        archives[next].isComplete = page.isLast
        if let total = page.total { archives[next].total = total }
        return SearchResults(query: results.query, dossier: results.dossier, archives: archives)
    }

    /// How many quotes each archive has for the results' query (nil for one cancelled midway).
    public func totals(of results: SearchResults, isCancelled: () -> Bool = { false }) throws(ArchiveStoreFailure)
        -> [Int?]
    {
        var totals: [Int?] = []
        for (archive, matches) in zip(archives, results.archives) {
            if let known = matches.total {
                totals.append(known)
            } else {
                totals.append(try archive.count(results.query, isCancelled: isCancelled))
            }
        }
        return totals
    }

    /// What an archive quote matched, for highlighting: the same answer `QuoteMatcher` gives.
    public func match(_ query: SearchQuery, archiveQuote quote: ArchiveQuote) -> QuoteMatch {
        let document = SearchDocument(archiveQuote: quote)
        return QuoteMatcher.match(query, document, index: quote.number) ?? QuoteMatch(index: quote.number, score: 0)
    }

    /// The searchable field texts of an archive quote (only the words and the speaker).
    public static func fieldTexts(of quote: ArchiveQuote) -> QuoteFieldTexts {
        QuoteFieldTexts(
            text: quote.text, speaker: quote.speaker ?? "", role: "", party: "", context: "", engagement: "")
    }
}

/// One archive's matches so far: the quotes fetched, best first, and how many there are in all.
public struct ArchiveMatches: Sendable {
    public var quotes: [ArchiveQuote] = []
    /// True once every match has been fetched.
    public var isComplete = false
    /// How many quotes match, once known.
    public var total: Int?

    public init(quotes: [ArchiveQuote] = [], isComplete: Bool = false, total: Int? = nil) {
        self.quotes = quotes
        self.isComplete = isComplete
        self.total = total
    }

    /// The whole count when it is known: counted, or every match fetched.
    public var knownTotal: Int? { isComplete ? quotes.count : total }
}

/// The outcome of one search: an immutable list of quotes, dossier matches first.
///
/// An archive's matches come a page at a time; the list holds the dossier's matches and then
/// each archive's fetched quotes, up to and including the first archive not read to its end,
/// so fetching more only ever adds to the end of the list.
///
/// Two results are equal only when they are the same search's: comparing a million quotes on
/// every frame would cost more than the search.
public struct SearchResults: Hashable, Sendable {
    /// One entry of the list.
    public enum Item: Hashable, Sendable {
        case dossier(QuoteMatch)
        /// An archive quote, and which archive (by position) it comes from.
        case archive(archive: Int, quote: ArchiveQuote)
    }

    public let query: SearchQuery
    public let dossier: [QuoteMatch]
    public let archives: [ArchiveMatches]
    /// How many entries the list holds now.
    public let count: Int
    private let identity = Identity()

    init(query: SearchQuery, dossier: [QuoteMatch], archives: [ArchiveMatches]) {
        self.query = query
        self.dossier = dossier
        self.archives = archives
        var count = dossier.count
        for matches in archives {
            count += matches.quotes.count
            if !matches.isComplete { break }
        }
        self.count = count
    }

    /// The entry at `position` (0 is the best).
    public func item(at position: Int) -> Item {
        if position < dossier.count { return .dossier(dossier[position]) }
        var rest = position - dossier.count
        for (archive, matches) in archives.enumerated() {
            if rest < matches.quotes.count { return .archive(archive: archive, quote: matches.quotes[rest]) }
            rest -= matches.quotes.count
        }
        preconditionFailure("position \(position) is past the \(count) results")
    }

    public var isEmpty: Bool { count == 0 }

    /// True while some archive has matches not fetched yet.
    public var hasMore: Bool { archives.contains { !$0.isComplete } }

    /// How many quotes match in all, dossier and archives; nil until every archive is counted.
    public var total: Int? {
        var total = dossier.count
        for matches in archives {
            guard let known = matches.knownTotal else { return nil }
            total += known
        }
        return total
    }

    /// The same results with the dossier's matches in another order (the list `s` sorts).
    public func replacingDossier(_ matches: [QuoteMatch]) -> SearchResults {
        SearchResults(query: query, dossier: matches, archives: archives)
    }

    /// The same results with each archive's count filled in where `totals` has one.
    public func counted(_ totals: [Int?]) -> SearchResults {
        var archives = self.archives
        for index in archives.indices where index < totals.count {
            if let total = totals[index] { archives[index].total = total }
        }
        return SearchResults(query: query, dossier: dossier, archives: archives)
    }

    public static func == (lhs: SearchResults, rhs: SearchResults) -> Bool { lhs.identity === rhs.identity }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(identity)) }

    private final class Identity: Sendable {}
}
