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
    /// The runs of words that make up `text` when the source interrupts the quotation
    /// ("“We need guarantees,” he said, “and now.”"), each as it stands in the source; empty
    /// when the text is one run.
    public var pieces: [String]

    public init(
        id: String, text: String, speaker: String, date: Day, engagement: String? = nil, context: String? = nil,
        partial: Bool = false, source: String, issues: [String] = [], pieces: [String] = []
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
        self.pieces = pieces
    }

    /// The runs of words to look for in the source: the pieces, or the text as one.
    public var runs: [String] { pieces.isEmpty ? [text] : pieces }

    /// Texts joined by a space, each run of white space made one space, to compare a text
    /// with its pieces.
    static func joined(_ texts: [String]) -> String {
        texts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
