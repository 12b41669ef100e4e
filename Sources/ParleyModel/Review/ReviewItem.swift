/// One drafted quotation under review: what the draft says of it, as the reviewer has changed
/// it, and what the reviewer decided.
public struct ReviewItem: Hashable, Sendable {
    /// What the reviewer made of the quotation.
    public enum Decision: String, Hashable, Sendable {
        case pending, accepted, rejected
    }

    /// Each run of quoted words as the article has them (runs of white space made one space);
    /// one piece unless the article interrupts the words.
    public var pieces: [String]
    /// Where each piece stands in the article's text, in characters.
    public var ranges: [Range<Int>]
    /// The speaker's full name, or the body's ("White House"); nil when nobody is named.
    public var speaker: String?
    /// The speaker's role as the article gives it.
    public var role: String?
    /// True when a body speaks as a whole.
    public var speakerIsBody = false
    /// The words where the attribution sits ("he", "Mr. Ryabkov"), and where they are, in characters.
    public var mention: String?
    public var mentionRange: Range<Int>?
    /// The attribution's verb phrase ("told reporters").
    public var cue: String?
    /// The day it was said.
    public var date: Day
    /// Why `date` only stands in (the article does not say which day); nil when it is settled.
    public var unsettledDate: String?
    public var partial: Bool
    public var confidence: Confidence
    /// Why the draft chose this speaker, in words.
    public var reason: String
    public var decision: Decision = .pending
    /// True once the quote is in the dossier file: written by this review, or there already.
    public var isWritten = false
    /// The quote's id in the dossier file, when it was there before the review began (a
    /// draft written with `parley draft --output`, a review taken up again): rejecting it
    /// takes it out of the file at the next write.
    public var keptAs: String?

    public init(
        pieces: [String], ranges: [Range<Int>], speaker: String?, role: String? = nil, speakerIsBody: Bool = false,
        mention: String? = nil, mentionRange: Range<Int>? = nil, cue: String? = nil, date: Day,
        unsettledDate: String? = nil, partial: Bool = false, confidence: Confidence, reason: String
    ) {
        self.pieces = pieces
        self.ranges = ranges
        self.speaker = speaker
        self.role = role
        self.speakerIsBody = speakerIsBody
        self.mention = mention
        self.mentionRange = mentionRange
        self.cue = cue
        self.date = date
        self.unsettledDate = unsettledDate
        self.partial = partial
        self.confidence = confidence
        self.reason = reason
    }

    /// The quotation as a dossier holds it: the pieces joined by a space.
    public var text: String { pieces.joined(separator: " ") }

    /// True while the reviewer still has to decide.
    public var isPending: Bool { decision == .pending }
}
