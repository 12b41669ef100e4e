import ParleyModel

/// What an article says about itself: headline, outlet, date, address and byline.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var date: Day?
    public var url: String?
    public var byline: String?

    public init(title: String? = nil, outlet: String? = nil, date: Day? = nil, url: String? = nil, byline: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.byline = byline
    }
}
