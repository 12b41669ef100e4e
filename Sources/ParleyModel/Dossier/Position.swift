/// Where one party stands on one issue, possibly as of a given engagement.
public struct Position: Hashable, Sendable {
    /// A party's answer to the issue's question, in one word.
    public enum Answer: String, CaseIterable, Sendable {
        case yes, no, qualified, unclear

        /// The mark that tells the answers apart without colour, in print and on Unicode terminals.
        public var mark: String {
            switch self {
            case .yes: "\u{2713}"
            case .no: "\u{2717}"
            case .qualified: "\u{2248}"
            case .unclear: "?"
            }
        }
    }

    public var party: String
    public var issue: String
    public var stance: String
    /// The party's answer to the issue's `question`; nil when the dossier does not say.
    public var answer: Answer?
    public var quotes: [String]
    public var sources: [String]
    /// The engagement at which the stance stood like this; nil for the stance over the whole period.
    public var asOf: String?

    public init(
        party: String, issue: String, stance: String, answer: Answer? = nil, quotes: [String] = [], sources: [String] = [],
        asOf: String? = nil
    ) {
        self.party = party
        self.issue = issue
        self.stance = stance
        self.answer = answer
        self.quotes = quotes
        self.sources = sources
        self.asOf = asOf
    }
}
