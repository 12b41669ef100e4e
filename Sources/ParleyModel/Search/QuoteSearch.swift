/// Searches a dossier's quotes with the query language, best matches first.
///
/// Every quote is tokenized once when the search is built; a query then only compares words.
public struct QuoteSearch: Sendable {
    private let documents: [SearchDocument]
    /// The quotes searched, in the order match indices refer to.
    public let quotes: [Quote]

    public init(dossier: Dossier) {
        quotes = dossier.quotes
        documents = dossier.quotes.map { SearchDocument(quote: $0, texts: dossier.fieldTexts(of: $0), dossier: dossier) }
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
