import ParleyModel

extension QuoteReport {
    /// An archive quote as lines: id, date and speaker, the text, then archive and source.
    public static func archiveBlock(
        _ quote: ArchiveQuote, match: QuoteMatch, width: Int, highlighter: Highlighter = .none
    ) -> [String] {
        let texts = QuoteCorpus.fieldTexts(of: quote)
        let speaker =
            quote.speaker == nil
            ? "unknown speaker" : highlighter.apply(match.ranges(in: .speaker), to: texts[.speaker])
        var lines = wrapPreservingEscapes("[\(VisibleText.escaped(quote.id))] \(quote.date) · \(speaker)", width: width)
        let body = "\u{201C}" + highlighter.apply(match.ranges(in: .text), to: texts[.text]) + "\u{201D}"
        lines += wrapPreservingEscapes(body, width: width - 2).map { "  " + $0 }
        var facts = [
            "archive \(VisibleText.escaped(quote.archive))",
            "quoted in \(quote.occurrences) article\(quote.occurrences == 1 ? "" : "s")",
        ]
        if let url = quote.url { facts.append("source: <" + VisibleText.escaped(url) + ">") }
        lines += wrapPreservingEscapes(facts.joined(separator: " · "), width: width - 2).map { "  " + $0 }
        return lines
    }
}
