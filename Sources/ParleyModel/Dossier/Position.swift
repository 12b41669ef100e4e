/// Where one party stands on one issue, possibly as of a given engagement.
public struct Position: Hashable, Sendable {
    public var party: String
    public var issue: String
    public var stance: String
    public var quotes: [String]
    public var sources: [String]
    /// The engagement at which the stance stood like this; nil for the stance over the whole period.
    public var asOf: String?

    public init(party: String, issue: String, stance: String, quotes: [String] = [], sources: [String] = [], asOf: String? = nil) {
        self.party = party
        self.issue = issue
        self.stance = stance
        self.quotes = quotes
        self.sources = sources
        self.asOf = asOf
    }
}
