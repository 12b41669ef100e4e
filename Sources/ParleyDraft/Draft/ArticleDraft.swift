import ParleyModel

/// Everything drafted from one article.
public struct ArticleDraft: Sendable {
    public var text: ArticleText
    public var metadata: ArticleMetadata
    public var quotes: [DraftedQuote]
    /// The people the article names, in full, in the order it first names them, with the
    /// role it gives each: whom a reviewer may credit a quotation to instead.
    public var people: [ReviewArticle.Person] = []
}
