/// Who a quotation is attributed to in the text, and the words that say so.
public struct Attribution: Sendable, Hashable {
    /// Where the attribution was found, relative to the quotation.
    public enum Placement: String, Sendable, Hashable {
        /// Between two pieces: "“We need guarantees,” Ryabkov said, “and now.”"
        case inside
        /// After it: "“…,” Ryabkov said." or "“…,” said Ryabkov."
        case after
        /// Right before it: "Ryabkov said: “…”"
        case before
        /// Earlier in the same sentence: "Ukraine said it would not let others decide “on the fate” …"
        case embedded
        /// Not in its sentence: the quotation stands alone and continues the last speaker.
        case carried
    }

    public var mention: Mention
    /// The verb phrase as written ("told CNN", "said in a statement"); nil for a bare dash.
    public var cue: Range<Int>?
    public var placement: Placement
}
