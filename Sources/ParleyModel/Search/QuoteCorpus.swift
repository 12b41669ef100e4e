/// Everything the quotes screen and `parley quotes` search: the dossier's quotes and any archives.
public struct QuoteCorpus: Sendable {
    public let dossier: Dossier
    public let archives: [QuoteArchive]
    /// Prepared on the first search, so drawing a first frame does not wait for it.
    private let search: Lazily<QuoteSearch>

    /// The search over the dossier's own quotes.
    public var dossierSearch: QuoteSearch { search.value }

    public init(dossier: Dossier, archives: [QuoteArchive] = []) {
        self.dossier = dossier
        search = Lazily { QuoteSearch(dossier: dossier) }
        self.archives = archives
    }

    /// The same corpus with more archives.
    public func adding(_ archive: QuoteArchive) -> QuoteCorpus {
        QuoteCorpus(dossier: dossier, search: search, archives: archives + [archive])
    }

    private init(dossier: Dossier, search: Lazily<QuoteSearch>, archives: [QuoteArchive]) {
        self.dossier = dossier
        self.search = search
        self.archives = archives
    }

    /// Every quote there is to search.
    public var count: Int { dossier.quotes.count + archives.reduce(0) { $0 + $1.count } }

    /// Parses and searches; a malformed query throws.
    public func search(_ text: String) throws(QueryError) -> SearchResults {
        search(try QueryParser.parse(text))
    }

    /// The dossier's matches first (ranked), then each archive's (most quoted first).
    public func search(_ query: SearchQuery) -> SearchResults {
        // Never cancelled, so there is always a result.
        search(query, isCancelled: { false }) ?? SearchResults(query: query, dossier: [], archives: [])
    }

    /// As `search(_:)`, but gives up (nil) as soon as `isCancelled` turns true, so a search
    /// made stale by the next keystroke stops using the processor.
    public func search(_ query: SearchQuery, isCancelled: () -> Bool) -> SearchResults? {
        let dossierMatches = dossierSearch.search(query)
        var archiveMatches: [ArchiveMatches] = []
        for archive in archives {
            guard let bits = archive.matches(query, isCancelled: isCancelled) else { return nil }
            archiveMatches.append(ArchiveMatches(archive: archive, bits: bits))
        }
        return SearchResults(query: query, dossier: dossierMatches, archives: archiveMatches)
    }

    /// What an archive quote matched, for highlighting: the same answer `QuoteMatcher` gives.
    public func match(_ query: SearchQuery, archiveQuote quote: ArchiveQuote) -> QuoteMatch {
        let document = SearchDocument(archiveQuote: quote)
        return QuoteMatcher.match(query, document, index: quote.number) ?? QuoteMatch(index: quote.number, score: 0)
    }

    /// The searchable field texts of an archive quote (only the words and the speaker).
    public static func fieldTexts(of quote: ArchiveQuote) -> QuoteFieldTexts {
        QuoteFieldTexts(text: quote.text, speaker: quote.speaker ?? "", role: "", party: "", context: "", engagement: "")
    }
}

/// The outcome of one search: an immutable list of quotes, dossier matches first.
///
/// Two results are equal only when they are the same search's: comparing a million quote
/// numbers on every frame would cost more than the search.
public struct SearchResults: Hashable, Sendable {
    /// One entry of the list.
    public enum Item: Hashable, Sendable {
        case dossier(QuoteMatch)
        /// An archive quote: which archive (by position) and its number there.
        case archive(archive: Int, number: Int)
    }

    public let query: SearchQuery
    public let dossier: [QuoteMatch]
    public let archives: [ArchiveMatches]
    public let count: Int
    private let identity = Identity()

    init(query: SearchQuery, dossier: [QuoteMatch], archives: [ArchiveMatches]) {
        self.query = query
        self.dossier = dossier
        self.archives = archives
        count = dossier.count + archives.reduce(0) { $0 + $1.count }
    }

    /// The entry at `position` (0 is the best).
    public func item(at position: Int) -> Item {
        if position < dossier.count { return .dossier(dossier[position]) }
        var rest = position - dossier.count
        for (archive, matches) in archives.enumerated() {
            if rest < matches.count { return .archive(archive: archive, number: Int(matches.ordered[rest])) }
            rest -= matches.count
        }
        preconditionFailure("position \(position) is past the \(count) results")
    }

    public var isEmpty: Bool { count == 0 }

    public static func == (lhs: SearchResults, rhs: SearchResults) -> Bool { lhs.identity === rhs.identity }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(identity)) }

    private final class Identity: Sendable {}
}
