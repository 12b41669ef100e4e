import ParleyModel

/// A search compiled to the words an archive engine indexes (`IndexWords`): one boolean
/// expression over words and prefixes, and whether what it finds must still be checked
/// against `QuoteMatcher`. Each full-text engine writes the expression in its own syntax
/// (FTS5's MATCH, PostgreSQL's tsquery), so every engine finds the same quotes.
///
/// Words, prefixes, two-word phrases (by their pair, `IndexWords`), speakers' names of up to
/// two words, dates and their negations compile exactly. Longer phrases compile to all their
/// pairs (the index keeps no positions, which keeps it smaller than the JSON Lines), so the
/// few quotes found are checked one by one, as the in-memory engine checks its phrases.
package struct WordQuery: Sendable {
    /// What the query selects before any check.
    package enum Selection: Sendable, Equatable {
        /// Every quote.
        case all
        /// No quote.
        case none
        /// The quotes the expression finds.
        case match(WordExpression)
    }

    package var selection: Selection
    /// True when every quote selected matches; false when each must be checked.
    package var isExact: Bool

    /// The days the archive spans, for open-ended date ranges.
    package init(_ query: SearchQuery, days: ClosedRange<Day>?) {
        var clauses: [Part] = []
        for clause in query.clauses {
            clauses.append(Part.either(clause.alternatives.map { Self.part($0, days: days) }))
        }
        let whole = Part.both(clauses)
        isExact = whole.isExact
        switch whole.kind {
        case .all: selection = .all
        case .none: selection = .none
        case let .expression(text): selection = .match(text)
        }
    }

    /// A piece of the expression as it is built up.
    struct Part {
        enum Kind {
            case all, none
            case expression(WordExpression)
        }

        var kind: Kind
        var isExact: Bool

        static func exact(_ expression: WordExpression) -> Part { Part(kind: .expression(expression), isExact: true) }

        /// Any of the parts (a clause's `|`).
        static func either(_ parts: [Part]) -> Part {
            var found: [WordExpression] = []
            var exact = true
            for part in parts {
                exact = exact && part.isExact
                switch part.kind {
                case .all: return Part(kind: .all, isExact: part.isExact)
                case .none: continue
                case let .expression(expression): found.append(expression)
                }
            }
            if found.isEmpty { return Part(kind: .none, isExact: exact) }
            return Part(kind: .expression(found.count == 1 ? found[0] : .any(found)), isExact: exact)
        }

        /// All of the parts (the query's clauses).
        static func both(_ parts: [Part]) -> Part {
            var found: [WordExpression] = []
            var exact = true
            for part in parts {
                exact = exact && part.isExact
                switch part.kind {
                case .all: continue
                case .none: return Part(kind: .none, isExact: true)
                case let .expression(expression): found.append(expression)
                }
            }
            if found.isEmpty { return Part(kind: .all, isExact: exact) }
            return Part(kind: .expression(found.count == 1 ? found[0] : .every(found)), isExact: exact)
        }

        /// Not this part. The negation of a superset says nothing, so it selects everything
        /// and leaves the rest to the check.
        func negated() -> Part {
            guard isExact else { return Part(kind: .all, isExact: false) }
            switch kind {
            case .all: return Part(kind: .none, isExact: true)
            case .none: return Part(kind: .all, isExact: true)
            case let .expression(expression): return .exact(.not(expression))
            }
        }
    }

    private static func part(_ term: SearchQuery.Term, days: ClosedRange<Day>?) -> Part {
        let part = positive(term.kind, days: days)
        return term.negated ? part.negated() : part
    }

    private static func positive(_ kind: SearchQuery.Kind, days: ClosedRange<Day>?) -> Part {
        switch kind {
        case let .words(words):
            return sequence(words.words, prefix: words.prefix, speakerOnly: false)
        case let .phrase(words):
            return sequence(words, prefix: false, speakerOnly: false)
        case let .field(field, words):
            // Archive quotes have a speaker, but no party, meeting or issue, and no reader's flag or note.
            guard field == .speaker else { return Part(kind: .none, isExact: true) }
            return sequence(words.words, prefix: words.prefix, speakerOnly: true)
        case .week:
            // Archive quotes belong to no week of a desk.
            return Part(kind: .none, isExact: true)
        case let .date(from, through):
            guard let days else { return Part(kind: .none, isExact: true) }
            let low = max(from ?? days.lowerBound, days.lowerBound)
            let high = min(through ?? days.upperBound, days.upperBound)
            guard low <= high else { return Part(kind: .none, isExact: true) }
            if low == days.lowerBound, high == days.upperBound { return Part(kind: .all, isExact: true) }
            let words = IndexWords.dateRange(from: low, through: high).map(WordExpression.word)
            return .exact(words.count == 1 ? words[0] : .any(words))
        }
    }

    /// Words in sequence: one word, or each adjacent pair; exact for up to two words.
    private static func sequence(_ words: [String], prefix: Bool, speakerOnly: Bool) -> Part {
        guard !words.isEmpty else { return Part(kind: .none, isExact: true) }
        let terms = words.count == 1 ? words : (1..<words.count).map { IndexWords.pairWord(words[$0 - 1], words[$0]) }
        let found: [WordExpression] = terms.enumerated().map { offset, term in
            let typing = prefix && offset == terms.count - 1
            let spoken = IndexWords.speaker + term
            if speakerOnly { return typing ? .prefix(spoken) : .word(spoken) }
            return typing ? .any([.prefix(term), .prefix(spoken)]) : .any([.word(term), .word(spoken)])
        }
        // One word or one pair is exact; more pairs may stand apart, so their quotes are checked.
        return Part(kind: .expression(found.count == 1 ? found[0] : .every(found)), isExact: words.count <= 2)
    }
}

/// A boolean expression over indexed words, as `WordQuery` compiles a search.
package indirect enum WordExpression: Sendable, Equatable {
    /// Quotes with this indexed word.
    case word(String)
    /// Quotes with an indexed word that starts with this.
    case prefix(String)
    /// Quotes every one of the expressions finds.
    case every([WordExpression])
    /// Quotes any of the expressions finds.
    case any([WordExpression])
    /// Quotes the expression does not find.
    case not(WordExpression)
}
