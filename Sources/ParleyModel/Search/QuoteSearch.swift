/// Searches a dossier's quotes with the query language, best matches first.
///
/// Every quote is tokenized and indexed once when the search is built; a query then looks
/// only at the quotes the index says could match, and compares their words.
public struct QuoteSearch: Sendable {
    private let documents: [SearchDocument]
    private let index: SearchIndex
    /// The quotes searched, in the order match indices refer to.
    public let quotes: [Quote]

    /// - Parameter notes: the reader's flags and notes, found by `flag:` and `note:`.
    public init(dossier: Dossier, notes: NotesBook = .empty) {
        quotes = dossier.quotes
        let week = SearchWeek(id: dossier.id, period: dossier.span)
        documents = dossier.quotes.map {
            SearchDocument(
                quote: $0, texts: dossier.fieldTexts(of: $0), dossier: dossier, week: week, note: notes.quote($0.id))
        }
        index = SearchIndex(documents: documents)
    }

    /// Searches every quote of a desk, each knowing its week for `week:`.
    public init(desk: Desk, notes: NotesBook = .empty) {
        let dossier = desk.combined
        quotes = dossier.quotes
        let weeks = desk.weeks.map { SearchWeek(id: $0.id, period: $0.dossier.span) }
        documents = dossier.quotes.map { quote in
            let week = desk.weekIndex(ofQuote: quote.id).map { weeks[$0] }
            return SearchDocument(
                quote: quote, texts: dossier.fieldTexts(of: quote), dossier: dossier, week: week,
                note: notes.quote(quote.id))
        }
        index = SearchIndex(documents: documents)
    }

    /// Parses `text` and searches; a malformed query throws rather than matching nothing.
    public func search(_ text: String) throws(QueryError) -> [QuoteMatch] {
        search(try QueryParser.parse(text))
    }

    /// Every quote that satisfies the query, ranked by score, then date, then dossier order.
    /// The empty query returns all quotes in date order.
    public func search(_ query: SearchQuery) -> [QuoteMatch] {
        // Never cancelled, so always an answer.
        search(query, isCancelled: { false }) ?? []
    }

    /// The same search, giving up (nil) soon after `isCancelled` turns true, so a search made
    /// stale by the next keystroke stops using the processor.
    public func search(_ query: SearchQuery, isCancelled: () -> Bool) -> [QuoteMatch]? {
        search(query, narrowing: true, isCancelled: isCancelled)
    }

    /// The search with or without the index narrowing it first: the answer is the same either
    /// way (the tests hold it to that), and parley-bench measures what narrowing saves.
    public func search(_ query: SearchQuery, narrowing: Bool, isCancelled: () -> Bool = { false }) -> [QuoteMatch]? {
        let candidates = narrowing ? index.candidates(for: query)?.members : nil
        var matches: [QuoteMatch] = []
        for (step, number) in (candidates ?? Array(documents.indices)).enumerated() {
            if step % 1_024 == 1_023, isCancelled() { return nil }
            if let match = QuoteMatcher.match(query, documents[number], index: number) { matches.append(match) }
        }
        return ranked(matches)
    }

    /// Matches in rank order: by score, then date, then dossier order.
    public func ranked(_ matches: [QuoteMatch]) -> [QuoteMatch] {
        matches.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let dateA = documents[a.index].date
            let dateB = documents[b.index].date
            if dateA != dateB { return dateA < dateB }
            return a.index < b.index
        }
    }
}
