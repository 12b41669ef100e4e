import ParleyModel

/// Everything drafted from one article.
public struct ArticleDraft: Sendable {
    public var text: ArticleText
    public var metadata: ArticleMetadata
    public var quotes: [DraftedQuote]
}
