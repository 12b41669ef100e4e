/// Searches a dossier's quotes with the query language, best matches first.
///
/// Every quote is tokenized once when the search is built; a query then only compares words.
public struct QuoteSearch: Sendable {
    private let documents: [SearchDocument]
    /// The quotes searched, in the order match indices refer to.
    public let quotes: [Quote]

    public init(dossier: Dossier) {
        quotes = dossier.quotes
        let week = SearchWeek(id: dossier.id, period: dossier.span)
        documents = dossier.quotes.map {
            SearchDocument(quote: $0, texts: dossier.fieldTexts(of: $0), dossier: dossier, week: week)
        }
    }

    /// Searches every quote of a desk, each knowing its week for `week:`.
    public init(desk: Desk) {
        let dossier = desk.combined
        quotes = dossier.quotes
        let weeks = desk.weeks.map { SearchWeek(id: $0.id, period: $0.dossier.span) }
        documents = dossier.quotes.map { quote in
            let week = desk.weekIndex(ofQuote: quote.id).map { weeks[$0] }
            return SearchDocument(quote: quote, texts: dossier.fieldTexts(of: quote), dossier: dossier, week: week)
        }
    }

    /// Parses `text` and searches; a malformed query throws rather than matching nothing.
    public func search(_ text: String) throws(QueryError) -> [QuoteMatch] {
        search(try QueryParser.parse(text))
    }

    /// Every quote that satisfies the query, ranked by score, then date, then dossier order.
    /// The empty query returns all quotes in date order.
    public func search(_ query: SearchQuery) -> [QuoteMatch] {
        var matches: [QuoteMatch] = []
        for (index, document) in documents.enumerated() {
            if let match = QuoteMatcher.match(query, document, index: index) { matches.append(match) }
        }
        return matches.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let dateA = documents[a.index].date
            let dateB = documents[b.index].date
            if dateA != dateB { return dateA < dateB }
            return a.index < b.index
        }
    }
}
