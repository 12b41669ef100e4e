import ArgumentParser
import Foundation
import ParleyDraft
import ParleyDraftQuality

/// `parley-bench train`: trains the drafter's speaker ranker and quotation filter on PolNeAR's
/// train compartment and writes their weights, with the confidence thresholds measured on the
/// same articles, into Sources/ParleyDraft/Model.
///
/// Deterministic: the articles are read in name order, shuffled by a seeded generator, and the
/// weights written in name order with four decimals, so the same corpus gives the same files.
/// The dev compartment is never read here; score it afterwards with `parley-bench polnear`.
struct TrainDrafter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train parley draft's speaker ranker and quotation filter on PolNeAR's train compartment."
    )

    @Option(help: "The PolNeAR folder (holding train/).")
    var folder = PolnearDrafts.defaultFolder

    @Option(help: "Where the weights files go.")
    var output = PolnearDrafts.modelFolder

    @Option(help: "Passes over the examples.")
    var epochs = 10

    @Option(help: "Write the labelled speakers no candidate reaches (source, then the words around the quotation), one a line, to this file.")
    var unreachableReport: String?

    /// How often high-confidence attributions must be right on the train compartment; a
    /// little above the 97% promised, so that unseen articles keep to it.
    static let highTarget = 0.985
    static let mediumTarget = 0.85
    /// A level needs this many train quotations to be measured at all.
    static let smallestGroup = 20

    func run() throws {
        let articles = try PolnearDrafts.load("train", folder: folder)
        var rankings: [AveragedPerceptron.Ranking] = []
        var decisions: [AveragedPerceptron.Decision] = []
        var unreachable = 0
        var keptByRules = 0, rightByRules = 0
        var unreachableLines: [String] = []
        for article in articles {
            let training = DraftTrainingArticle(ArticleText(plain: article.text))
            let direct = article.attributions.filter(\.isDirect)
            for quotation in training.quotations {
                let label = Self.label(of: quotation.pieces, among: direct)
                if quotation.keptByRules {
                    keptByRules += 1
                    if label != nil { rightByRules += 1 }
                } else {
                    decisions.append(.init(features: quotation.features, answer: label != nil))
                }
                guard let label else { continue }
                let answer: Int?
                if label.source.isEmpty {
                    answer = quotation.candidates.count - 1
                } else {
                    answer = quotation.candidates.firstIndex { candidate in
                        candidate.mention.map { mention in label.source.contains { PolnearScore.overlap(mention, $0) > 0 } } ?? false
                    }
                }
                guard let answer else {
                    unreachable += 1
                    if unreachableReport != nil, let first = quotation.pieces.first {
                        let scalars = Array(article.text.unicodeScalars)
                        let window = max(0, min(first.lowerBound, label.source.first?.lowerBound ?? first.lowerBound) - 60)..<min(scalars.count, first.upperBound + 40)
                        let context = String(String.UnicodeScalarView(scalars[window])).split(whereSeparator: \.isNewline).joined(separator: " ¶ ")
                        unreachableLines.append("\(label.sourceText ?? "-")\t\(context)")
                    }
                    continue
                }
                rankings.append(.init(candidates: quotation.candidates.map(\.features), answer: answer))
            }
        }
        if let unreachableReport { try unreachableLines.joined(separator: "\n").write(toFile: unreachableReport, atomically: true, encoding: .utf8) }
        var speakers = AveragedPerceptron.train(rankings: rankings, epochs: epochs)
        var spans = AveragedPerceptron.train(decisions: decisions, epochs: epochs)
        spans.thresholds["keep"] = Self.keepThreshold(decisions, scorer: spans, alwaysKept: (keptByRules, rightByRules))

        // Where each confidence level begins, per kind of resolution, measured with the new weights.
        var outcomes: [String: [(margin: Double, right: Bool)]] = [:]
        let models = DraftModels(speakers: speakers, spans: spans)
        for article in articles {
            let draft = ArticleDrafter.draft(ArticleText(plain: article.text), models: models)
            for label in article.attributions where label.isDirect {
                guard let quote = draft.quotes.first(where: { quote in quote.pieces.contains { piece in label.content.contains { PolnearScore.overlap(piece, $0) > 0 } } }),
                      let speaker = quote.speaker, let name = speaker.name?.lowercased() else { continue }
                let right: Bool
                if let surname = PolnearScore.surname(label.sourceText) {
                    right = name.contains(surname) || PolnearScore.headSurname(label.sourceText).map(name.contains) == true
                } else if !label.source.isEmpty {
                    right = label.source.contains { PolnearScore.overlap(speaker.range, $0) > 0 }
                } else {
                    right = false
                }
                outcomes[speaker.resolution.key, default: []].append((quote.margin, right))
            }
        }
        for (group, results) in outcomes {
            if let high = Self.threshold(results, target: Self.highTarget) { speakers.thresholds["high." + group] = high }
            if let medium = Self.threshold(results, target: Self.mediumTarget) { speakers.thresholds["medium." + group] = medium }
        }

        let source = "PolNeAR's train compartment (\(articles.count) articles), \(epochs) passes"
        try speakers.text(header: [
            "parley draft's speaker ranker: averaged perceptron weights over the features of SpeakerCandidates.",
            "Trained by `swift run -c release --package-path Benchmarks parley-bench train` on \(source):",
            "\(rankings.count) quotations whose labelled speaker is among the candidates (\(unreachable) were not).",
            "Thresholds: the margin over the next candidate where each confidence level begins, per resolution,",
            "where at least \(Int(Self.highTarget * 1000) / 10)% (high) and \(Int(Self.mediumTarget * 100))% (medium) of the train quotations were right.",
        ]).write(toFile: output + "/speaker-weights.txt", atomically: true, encoding: .utf8)
        try spans.text(header: [
            "parley draft's quotation filter: averaged perceptron weights; marks whose features score above `keep` are kept.",
            "Trained by `swift run -c release --package-path Benchmarks parley-bench train` on \(source):",
            "\(decisions.count) quotations found by the rules with no speech verb beside them, \(decisions.filter(\.answer).count) of them labelled as said.",
        ]).write(toFile: output + "/quotation-weights.txt", atomically: true, encoding: .utf8)
        print("trained on \(source): \(rankings.count) speaker rankings (\(unreachable) with the speaker out of reach), \(decisions.count) quotation decisions")
        for name in speakers.thresholds.keys.sorted() { print("  \(name): margin ≥ \(LinearScorerFormat.format(speakers.thresholds[name]!))") }
        print("wrote \(output)/speaker-weights.txt and quotation-weights.txt; rebuild parley to use them")
    }

    /// The score above which the filter keeps marks: the one that gives the best F1 on all
    /// the train quotations (those the rules keep included) while keeping precision at least
    /// `precisionFloor`.
    static func keepThreshold(_ decisions: [AveragedPerceptron.Decision], scorer: LinearScorer, alwaysKept: (count: Int, right: Int)) -> Double {
        let scored = decisions.map { (scorer.score($0.features + ["bias"]), $0.answer) }.sorted { $0.0 > $1.0 }
        let positives = scored.filter(\.1).count + alwaysKept.right
        var kept = alwaysKept.count, right = alwaysKept.right
        var best = (f1: -1.0, threshold: 0.0)
        for (index, entry) in scored.enumerated() {
            kept += 1
            if entry.1 { right += 1 }
            guard index + 1 == scored.count || scored[index + 1].0 < entry.0 else { continue }
            let precision = Double(right) / Double(kept), recall = Double(right) / Double(max(positives, 1))
            let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
            if precision >= precisionFloor, f1 > best.f1 {
                // Halfway to the next score down: the threshold keeps this one and drops the next.
                let next = index + 1 < scored.count ? scored[index + 1].0 : entry.0 - 1
                best = (f1, (entry.0 + next) / 2)
            }
        }
        print(String(format: "quotation filter: keep above %.4f (train F1 %.3f over the rules' quotations)", best.threshold, best.f1))
        return best.threshold
    }

    /// The precision the filter keeps to on the train quotations, above the 0.96 promised.
    static let precisionFloor = 0.965

    /// The labelled direct quotation that holds at least half of these pieces' characters.
    static func label(of pieces: [Range<Int>], among direct: [PolnearArticle.Attribution]) -> PolnearArticle.Attribution? {
        let length = pieces.reduce(0) { $0 + $1.count }
        guard length > 0 else { return nil }
        return direct.first { label in
            2 * pieces.reduce(0) { total, piece in total + label.content.reduce(0) { $0 + PolnearScore.overlap(piece, $1) } } >= length
        }
    }

    /// The smallest margin above which at least `target` of the results are right, if enough are.
    static func threshold(_ results: [(margin: Double, right: Bool)], target: Double) -> Double? {
        let sorted = results.sorted { $0.margin > $1.margin }
        var right = 0
        var best: Double?
        for (index, result) in sorted.enumerated() {
            if result.right { right += 1 }
            let count = index + 1
            // Only where the next margin differs: equal margins are all in or all out.
            if count >= smallestGroup, Double(right) / Double(count) >= target, index + 1 == sorted.count || sorted[index + 1].margin < result.margin {
                best = result.margin
            }
        }
        return best
    }
}

/// The weights file's number format, for the summary printed after training.
enum LinearScorerFormat {
    static func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
