import ParleyModel

/// One quotation drafted from an article: its words, where they are, and who said them.
public struct DraftedQuote: Sendable, Hashable {
    /// The quotation as the dossier will hold it: the pieces joined by a space.
    public var text: String
    /// Each run of quoted words, without marks, as scalar offsets into the article's text.
    public var pieces: [Range<Int>]
    /// A fragment quoted inside a paraphrase ("would not decide “on the fate” of the country").
    public var partial: Bool
    /// The attribution's verb phrase as written ("told CNN").
    public var cue: String?
    /// Nil when the article says nothing about who said it.
    public var speaker: DraftSpeaker?
    /// When the article says it was said ("on Tuesday"); nil when it does not say.
    public var spoken: SpokenDay?
    /// Where the attribution was found, for a reader checking the draft.
    public var placement: Attribution.Placement?
    /// How far the attribution can be trusted; `low` when there is no named speaker.
    public var confidence: Confidence = .low
    /// Why the speaker is this one, in words ("name before the speech verb").
    public var reason: String = ""
    /// How clearly the speaker ranker preferred its choice (its score over the next one's).
    public var margin: Double = 0
}

extension DraftedQuote {
    /// Each piece's words as the article has them, runs of white space made one space.
    public func pieceTexts(in article: ArticleText) -> [String] {
        pieces.map(article.words(in:))
    }
}
