/// A quote named by its words rather than its id: the opening of the text, the speaker, the date.
public enum QuoteGist {
    /// `“We need ironclad, waterproof, bulletproof…” — Sergei Ryabkov, 2022-01-10`, the text cut
    /// after `words` words; the quote's id when the dossier has no such quote.
    public static func line(_ id: String, in dossier: Dossier, words: Int = 6) -> String {
        guard let quote = dossier.quote(id) else { return id }
        return line(quote, in: dossier, words: words)
    }

    public static func line(_ quote: Quote, in dossier: Dossier, words: Int = 6) -> String {
        "\u{201C}" + opening(quote.text, words: words) + "\u{201D} \u{2014} " + dossier.speaker(quote.speaker).name + ", " + quote.date.description
    }

    /// The first `words` words of a text, with an ellipsis when there were more.
    public static func opening(_ text: String, words: Int) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        guard all.count > words else { return all.joined(separator: " ") }
        var head = all.prefix(words).joined(separator: " ")
        // A word cut before a comma or full stop reads better without it: "ironclad…", not "ironclad,…".
        while let last = head.last, ",;:.".contains(last) { head.removeLast() }
        return head + "\u{2026}"
    }
}
