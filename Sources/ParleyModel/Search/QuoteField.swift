/// The parts of a quote that plain words are looked for in, each shown by front ends.
public enum QuoteField: Int, CaseIterable, Hashable, Sendable {
    case text, speaker, role, party, context, engagement

    /// How much a match in this field counts towards a result's rank.
    var weight: Int {
        switch self {
        case .text: return 8
        case .speaker: return 6
        case .party, .engagement: return 4
        case .role, .context: return 2
        }
    }
}

/// The text of each searchable field of one quote, as searched and as shown.
///
/// Front ends display these exact strings, so the character ranges a match reports line up
/// with what is on screen.
public struct QuoteFieldTexts: Hashable, Sendable {
    public var values: [String]

    public init(text: String, speaker: String, role: String, party: String, context: String, engagement: String) {
        values = [text, speaker, role, party, context, engagement]
    }

    public subscript(field: QuoteField) -> String { values[field.rawValue] }
}

extension Dossier {
    /// The searchable field texts of a quote: its words, who said it, in what role and for
    /// whom, the cue, and the engagement's title.
    public func fieldTexts(of quote: Quote) -> QuoteFieldTexts {
        let speaker = speaker(quote.speaker)
        return QuoteFieldTexts(
            text: quote.text, speaker: speaker.name, role: speaker.role ?? "", party: speaker.party?.name ?? "",
            context: quote.context ?? "", engagement: quote.engagement.flatMap(engagement)?.title ?? ""
        )
    }
}
