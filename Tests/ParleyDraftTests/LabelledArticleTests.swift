import Foundation
import ParleyDraft
import ParleyDraftQuality
import ParleyTestSupport
import Testing

/// The evaluation set's format and scoring, and that every labelled article reads.
struct LabelledArticleTests {
    static let folder = Repository.path("Benchmarks/DraftQuality")

    @Test func markersGiveTheTextAndTheGoldSpans() throws {
        let source = """
        %% style: wire
        %% marks: curly
        %% q1: Sergei Ryabkov
        %% q2: - | partial

        “⟦1:We need guarantees⟧,” he said, “⟦1:and now⟧.” Others called it “⟦2:a dead end⟧”.
        """
        let article = try LabelledArticle.parse(source, name: "example")
        #expect(article.text == "“We need guarantees,” he said, “and now.” Others called it “a dead end”.")
        #expect(article.quotes.map(\.pieces) == [[1..<19, 32..<39], [60..<70]])
        #expect(article.quotes.map(\.speaker) == ["Sergei Ryabkov", nil])
        #expect(article.quotes.map(\.partial) == [false, true])
    }

    @Test(arguments: [
        ("%% style: wire\n%% q1: A\n\n⟦1:open", "never closes"),
        ("%% style: wire\n%% q1: A\n\nclose⟧", "never opened"),
        ("%% style: wire\n%% q1: A\n\n⟦2:b⟧", "headers for"),
        ("%% style: wire\n%% q1: A\n%% q2: B\n\n⟦2:b⟧ ⟦1:a⟧", "not numbered in the order"),
    ])
    func malformedLabelsAreRefused(source: String, problem: String) {
        #expect(throws: LabelledArticle.Problem.self) { try LabelledArticle.parse(source, name: "bad") }
        do {
            _ = try LabelledArticle.parse(source, name: "bad")
        } catch {
            #expect(error.description.contains(problem))
        }
    }

    @Test func scoringCountsSpansAndSpeakers() throws {
        let article = try LabelledArticle.parse("%% style: wire\n%% q1: Anna Berg\n%% q2: The White House\n\n“⟦1:Yes⟧,” said Anna Berg. “⟦2:No⟧.”", name: "example")
        let found = [
            FoundQuote(pieces: [1..<5], speaker: "anna berg", partial: false),   // "Yes," matches "Yes" once edges are set aside
            FoundQuote(pieces: [24..<27], speaker: "White House’s", partial: true),
            FoundQuote(pieces: [9..<13], speaker: nil, partial: false),        // spurious
        ]
        let score = QualityScore.score(found, against: article).score
        #expect(score.truePositives == 2)
        #expect(score.falsePositives == 1)
        #expect(score.falseNegatives == 0)
        #expect(score.rightSpeakers == 2)
        #expect(score.rightPartial == 1)
        #expect(abs(score.f1 - 0.8) < 1e-9)
    }

    @Test func theBaselineTakesEverySpanAndTheNearestCapitals() {
        let found = BaselineDrafter.quotes(in: "The minister, Anna Berg, said “yes” and ‘no’ to Tom’s plan.")
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Anna Berg", "Tom"])
    }

    @Test(arguments: ["development", "held-out"])
    func everyLabelledArticleReads(set: String) throws {
        let path = Self.folder + "/" + set
        guard FileManager.default.fileExists(atPath: path) else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let article = try LabelledArticle.parse(try String(contentsOfFile: path + "/" + file, encoding: .utf8), name: file)
            #expect(["wire", "broadsheet", "tabloid"].contains(article.style), "\(file)")
            #expect(!article.quotes.isEmpty, "\(file)")
        }
    }
}
