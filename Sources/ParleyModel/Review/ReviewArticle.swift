/// One article under review: its text as the reader sees it, what it says of itself, the
/// people it names and the quotations drafted from it.
public struct ReviewArticle: Hashable, Sendable {
    /// Someone the article names, whom a quotation can be credited to instead.
    public struct Person: Hashable, Sendable {
        public var name: String
        public var role: String?
        public var isBody: Bool

        public init(name: String, role: String? = nil, isBody: Bool = false) {
            self.name = name
            self.role = role
            self.isBody = isBody
        }
    }

    /// The path as the user named it.
    public var file: String
    /// The article's words (an HTML page's visible text), in which the items' ranges are
    /// character offsets.
    public var text: String
    public var title: String?
    public var outlet: String?
    public var date: Day?
    public var url: String?
    /// The article's path relative to the dossier's folder, written as its source's `file:`
    /// so `parley check` finds every quotation in it; nil for standard input or a web page.
    public var sourceFile: String?
    /// The people and bodies the article names, in the order it first names them.
    public var people: [Person]
    public var items: [ReviewItem]

    public init(
        file: String, text: String, title: String? = nil, outlet: String? = nil, date: Day? = nil, url: String? = nil,
        sourceFile: String? = nil, people: [Person] = [], items: [ReviewItem]
    ) {
        self.file = file
        self.text = text
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.sourceFile = sourceFile
        self.people = people
        self.items = items
    }
}

extension ReviewArticle {
    /// Marks the quotations `dossier` holds already (the same words) as in it, so a review
    /// taken up again starts where it stopped: accepted, or still to review when `reviewed` is
    /// false (a draft written by `parley draft`, which nobody has reviewed yet).
    public mutating func markKept(in dossier: Dossier, reviewed: Bool = true) {
        let kept = Dictionary(
            dossier.quotes.map { (TextFolding.fold($0.text), $0.id) }, uniquingKeysWith: { a, _ in a })
        for index in items.indices {
            guard let id = kept[TextFolding.fold(items[index].text)] else { continue }
            items[index].decision = reviewed ? .accepted : .pending
            items[index].isWritten = true
            items[index].keptAs = id
        }
    }
}
