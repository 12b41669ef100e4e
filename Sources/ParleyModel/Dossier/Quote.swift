/// Words someone said, reproduced verbatim, with who, when, where and the source.
public struct Quote: Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    /// A person id or, for a statement by a government or body, a party id.
    public var speaker: String
    public var date: Day
    public var engagement: String?
    /// The cue: "told CNN", "at a press conference".
    public var context: String?
    /// True for a fragment quoted inside a paraphrase.
    public var partial: Bool
    public var source: String
    public var issues: [String]

    public init(
        id: String, text: String, speaker: String, date: Day, engagement: String? = nil, context: String? = nil,
        partial: Bool = false, source: String, issues: [String] = []
    ) {
        self.id = id
        self.text = text
        self.speaker = speaker
        self.date = date
        self.engagement = engagement
        self.context = context
        self.partial = partial
        self.source = source
        self.issues = issues
    }
}
