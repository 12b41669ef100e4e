/// Who said a quotation, as the draft reports it.
public struct DraftSpeaker: Sendable, Hashable {
    /// What kind of speaker the mention turned out to be.
    public enum Kind: String, Sendable, Hashable {
        /// A person, named in full where the article gives the full name anywhere.
        case person
        /// A body speaking as a whole: "the White House", "Ukraine".
        case institution
        /// An unnamed source: "a senior official". `name` is nil.
        case anonymous
        /// A pronoun or description that points at nobody the article names. `name` is nil.
        case unresolved
    }

    public var kind: Kind
    /// The full name ("Sergei Ryabkov"), or the institution's name ("White House"); nil when
    /// the article does not say who.
    public var name: String?
    /// The role the article gives, as written ("US Ambassador to NATO").
    public var role: String?
    /// The mention as written where the attribution sits ("he", "Mr. Ryabkov").
    public var mention: String
    /// Scalar offsets of the mention in the article's text.
    public var range: Range<Int>
    /// How the mention was turned into the name.
    public var resolution: Resolution = .none

    /// How a mention became a name, which says how far to trust it.
    public enum Resolution: String, Sendable, Hashable, CaseIterable {
        /// The mention gives the full name ("Sergei Ryabkov said").
        case fullName = "full name"
        /// A surname, or a name with a title, of someone the article names in full.
        case surname
        /// A single name nobody else in the article has ("Smith said", and no full name).
        case singleName = "single name"
        /// A body speaking as a whole ("the White House").
        case body
        /// A pronoun, resolved to the person it most likely means.
        case pronoun
        /// A description ("the minister"), resolved to the person whose role it names.
        case description
        /// Not turned into a name.
        case none

        /// The name as one word ("full-name"), for the thresholds in the weights file.
        public var key: String { String(rawValue.map { $0 == " " ? "-" : $0 }) }
    }
}
