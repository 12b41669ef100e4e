import ParleyModel

extension SearchDocument {
    /// An archive quote: its words and its speaker's name are all there is to search.
    package convenience init(archiveQuote quote: ArchiveQuote) {
        self.init(texts: QuoteCorpus.fieldTexts(of: quote), speaker: quote.speaker, date: quote.date)
    }
}
