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

    /// The day a quotation was said: what the article says, read against its date; nil when
    /// the text does not settle it (no date for the article, or "in a March 2016 meeting").
    public func day(of quote: DraftedQuote) -> Day? {
        if let spoken = quote.spoken, !spoken.isDay { return nil }
        guard let date else { return nil }
        return quote.spoken.flatMap { $0.resolve(against: date) } ?? date
    }

    /// Why a quotation's day is not settled, for the author; nil when it is.
    public func unsettledDay(of quote: DraftedQuote) -> String? {
        if let spoken = quote.spoken, !spoken.isDay { return "the article says it was said \(spoken.description), not on which day" }
        if date == nil { return "the article's date is unknown (--date gives it)" }
        return nil
    }

    /// The nearest day the text allows, to stand in while the author settles it: the first
    /// of the month or year it names, else nil.
    public func placeholderDay(of quote: DraftedQuote) -> Day? {
        switch quote.spoken {
        case let .monthOfYear(month, year)?: return Day(year: year, month: month, day: 1)
        case let .year(year)?: return Day(year: year, month: 1, day: 1)
        default: return date
        }
    }
}
