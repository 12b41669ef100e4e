import ParleyModel

/// What a drafting method found in one article, reduced to what is scored: spans and names.
public struct FoundQuote: Sendable, Equatable {
    public var pieces: [Range<Int>]
    public var speaker: String?
    public var partial: Bool

    public init(pieces: [Range<Int>], speaker: String?, partial: Bool) {
        self.pieces = pieces
        self.speaker = speaker
        self.partial = partial
    }
}

/// Counts for scoring quotation spans and speakers, added up over articles.
public struct QualityScore: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// Labelled quotations whose article names the speaker.
    public var namedQuotes = 0
    /// Of those, found with the right span and the right full name.
    public var rightSpeakers = 0
    /// Matched quotations whose partial flag agrees with the label.
    public var rightPartial = 0

    public init() {}

    public var precision: Double { Fraction.of(truePositives, truePositives + falsePositives) }
    public var recall: Double { Fraction.of(truePositives, truePositives + falseNegatives) }
    public var f1: Double { Fraction.f1(precision: precision, recall: recall) }
    /// Right full-name speakers among labelled quotations whose article names the speaker.
    public var speakerAccuracy: Double { Fraction.of(rightSpeakers, namedQuotes) }
    public var partialAccuracy: Double { Fraction.of(rightPartial, truePositives) }

    public static func + (lhs: QualityScore, rhs: QualityScore) -> QualityScore {
        var sum = lhs
        sum.truePositives += rhs.truePositives
        sum.falsePositives += rhs.falsePositives
        sum.falseNegatives += rhs.falseNegatives
        sum.namedQuotes += rhs.namedQuotes
        sum.rightSpeakers += rhs.rightSpeakers
        sum.rightPartial += rhs.rightPartial
        return sum
    }

    /// One article scored: which labelled quotations were found, missed or wrongly attributed.
    public struct Details: Sendable {
        public var score: QualityScore
        /// Labelled quotations not found (by number).
        public var missed: [Int]
        /// Found quotations that match no labelled one.
        public var spurious: [FoundQuote]
        /// Labelled number, with the speaker expected and the speaker found.
        public var wrongSpeakers: [(number: Int, expected: String, found: String?)]
    }

    /// Scores what was found against the labels.
    ///
    /// A quotation is found when the start of its first piece and the end of its last piece
    /// match the label's, once spaces, punctuation and quotation marks at either edge are set
    /// aside (whether a closing full stop or comma sits inside the marks is a house style,
    /// not a mistake). A speaker is right when the names match ignoring case, accents, a
    /// leading "the" and a possessive "'s".
    public static func score(_ found: [FoundQuote], against article: LabelledArticle) -> Details {
        let scalars = Array(article.text.unicodeScalars)
        func key(_ pieces: [Range<Int>]) -> Range<Int>? {
            guard let first = pieces.first, let last = pieces.last else { return nil }
            var start = first.lowerBound, end = last.upperBound
            while start < end, isEdge(scalars[start]) { start += 1 }
            while end > start, isEdge(scalars[end - 1]) { end -= 1 }
            return start..<end
        }
        var score = QualityScore()
        var unmatched = found
        var missed: [Int] = []
        var wrong: [(Int, String, String?)] = []
        for quote in article.quotes {
            if quote.speaker != nil { score.namedQuotes += 1 }
            guard let index = unmatched.firstIndex(where: { key($0.pieces) == key(quote.pieces) }) else {
                score.falseNegatives += 1
                missed.append(quote.number)
                continue
            }
            let match = unmatched.remove(at: index)
            score.truePositives += 1
            if match.partial == quote.partial { score.rightPartial += 1 }
            if let expected = quote.speaker {
                if let name = match.speaker, normalized(name) == normalized(expected) {
                    score.rightSpeakers += 1
                } else {
                    wrong.append((quote.number, expected, match.speaker))
                }
            }
        }
        score.falsePositives = unmatched.count
        return Details(score: score, missed: missed, spurious: unmatched, wrongSpeakers: wrong)
    }

    static func isEdge(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ".,;:!?…—–-\"“”‘’'`«»‹›„()".unicodeScalars.contains(scalar)
    }

    /// A name compared loosely: folded, without "the" or a possessive, single-spaced.
    public static func normalized(_ name: String) -> String {
        var words = TextFolding.fold(name.replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: ""))
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
