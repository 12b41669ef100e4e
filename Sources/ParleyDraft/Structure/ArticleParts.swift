/// An article's paragraphs sorted into its metadata and its body.
public struct ArticleParts: Sendable {
    public var metadata: ArticleMetadata
    /// The paragraphs quotations are looked for in; a dateline is cut from the first.
    public var body: [Paragraph]
    /// Every paragraph with the role it was given, in order (the first with its dateline).
    public var roles: [(Paragraph, ParagraphRole)]
}
