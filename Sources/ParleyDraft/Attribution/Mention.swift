/// A mention of someone who could speak: a name, a pronoun, a description, an institution.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A name, perhaps with a role before it ("US Ambassador to NATO Julianne Smith", "Mr. Ryabkov").
        case name
        /// "he", "she", "they", "it".
        case pronoun
        /// A definite description of a person: "the minister", "Russia's top diplomat".
        case description
        /// A body that speaks as a whole: "the White House", "Ukraine", "the foreign ministry".
        case institution
        /// An unnamed source: "a senior official", "diplomats".
        case anonymous
    }

    public var kind: Kind
    /// The mention as written: role and name, without a leading article.
    public var tokens: Range<Int>
    /// The mention with any apposition around it ("Julianne Smith, the US ambassador to NATO"),
    /// for finding what stands next to a verb.
    public var extent: Range<Int>
    /// The name itself, for a `.name`.
    public var name: Range<Int>?
    /// The role the article gives beside the name, as written, without a leading article.
    public var role: String?
    /// The gender an honorific tells ("Mr.", "Ms.").
    public var gender: Lexicon.Gender?
    /// The noun of a description or an anonymous source ("minister", "official").
    public var head: String?

    /// True when an apposition beside the mention is part of it ("Smith, the US ambassador to NATO").
    public var hasApposition: Bool {
        extent.lowerBound < tokens.lowerBound - 1 || extent.upperBound > tokens.upperBound + 1
    }
}
