import ArgumentParser
import Foundation
import ParleyDraft
import ParleyDraftQuality
import ParleyModel

/// `parley-bench polnear`: `parley draft` scored on a PolNeAR compartment, per publisher,
/// with how often each confidence level is right.
struct MeasurePolnear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "polnear",
        abstract:
            "Score `parley draft` on PolNeAR's train or dev compartment, per publisher, with its confidence levels.",
        discussion:
            "The same figures as ../shared/eval/score-polnear, drafted in process, and two it lacks: `fair`, the speaker judged by the source's name before any apposition, and how often each confidence level is right."
    )

    @Option(help: "Which compartment: train or dev.")
    var compartment = "dev"

    @Option(help: "The PolNeAR folder (holding train/ and dev/).")
    var folder = PolnearDrafts.defaultFolder

    @Flag(help: "Score the rules alone, without the trained ranker and filter.")
    var rulesOnly = false

    @Flag(help: "Score the baseline instead: every quoted span, its speaker the nearest capitalised words.")
    var baseline = false

    @Option(
        help:
            "Write one JSON line per labelled direct quotation found (speaker, margin, resolution, right or not) to this file, for looking into errors."
    )
    var outcomes: String?

    func run() throws {
        let articles = try PolnearDrafts.load(compartment, folder: folder)
        let models = rulesOnly ? DraftModels.rulesOnly : DraftModels.standard
        var scores: [String: PolnearScore] = [:]
        let started = Date()
        var lines: [String] = []
        for article in articles {
            let predictions: [PolnearPrediction]
            if baseline {
                predictions = BaselineDrafter.quotes(in: article.text).map {
                    PolnearPrediction(pieces: $0.pieces, speaker: $0.speaker, mention: nil, confidence: nil)
                }
            } else {
                let drafted = PolnearDrafts.predictions(article, models: models)
                predictions = drafted.predictions
                if outcomes != nil { lines += Self.outcomes(drafted.draft, article: article) }
            }
            scores[article.publisher, default: PolnearScore()] =
                scores[article.publisher, default: PolnearScore()] + PolnearScore.score(predictions, against: article)
        }
        let seconds = Date().timeIntervalSince(started)
        if let outcomes {
            try lines.joined(separator: "\n").appending("\n").write(toFile: outcomes, atomically: true, encoding: .utf8)
        }
        let all = scores.values.reduce(PolnearScore(), +)
        let what = baseline ? "the baseline (every quoted span)" : "parley draft" + (rulesOnly ? " (rules only)" : "")
        print(
            "\(what) on PolNeAR \(compartment): \(articles.count) articles, drafted in \(String(format: "%.2f", seconds)) s\n"
        )
        print(Self.row(["publisher", "P", "R", "F1", "speaker", "fair", "mention", "quotes"]))
        for publisher in scores.keys.sorted() {
            print(Self.row(Self.cells(publisher, scores[publisher]!)))
        }
        print(Self.row(Self.cells("all", all)))
        print("\nconfidence    share    right    of (quotes whose source is named; right by the fair speaker)")
        let named = all.byConfidence.values.reduce(0) { $0 + $1.named }
        for level in Confidence.allCases.map(\.rawValue) + ["none"] {
            guard let counts = all.byConfidence[level] else { continue }
            print(
                Self.row([
                    level, Self.format(Double(counts.named) / Double(max(named, 1))),
                    Self.format(Double(counts.right) / Double(max(counts.named, 1))), String(counts.named),
                ]))
        }
    }

    /// Each labelled direct quotation the draft found, as a JSON line: who the label says,
    /// whom the draft named, how, and how surely.
    static func outcomes(_ draft: ArticleDraft, article: PolnearArticle) -> [String] {
        var lines: [String] = []
        let scalars = Array(article.text.unicodeScalars)
        func excerpt(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
        }
        for label in article.attributions where label.isDirect {
            guard
                let quote = draft.quotes.first(where: { quote in
                    quote.pieces.contains { piece in label.content.contains { PolnearScore.overlap(piece, $0) > 0 } }
                })
            else { continue }
            let name = quote.speaker?.name?.lowercased() ?? ""
            let surname = PolnearScore.surname(label.sourceText)
            let fair = surname.map {
                name.contains($0) || PolnearScore.headSurname(label.sourceText).map(name.contains) == true
            }
            let located = quote.speaker.map { speaker in
                label.source.contains { PolnearScore.overlap(speaker.range, $0) > 0 }
            }
            let object: [String: Any] = [
                "article": article.name, "source": label.sourceText ?? NSNull(),
                "name": quote.speaker?.name ?? NSNull(),
                "mention": quote.speaker?.mention ?? NSNull(),
                "resolution": quote.speaker?.resolution.rawValue ?? NSNull(),
                "margin": quote.margin.isFinite ? quote.margin : 1e9, "confidence": quote.confidence.rawValue,
                "reason": quote.reason,
                "fair": fair ?? NSNull(), "located": located ?? NSNull(), "quote": String(quote.text.prefix(120)),
                "context": excerpt(
                    max(0, (quote.pieces.first?.lowerBound ?? 0) - 200)..<((quote.pieces.last?.upperBound ?? 0) + 120)),
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
                let line = String(data: data, encoding: .utf8)
            {
                lines.append(line)
            }
        }
        return lines
    }

    static func cells(_ name: String, _ score: PolnearScore) -> [String] {
        [
            name, format(score.precision), format(score.recall), format(score.f1), format(score.speaker),
            format(score.speakerFair), format(score.mention), String(score.labelled),
        ]
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    static func row(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            index == 0
                ? cell.padding(toLength: 13, withPad: " ", startingAt: 0)
                : cell.padding(toLength: 8, withPad: " ", startingAt: 0)
        }.joined(separator: " ")
    }
}
