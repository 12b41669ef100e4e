/// A word, a punctuation mark or a quotation mark of an article's body, with where it is.
public struct ArticleToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters and digits, with the apostrophes, hyphens and abbreviation points inside them
        /// ("Russia's", "make-or-break", "U.S.", "Mr.").
        case word
        case punctuation
        case mark(QuotationMark)
    }

    public var kind: Kind
    /// Scalar offsets into the article's text.
    public var range: Range<Int>
    public var text: String
    /// The text in lower case (kept, as every rule compares it).
    public let lowered: String
    /// The word lowercased, without a possessive ending ("Russia's" → "russia").
    public let stem: String
    /// Whether whitespace (or the paragraph's edge) is on either side.
    public var spaceBefore: Bool
    public var spaceAfter: Bool
    /// Index of the body paragraph the token is in.
    public var paragraph: Int
    /// True for a word whose first letter is a capital.
    public let isCapitalized: Bool
    /// True for a word of two or more letters, all capitals ("NATO", "U.S.").
    public let isAllCapitals: Bool

    public init(kind: Kind, range: Range<Int>, text: String, spaceBefore: Bool, spaceAfter: Bool, paragraph: Int) {
        self.kind = kind
        self.range = range
        self.text = text
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.paragraph = paragraph
        let lower = kind == .word ? text.lowercased() : text
        lowered = lower
        if lower.count > 2, lower.hasSuffix("'s") || lower.hasSuffix("’s") || lower.hasSuffix("s'") || lower.hasSuffix("s’") {
            var stem = lower
            stem.removeLast(lower.hasSuffix("s'") || lower.hasSuffix("s’") ? 1 : 2)
            self.stem = stem
        } else {
            stem = lower
        }
        if kind == .word, text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, the common case, without Unicode property tables.
            var letters = 0, capitals = 0
            var first: Bool?
            for byte in text.utf8 where (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                let upper = byte <= 0x5A
                if first == nil { first = upper }
                letters += 1
                if upper { capitals += 1 }
            }
            isCapitalized = first ?? false
            isAllCapitals = letters >= 2 && capitals == letters
        } else if kind == .word {
            var letters = 0, capitals = 0
            var first: Bool?
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                let upper = scalar.properties.isUppercase
                if first == nil { first = upper }
                letters += 1
                if upper { capitals += 1 }
            }
            isCapitalized = first ?? false
            isAllCapitals = letters >= 2 && capitals == letters
        } else {
            isCapitalized = false
            isAllCapitals = false
        }
    }

    public var isWord: Bool { kind == .word }

    public var mark: QuotationMark? {
        if case let .mark(mark) = kind { return mark }
        return nil
    }


    /// True for a possessive word ("Russia's", "allies'").
    public var isPossessive: Bool {
        isWord && (text.hasSuffix("'s") || text.hasSuffix("’s"))
    }

    /// True for `.`, `!`, `?` or an ellipsis: punctuation that can end a sentence.
    public var endsSentence: Bool {
        kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…" || text == "..." || text == "?!" || text == "!?")
    }

    /// True for a dash used as punctuation: `—`, `–`, `--` or a spaced `-`.
    public var isDash: Bool {
        kind == .punctuation && (text == "—" || text == "–" || text == "--" || text == "-" || text == "―")
    }
}

extension [ArticleToken] {
    /// The words of a range of tokens as written, single-spaced where the text has space.
    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            if index > range.lowerBound, self[index].spaceBefore { result += " " }
            result += self[index].text
        }
        return result
    }
}
