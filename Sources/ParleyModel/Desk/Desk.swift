/// Several dossiers followed together: a crisis over months, one dossier per week or period.
///
/// Across a desk a party, person or issue with the same id is the same one, and its name and
/// details come from the latest dossier that defines it; engagement and quote ids are unique
/// across the desk. Each dossier stays valid on its own, so any file of a desk can be
/// opened, checked or shared by itself. Built by `Desk.assemble`, which checks the ids.
public struct Desk: Hashable, Sendable {
    /// In date order: by the first day each covers, then by file.
    public let weeks: [DeskWeek]
    /// Every week in one dossier, for searching and looking up across the desk: every
    /// engagement and quote, each party, person and issue as last defined, and each
    /// party's positions from the latest week that records them. A source id two weeks
    /// define differently is the later week's as `WEEK/ID`. For a desk of one week, that
    /// week's dossier as it is.
    public let combined: Dossier
    private let engagementWeeks: [String: Int]
    private let quoteWeeks: [String: Int]

    /// A desk of one dossier, as parley holds the bundled week or a single `--dossier`.
    public init(single week: DeskWeek) {
        self.init(checked: [week], name: week.dossier.title)
    }

    /// A desk of weeks whose ids are already known not to clash (see `assemble`).
    init(checked weeks: [DeskWeek], name: String) {
        let ordered = weeks.sorted { ($0.start, $0.file) < ($1.start, $1.file) }
        self.weeks = ordered
        combined = ordered.count == 1 ? ordered[0].dossier : Self.combine(ordered, name: name)
        var engagementWeeks: [String: Int] = [:]
        var quoteWeeks: [String: Int] = [:]
        for (index, week) in ordered.enumerated() {
            for engagement in week.dossier.engagements where engagementWeeks[engagement.id] == nil { engagementWeeks[engagement.id] = index }
            for quote in week.dossier.quotes where quoteWeeks[quote.id] == nil { quoteWeeks[quote.id] = index }
        }
        self.engagementWeeks = engagementWeeks
        self.quoteWeeks = quoteWeeks
    }

    /// The index of the week that holds an engagement.
    public func weekIndex(ofEngagement id: String) -> Int? { engagementWeeks[id] }

    /// The index of the week that holds a quote.
    public func weekIndex(ofQuote id: String) -> Int? { quoteWeeks[id] }

    /// The week a user names: a dossier id, or a date (`YYYY-MM-DD`) within a week's period
    /// (the latest such week when periods overlap).
    public func weekIndex(named name: String) -> Int? {
        if let index = weeks.firstIndex(where: { $0.id == name }) { return index }
        guard let day = Day(name) else { return nil }
        return weeks.lastIndex { $0.dossier.span?.contains(day) == true }
    }

    /// The latest week, which commands that show one week show unless told otherwise.
    public var latestIndex: Int { weeks.count - 1 }

    private static func combine(_ weeks: [DeskWeek], name: String) -> Dossier {
        var sources: [Source] = []
        var sourceIndex: [String: Int] = [:]
        var parties = LatestDefinitions<Party>()
        var people = LatestDefinitions<Person>()
        var issues = LatestDefinitions<Issue>()
        var engagements: [Engagement] = []
        var quotes: [Quote] = []
        var positions: [String: (week: Int, steps: [Position])] = [:]
        var positionOrder: [String] = []
        for (index, week) in weeks.enumerated() {
            let dossier = week.dossier
            // A source id that an earlier week uses for another source is renamed in this week.
            var renamed: [String: String] = [:]
            for source in dossier.sources {
                if let existing = sourceIndex[source.id] {
                    guard sources[existing] != source else { continue }
                    var moved = source
                    moved.id = "\(week.id)/\(source.id)"
                    renamed[source.id] = moved.id
                    if sourceIndex[moved.id] == nil {
                        sourceIndex[moved.id] = sources.count
                        sources.append(moved)
                    }
                } else {
                    sourceIndex[source.id] = sources.count
                    sources.append(source)
                }
            }
            let source = { (id: String) in renamed[id] ?? id }
            for party in dossier.parties { parties.define(party) }
            for person in dossier.people { people.define(person) }
            for issue in dossier.issues { issues.define(issue) }
            for var engagement in dossier.engagements {
                engagement.sources = engagement.sources.map(source)
                engagements.append(engagement)
            }
            for var quote in dossier.quotes {
                quote.source = source(quote.source)
                quotes.append(quote)
            }
            for var position in dossier.positions {
                position.sources = position.sources.map(source)
                let key = position.party + "\u{0}" + position.issue
                if positions[key]?.week != index {
                    if positions[key] == nil { positionOrder.append(key) }
                    positions[key] = (index, [])
                }
                positions[key]?.steps.append(position)
            }
        }
        let first = weeks.compactMap { $0.dossier.span?.start }.min()
        let last = weeks.compactMap { $0.dossier.span?.end }.max()
        return Dossier(
            id: "desk", title: name, period: first.flatMap { start in last.map { Period(start: start, end: $0) } },
            sources: sources, parties: parties.values, people: people.values, engagements: engagements, quotes: quotes,
            issues: issues.values, positions: positionOrder.flatMap { positions[$0]?.steps ?? [] }
        )
    }
}

/// Definitions by id in the order first seen, each replaced by any later one.
private struct LatestDefinitions<Value: Identifiable> where Value.ID == String {
    private(set) var values: [Value] = []
    private var index: [String: Int] = [:]

    mutating func define(_ value: Value) {
        if let existing = index[value.id] {
            values[existing] = value
        } else {
            index[value.id] = values.count
            values.append(value)
        }
    }
}
