import ParleyModel

extension QuoteCitation {
    /// An archive quote's citation: it has no role, and its outlet and URL are the source's.
    public init(_ quote: ArchiveQuote) {
        self.init(
            text: quote.text, speaker: quote.speaker ?? "unknown speaker", role: nil, outlet: quote.outlet,
            date: quote.date, url: quote.url)
    }
}
