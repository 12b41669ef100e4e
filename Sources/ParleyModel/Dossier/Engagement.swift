/// One meeting, round of talks or council session.
public struct Engagement: Hashable, Sendable, Identifiable {
    /// Whether the engagement took place.
    public enum Status: String, CaseIterable, Sendable {
        case held, scheduled, cancelled
    }

    public var id: String
    public var title: String
    public var date: Day
    /// The last day of a multi-day engagement.
    public var end: Day?
    public var city: String?
    public var venue: String?
    public var format: String?
    public var duration: String?
    public var outcome: String?
    public var summary: String?
    public var status: Status
    /// The id of the person who chaired.
    public var chair: String?
    public var parties: [String]
    /// Party id → ids of that party's delegates, heads of delegation first.
    public var delegations: [Delegation]
    public var sources: [String]

    public init(
        id: String, title: String, date: Day, end: Day? = nil, city: String? = nil, venue: String? = nil,
        format: String? = nil, duration: String? = nil, outcome: String? = nil, summary: String? = nil,
        status: Status = .held, chair: String? = nil, parties: [String] = [], delegations: [Delegation] = [],
        sources: [String] = []
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.end = end
        self.city = city
        self.venue = venue
        self.format = format
        self.duration = duration
        self.outcome = outcome
        self.summary = summary
        self.status = status
        self.chair = chair
        self.parties = parties
        self.delegations = delegations
        self.sources = sources
    }

    /// `2022-01-10`, or `2022-01-10..2022-01-12` for a multi-day engagement.
    public var dateText: String {
        guard let end, end != date else { return date.description }
        return "\(date)..\(end)"
    }
}

/// One party's people at an engagement, in the order the dossier lists them.
public struct Delegation: Hashable, Sendable {
    public var party: String
    public var people: [String]

    public init(party: String, people: [String]) {
        self.party = party
        self.people = people
    }
}
