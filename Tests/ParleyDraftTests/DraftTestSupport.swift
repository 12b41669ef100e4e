@testable import ParleyDraft
import ParleyModel

/// What the tests read off a drafted quotation: its words, speaker, cue and partial flag.
struct Found: Equatable, CustomStringConvertible {
    var text: String
    var speaker: String?
    var partial: Bool = false
    var cue: String?

    var description: String {
        "“\(text)” — \(speaker ?? "nobody")\(partial ? " (partial)" : "")\(cue.map { " [\($0)]" } ?? "")"
    }
}

/// Drafts plain text and reduces each quotation to what the tests compare.
func found(_ text: String) -> [Found] {
    ArticleDrafter.draft(ArticleText(plain: text)).quotes.map { Found(text: $0.text, speaker: $0.speaker?.name, partial: $0.partial, cue: $0.cue) }
}

/// The quotations' words alone.
func quoted(_ text: String) -> [String] {
    found(text).map(\.text)
}

/// Tokens of plain text taken as one body paragraph per line.
func tokens(_ text: String) -> [ArticleToken] {
    let article = ArticleText(plain: text)
    return ArticleTokenizer.tokens(article, paragraphs: ParagraphSplitter.split(article.scalars))
}

/// The quotation spans of plain text, as the strings they cover.
func spans(_ text: String) -> [[String]] {
    let article = ArticleText(plain: text)
    let tokens = ArticleTokenizer.tokens(article, paragraphs: ParagraphSplitter.split(article.scalars))
    return QuotationFinder.spans(tokens).map { $0.pieces.map { article.string($0.range) } }
}
