/// Where something in a dossier was found: an article, a transcript, a briefing.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var outlet: String
    public var title: String?
    public var date: Day?
    public var url: String?
    /// A text file (relative to the dossier's folder) holding the source's text, so quotes can be checked against it.
    public var file: String?

    public init(id: String, outlet: String, title: String? = nil, date: Day? = nil, url: String? = nil, file: String? = nil) {
        self.id = id
        self.outlet = outlet
        self.title = title
        self.date = date
        self.url = url
        self.file = file
    }

    /// "Outlet, Title (date)" with whatever parts are known.
    public var citation: String {
        var text = outlet
        if let title { text += ", \u{201C}\(title)\u{201D}" }
        if let date { text += " (\(date))" }
        return text
    }
}
