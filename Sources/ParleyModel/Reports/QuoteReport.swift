/// Quotes as plain text: the words, then who, when, where and the source.
public enum QuoteReport {
    /// A list of search results, best first, separated by blank lines.
    ///
    /// - Parameter week: on a desk, the id of the week each quote is from, said after its source.
    public static func render(
        _ matches: [QuoteMatch], quotes: [Quote], in dossier: Dossier, width: Int = 80,
        highlighter: Highlighter = .none, week: ((Quote) -> String?)? = nil
    ) -> String {
        guard !matches.isEmpty else { return "" }
        let blocks = matches.map { match in
            block(
                for: quotes[match.index], in: dossier, width: width, indent: 0, match: match, highlighter: highlighter,
                week: week?(quotes[match.index])
            )
            .joined(separator: "\n")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One quote as lines: a heading with id, date and speaker, the text, then cue and source.
    static func block(
        for quote: Quote, in dossier: Dossier, width: Int, indent: Int, match: QuoteMatch? = nil,
        highlighter: Highlighter = .none, week: String? = nil
    ) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let texts = dossier.fieldTexts(of: quote)
        func marked(_ field: QuoteField) -> String {
            highlighter.apply(match?.ranges(in: field) ?? [], to: texts[field])
        }
        var heading = "[\(quote.id)] \(quote.date) · " + marked(.speaker)
        let role = texts[.role]
        let party = texts[.party]
        var who: [String] = []
        if !role.isEmpty { who.append(marked(.role)) }
        if !party.isEmpty, !role.contains(party) { who.append(marked(.party)) }
        if !who.isEmpty { heading += ", " + who.joined(separator: ", ") }
        var lines = wrapPreservingEscapes(heading, width: width - indent).map { pad + $0 }
        // Highlighted text carries escape sequences, which wrapping must not count as columns.
        let ellipses =
            quote.partial ? FragmentEllipsis.marks(for: quote.text, ellipsis: "\u{2026}") : (before: "", after: "")
        let body = "\u{201C}" + ellipses.before + marked(.text) + ellipses.after + "\u{201D}"
        lines += wrapPreservingEscapes(body, width: width - indent - 2).map { pad + "  " + $0 }
        var facts: [String] = []
        if !texts[.engagement].isEmpty { facts.append(marked(.engagement)) }
        if !texts[.context].isEmpty { facts.append(marked(.context)) }
        let source = dossier.source(quote.source)
        var cited = source?.citation ?? quote.source
        if let url = source?.url { cited += " <\(url)>" }
        facts.append("source: " + VisibleText.escaped(cited))
        if let week { facts.append("week: " + week) }
        lines += wrapPreservingEscapes(facts.joined(separator: " · "), width: width - indent - 2).map {
            pad + "  " + $0
        }
        return lines
    }

    /// Wraps text that may contain SGR sequences, measuring only what is visible.
    package static func wrapPreservingEscapes(_ text: String, width: Int) -> [String] {
        // A URL or an id split across lines could no longer be found or opened: words stay whole.
        guard text.contains("\u{1B}") else { return TextWrap.lines(text, width: width, splittingWords: false) }
        // Words keep their escapes; widths are measured without them.
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            let visible = DisplayWidth.of(stripSGR(String(word)))
            if lineWidth > 0, lineWidth + 1 + visible > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            line += (lineWidth > 0 ? " " : "") + word
            lineWidth += (lineWidth > 0 ? 1 : 0) + visible
        }
        lines.append(line)
        return lines
    }

    static func stripSGR(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
