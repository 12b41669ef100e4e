import Foundation

/// What a drafter found in one PolNeAR article, reduced to what is scored.
public struct PolnearPrediction: Sendable, Equatable {
    /// The quoted words' spans, scalar offsets into the text.
    public var pieces: [Range<Int>]
    /// The speaker's full name (or a body's name); nil when none was found.
    public var speaker: String?
    /// Where the speaker's mention is in the text; nil when none was found.
    public var mention: Range<Int>?
    /// How sure the drafter is of the speaker ("high", "medium", "low").
    public var confidence: String?

    public init(pieces: [Range<Int>], speaker: String?, mention: Range<Int>?, confidence: String?) {
        self.pieces = pieces
        self.speaker = speaker
        self.mention = mention
        self.confidence = confidence
    }
}

/// Counts for scoring a drafter on PolNeAR, as `../shared/eval/score-polnear` does, added up
/// over articles; and two counts the shared scorer lacks.
///
/// Direct quotations are the labelled contents that hold a quotation mark. A found quotation
/// is right when at least half its characters lie in one of them; a labelled one is found
/// when any piece overlaps it. The speaker is right when the last capitalised word of the
/// labelled source is in the name found — which fails a right name whenever the label holds
/// an apposition or a place ("Alex Doe, a partner at Acme Strategies" wants "strategies",
/// "Sen. Alex Doe of Ohio" wants "ohio"), so `fair` also accepts the last capitalised word
/// before the apposition or the modifier ("doe").
public struct PolnearScore: Sendable, Equatable {
    public var predicted = 0
    public var rightPredicted = 0
    public var labelled = 0
    public var found = 0
    /// Found quotations whose label names the source with a capitalised word.
    public var named = 0
    public var namedRight = 0
    public var namedFair = 0
    /// Found quotations whose label gives the source's span.
    public var located = 0
    public var locatedRight = 0
    /// By confidence: how many found, named quotations, and how many of them are right (fair).
    public var byConfidence: [String: (named: Int, right: Int)] = [:]

    public init() {}

    public var precision: Double { Fraction.of(rightPredicted, predicted) }
    public var recall: Double { Fraction.of(found, labelled) }
    public var f1: Double { Fraction.f1(precision: precision, recall: recall) }
    public var speaker: Double { Fraction.of(namedRight, named) }
    public var speakerFair: Double { Fraction.of(namedFair, named) }
    public var mention: Double { Fraction.of(locatedRight, located) }

    public static func == (lhs: PolnearScore, rhs: PolnearScore) -> Bool {
        lhs.predicted == rhs.predicted && lhs.rightPredicted == rhs.rightPredicted && lhs.labelled == rhs.labelled && lhs.found == rhs.found
            && lhs.named == rhs.named && lhs.namedRight == rhs.namedRight && lhs.namedFair == rhs.namedFair && lhs.located == rhs.located
            && lhs.locatedRight == rhs.locatedRight && lhs.byConfidence.mapValues { [$0.named, $0.right] } == rhs.byConfidence.mapValues { [$0.named, $0.right] }
    }

    public static func + (lhs: PolnearScore, rhs: PolnearScore) -> PolnearScore {
        var sum = lhs
        sum.predicted += rhs.predicted
        sum.rightPredicted += rhs.rightPredicted
        sum.labelled += rhs.labelled
        sum.found += rhs.found
        sum.named += rhs.named
        sum.namedRight += rhs.namedRight
        sum.namedFair += rhs.namedFair
        sum.located += rhs.located
        sum.locatedRight += rhs.locatedRight
        for (level, counts) in rhs.byConfidence {
            let old = sum.byConfidence[level] ?? (0, 0)
            sum.byConfidence[level] = (old.named + counts.named, old.right + counts.right)
        }
        return sum
    }

    /// Scores one article's predictions.
    public static func score(_ predictions: [PolnearPrediction], against article: PolnearArticle) -> PolnearScore {
        var score = PolnearScore()
        let direct = article.attributions.filter(\.isDirect)
        score.predicted = predictions.count
        score.labelled = direct.count
        for prediction in predictions {
            let length = prediction.pieces.reduce(0) { $0 + $1.count }
            let right = length > 0 && direct.contains { label in
                2 * prediction.pieces.reduce(0) { total, piece in total + label.content.reduce(0) { $0 + overlap(piece, $1) } } >= length
            }
            if right { score.rightPredicted += 1 }
        }
        for label in direct {
            guard let hit = predictions.first(where: { prediction in prediction.pieces.contains { piece in label.content.contains { overlap(piece, $0) > 0 } } }) else { continue }
            score.found += 1
            if !label.source.isEmpty {
                score.located += 1
                if let mention = hit.mention, !mention.isEmpty, label.source.contains(where: { overlap(mention, $0) > 0 }) { score.locatedRight += 1 }
            }
            guard let surname = surname(label.sourceText) else { continue }
            let name = (hit.speaker ?? "").lowercased()
            let right = name.contains(surname)
            let fair = right || headSurname(label.sourceText).map(name.contains) == true
            score.named += 1
            if right { score.namedRight += 1 }
            if fair { score.namedFair += 1 }
            let level = hit.confidence ?? "none"
            let old = score.byConfidence[level] ?? (0, 0)
            score.byConfidence[level] = (old.named + 1, old.right + (fair ? 1 : 0))
        }
        return score
    }

    public static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "his", "her", "him", "them", "who"]
    static let titles: Set<String> = ["The", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President", "Secretary", "Minister"]

    /// The shared scorer's surname of a labelled source: its last capitalised word that is
    /// neither a pronoun nor a title, lowercased.
    public static func surname(_ source: String?) -> String? {
        guard let source else { return nil }
        let scalars = Array(source.unicodeScalars)
        var words: [String] = []
        var index = 0
        while index < scalars.count {
            guard ("A"..."Z").contains(scalars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
            if end - index >= 2 { words.append(String(String.UnicodeScalarView(scalars[index..<end]))) }
            index = end
        }
        let kept = words.map { word -> String in
            var word = word
            while word.hasSuffix(".") { word.removeLast() }
            for suffix in ["'s", "\u{2019}s"] where word.hasSuffix(suffix) { word.removeLast(2) }
            return word
        }.filter { !pronouns.contains($0.lowercased()) && !titles.contains($0) && $0.count > 1 }
        return kept.last?.lowercased()
    }

    /// `\w`, apostrophes, hyphens and points, as the shared scorer's pattern reads a word.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "."
    }

    /// The surname of the source's head: what comes before an apposition or a modifier.
    public static func headSurname(_ source: String?) -> String? {
        guard var head = source else { return nil }
        for separator in [",", "(", " who ", " of ", " at ", " from "] {
            if let range = head.range(of: separator) { head = String(head[..<range.lowerBound]) }
        }
        return surname(head)
    }
}
