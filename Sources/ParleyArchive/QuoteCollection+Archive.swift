import ParleyModel

extension QuoteCollection.Found {
    /// An archive's quote as one to keep: its words, speaker, day, and first article as source.
    public init(archiveQuote quote: ArchiveQuote, engagement: String? = nil, issues: [String] = []) {
        self.init(
            text: quote.text, speaker: quote.speaker, date: quote.date, url: quote.url, outlet: quote.outlet,
            engagement: engagement, issues: issues)
    }
}
