import ParleyModel

/// An article as the draft cites it: the file it came from, what was drafted from it, and
/// its source details (what the article says, overridden by what the user gave).
public struct DraftedArticle: Sendable {
    /// The path as the user named it ("-" for standard input).
    public var file: String
    public var draft: ArticleDraft
    public var title: String?
    public var outlet: String?
    public var date: Day?
    public var url: String?

    /// Details the user gives override what the article says about itself.
    public init(file: String, draft: ArticleDraft, overrides: ArticleMetadata = ArticleMetadata()) {
        self.file = file
        self.draft = draft
        let found = draft.metadata
        let embedded = draft.text.embedded
        title = overrides.title ?? found.title ?? embedded.title
        outlet = overrides.outlet ?? found.outlet ?? embedded.site
        date = overrides.date ?? found.date ?? embedded.date.flatMap(DateText.firstDate(in:))
        url = overrides.url ?? found.url ?? embedded.url
    }

    /// The day a quotation was said: what the article says, read against its date.
    public func day(of quote: DraftedQuote) -> Day? {
        guard let date else { return nil }
        return quote.spoken.flatMap { $0.resolve(against: date) } ?? date
    }
}
