/// A stretch of diplomacy: its parties, people, engagements, quotes, issues and positions.
///
/// Built by `DossierLoader` only after every reference has been checked, so lookups by id
/// of anything the dossier itself mentions always succeed.
public struct Dossier: Hashable, Sendable {
    /// The format version this library reads.
    public static let formatVersion = 1

    public var id: String
    public var title: String
    public var period: Period?
    public var summary: String?
    public var sources: [Source]
    public var parties: [Party]
    public var people: [Person]
    /// In date order (then in file order), as every front end shows them.
    public private(set) var engagements: [Engagement]
    public var quotes: [Quote]
    public var issues: [Issue]
    public var positions: [Position]

    private var sourceIndex: [String: Int] = [:]
    private var partyIndex: [String: Int] = [:]
    private var personIndex: [String: Int] = [:]
    private var engagementIndex: [String: Int] = [:]
    private var quoteIndex: [String: Int] = [:]
    private var issueIndex: [String: Int] = [:]

    public init(
        id: String, title: String, period: Period? = nil, summary: String? = nil, sources: [Source] = [],
        parties: [Party], people: [Person] = [], engagements: [Engagement], quotes: [Quote] = [],
        issues: [Issue] = [], positions: [Position] = []
    ) {
        self.id = id
        self.title = title
        self.period = period
        self.summary = summary
        self.sources = sources
        self.parties = parties
        self.people = people
        // A stable sort keeps file order for engagements on the same day.
        self.engagements = engagements.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        self.quotes = quotes
        self.issues = issues
        self.positions = positions
        sourceIndex = Self.index(sources.map(\.id))
        partyIndex = Self.index(parties.map(\.id))
        personIndex = Self.index(people.map(\.id))
        engagementIndex = Self.index(self.engagements.map(\.id))
        quoteIndex = Self.index(quotes.map(\.id))
        issueIndex = Self.index(issues.map(\.id))
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (offset, id) in ids.enumerated() where table[id] == nil { table[id] = offset }
        return table
    }

    public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
    public func party(_ id: String) -> Party? { partyIndex[id].map { parties[$0] } }
    public func person(_ id: String) -> Person? { personIndex[id].map { people[$0] } }
    public func engagement(_ id: String) -> Engagement? { engagementIndex[id].map { engagements[$0] } }
    public func quote(_ id: String) -> Quote? { quoteIndex[id].map { quotes[$0] } }
    public func issue(_ id: String) -> Issue? { issueIndex[id].map { issues[$0] } }

    /// The days covered: the declared period, or the span of the engagements.
    public var span: Period? {
        if let period { return period }
        guard let first = engagements.first?.date else { return nil }
        let last = engagements.map { $0.end ?? $0.date }.max() ?? first
        return Period(start: first, end: last)
    }
}
