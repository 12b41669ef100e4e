import ArgumentParser
import Foundation
import ParleyDraft
import ParleyDraftQuality

/// `parley-bench draft`: the draft pipeline's quality on the labelled articles, against the
/// baseline, per style; and its speed on a hundred articles.
struct MeasureDrafts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Score `parley draft` on the labelled articles (and a baseline), and time it on 100 articles."
    )

    /// The folder holding the labelled sets: Benchmarks/DraftQuality, beside this package's sources.
    static let defaultFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("DraftQuality").path

    @Option(help: "Which labelled set: development, held-out or all.")
    var set = "all"

    @Option(help: "The folder of labelled sets.")
    var folder = MeasureDrafts.defaultFolder

    @Flag(help: "List every missed, spurious and misattributed quotation.")
    var details = false

    @Option(help: "How many times the 100 articles are drafted for the timing.")
    var rounds = 30

    func run() throws {
        let sets = set == "all" ? ["development", "held-out"] : [set]
        var articles: [LabelledArticle] = []
        for name in sets {
            let path = folder + "/" + name
            let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
            for file in files {
                let source = try String(contentsOfFile: path + "/" + file, encoding: .utf8)
                articles.append(try LabelledArticle.parse(source, name: "\(name)/\(file)"))
            }
        }
        guard !articles.isEmpty else { throw ValidationError("no labelled articles in \(folder)") }

        var ours: [String: QualityScore] = [:]
        var baseline: [String: QualityScore] = [:]
        var counts: [String: Int] = [:]
        for article in articles {
            let draft = ArticleDrafter.draft(ArticleText(plain: article.text))
            let found = draft.quotes.map { FoundQuote(pieces: $0.pieces, speaker: $0.speaker?.name, partial: $0.partial) }
            let scored = QualityScore.score(found, against: article)
            ours[article.style, default: QualityScore()] = ours[article.style, default: QualityScore()] + scored.score
            baseline[article.style, default: QualityScore()] = baseline[article.style, default: QualityScore()] + QualityScore.score(BaselineDrafter.quotes(in: article.text), against: article).score
            counts[article.style, default: 0] += 1
            if details { report(scored, article: article) }
        }

        print("parley draft on \(articles.count) labelled articles (\(sets.joined(separator: " + "))), \(Machine.description)\n")
        print(row(["style", "articles", "quotes", "P", "R", "F1", "speaker", "partial", "│", "baseline F1", "baseline speaker"]))
        let styles = counts.keys.sorted()
        for style in styles + ["all"] {
            let mine = style == "all" ? ours.values.reduce(QualityScore(), +) : ours[style]!
            let theirs = style == "all" ? baseline.values.reduce(QualityScore(), +) : baseline[style]!
            let quotes = mine.truePositives + mine.falseNegatives
            print(row([style, String(style == "all" ? articles.count : counts[style]!), String(quotes), format(mine.precision), format(mine.recall), format(mine.f1),
                       format(mine.speakerAccuracy), format(mine.partialAccuracy), "│", format(theirs.f1), format(theirs.speakerAccuracy)]))
        }

        // Speed: the articles cycled to a hundred, drafted `rounds` times.
        let hundred = (0..<100).map { ArticleText(plain: articles[$0 % articles.count].text) }
        var timings: [Double] = []
        for _ in 0..<max(1, rounds) {
            timings.append(Clock.milliseconds {
                for text in hundred { _ = ArticleDrafter.draft(text) }
            })
        }
        let sample = Sample(values: timings)
        print("\n100 articles (\(hundred.reduce(0) { $0 + $1.scalars.count }) characters), drafted in process: median \(format(sample.median, digits: 1)) ms, p99 \(format(sample.p99, digits: 1)) ms over \(timings.count) rounds")

        // The same hundred as files, through the command a user runs: process start, reading,
        // drafting and the YAML written.
        let parley = BuiltProducts.folder + "/parley"
        guard FileManager.default.isExecutableFile(atPath: parley) else {
            print("(the parley binary is not built beside parley-bench; `swift build -c release --package-path Benchmarks` builds both)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-articles-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for index in 0..<100 {
            let file = folder.appendingPathComponent(String(format: "article-%03d.txt", index)).path
            try articles[index % articles.count].text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        _ = Child.run(parley, ["draft", "--date", "2031-01-01"] + files)
        var runs: [Double] = []
        for _ in 0..<max(1, rounds / 3) {
            let outcome = Child.run(parley, ["draft", "--date", "2031-01-01"] + files)
            guard outcome.status == 0 else { throw ValidationError("parley draft failed with status \(outcome.status)") }
            runs.append(outcome.milliseconds)
        }
        let command = Sample(values: runs)
        print("`parley draft` on the 100 files (process start to YAML written): median \(format(command.median, digits: 1)) ms, p99 \(format(command.p99, digits: 1)) ms over \(runs.count) runs")
    }

    private func report(_ scored: QualityScore.Details, article: LabelledArticle) {
        let text = Array(article.text.unicodeScalars)
        func excerpt(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(text[range.clamped(to: 0..<text.count)])) }
        for number in scored.missed {
            let quote = article.quotes.first { $0.number == number }!
            print("\(article.name): missed q\(number): \(quote.pieces.map(excerpt).joined(separator: " / "))")
        }
        for quote in scored.spurious {
            print("\(article.name): spurious: \(quote.pieces.map(excerpt).joined(separator: " / "))")
        }
        for wrong in scored.wrongSpeakers {
            print("\(article.name): q\(wrong.number) speaker \(wrong.found ?? "none"), expected \(wrong.expected)")
        }
    }

    private func row(_ cells: [String]) -> String {
        let widths = [12, 9, 7, 6, 6, 6, 8, 8, 2, 12, 16]
        return zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " ")
    }

    private func format(_ value: Double, digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }
}
