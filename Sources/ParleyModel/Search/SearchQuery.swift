/// A parsed search: clauses that must all hold, each a choice of terms (`a | b`).
public struct SearchQuery: Hashable, Sendable {
    public var clauses: [Clause]

    public init(clauses: [Clause] = []) {
        self.clauses = clauses
    }

    /// True for the empty query, which matches every quote.
    public var isEmpty: Bool { clauses.isEmpty }

    /// Terms joined by `|`: the clause holds when any of them does.
    public struct Clause: Hashable, Sendable {
        public var alternatives: [Term]

        public init(_ alternatives: [Term]) {
            self.alternatives = alternatives
        }
    }

    /// One thing to look for, perhaps negated with a leading `-`.
    public struct Term: Hashable, Sendable {
        public var negated: Bool
        public var kind: Kind

        public init(_ kind: Kind, negated: Bool = false) {
            self.kind = kind
            self.negated = negated
        }
    }

    /// The kinds of term the query language has.
    public enum Kind: Hashable, Sendable {
        /// A bare word (folded; a word like `de-escalate` becomes consecutive words). The last
        /// word typed matches as a prefix, since the user may still be typing it.
        case words(Words)
        /// `"an exact phrase"`: these words, consecutive, each whole.
        case phrase([String])
        /// `speaker:`, `party:`, `meeting:`, `issue:` with a name or id; `flag:`, `note:` with words.
        case field(Field, Words)
        /// `date:2022-01-12` or `date:2022-01-10..2022-01-12`; either end may be open.
        case date(from: Day?, through: Day?)
        /// `week:` with a dossier id (folded; a prefix while typed) or a day in the week.
        case week(WeekName)
    }

    /// Folded words to find in sequence; `prefix` lets the last one match the start of a word.
    public struct Words: Hashable, Sendable {
        public var words: [String]
        public var prefix: Bool

        public init(_ words: [String], prefix: Bool = false) {
            self.words = words
            self.prefix = prefix
        }
    }

    /// How a `week:` term names a week of a desk.
    public enum WeekName: Hashable, Sendable {
        /// A dossier id; `prefix` lets it match the start of one, while it is being typed.
        case id(String, prefix: Bool)
        /// A day, which names the week whose period holds it.
        case day(Day)
    }

    /// The fields a term can be limited to: `flag:` and `note:` look in the reader's own
    /// flags and notes, kept outside the dossier.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case speaker, party, meeting, issue, flag, note
    }
}
