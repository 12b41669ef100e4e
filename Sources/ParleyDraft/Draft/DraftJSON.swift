import ParleyModel

/// `parley draft --json`: every quotation of every article with its offsets, speaker and cue.
///
/// Offsets are Unicode scalar offsets into the file's text, 0-based, end exclusive. For an
/// HTML file they point into the page itself, around the markup and entities of the words.
public enum DraftJSON {
    public static func document(_ articles: [DraftedArticle]) -> JSONValue {
        .object([("articles", .array(articles.map(article)))])
    }

    static func article(_ article: DraftedArticle) -> JSONValue {
        .object([
            ("file", .string(article.file)),
            ("title", .optional(article.title)),
            ("outlet", .optional(article.outlet)),
            ("date", .optional(article.date?.description)),
            ("url", .optional(article.url)),
            ("format", .string(article.draft.text.format.rawValue)),
            ("quotes", .array(article.draft.quotes.map { quote($0, in: article) })),
        ])
    }

    static func quote(_ quote: DraftedQuote, in article: DraftedArticle) -> JSONValue {
        let text = article.draft.text
        let pieces = quote.pieces.map(text.fileRange)
        return .object([
            ("text", .string(quote.text)),
            ("start", .int(pieces.first?.lowerBound ?? 0)),
            ("end", .int(pieces.last?.upperBound ?? 0)),
            ("pieces", .array(pieces.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
            ("partial", .bool(quote.partial)),
            ("cue", .optional(quote.cue)),
            ("speaker", quote.speaker.map { speaker($0, in: text) } ?? .null),
            ("date", .optional(article.day(of: quote)?.description)),
            ("attribution", .optional(quote.placement?.rawValue)),
            ("confidence", .string(quote.confidence.rawValue)),
            ("reason", .string(quote.reason)),
        ])
    }

    static func speaker(_ speaker: DraftSpeaker, in text: ArticleText) -> JSONValue {
        let range = text.fileRange(speaker.range)
        return .object([
            ("name", .optional(speaker.name)),
            ("role", .optional(speaker.role)),
            ("mention", .string(speaker.mention)),
            ("start", .int(range.lowerBound)),
            ("end", .int(range.upperBound)),
            ("kind", .string(speaker.kind.rawValue)),
            ("resolution", .string(speaker.resolution.rawValue)),
        ])
    }
}
