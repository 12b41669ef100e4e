import ParleyModel

extension FuzzCheck {
    /// Parses the bytes as a query and runs it on the bundled week: a malformed query is an
    /// error with a column inside the text, a valid one searches, and every match range it
    /// reports lies inside the field it points at.
    public static let queryParser = FuzzCheck(target: "FuzzQueryParser") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        let query: SearchQuery
        do throws(QueryError) {
            query = try QueryParser.parse(text)
        } catch {
            if error.column < 1 || error.column > text.count + 1 {
                return "an error column outside the query: \(error.column)"
            }
            return nil
        }
        guard let week = try? BundledDossier.load() else { return "the bundled week does not load" }
        let search = QuoteSearch(dossier: week)
        for match in search.search(query) {
            let quote = search.quotes[match.index]
            for range in match.ranges(in: .text) where range.lowerBound < 0 || range.upperBound > quote.text.count {
                return "a match range outside the quote: \(range)"
            }
        }
        return nil
    }
}
