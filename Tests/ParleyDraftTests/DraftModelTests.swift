@testable import ParleyDraft
import Testing

/// The learned parts of the drafter: the weights file's format, the averaged perceptron that
/// writes it, and the weights compiled into parley.
struct DraftModelTests {
    @Test func weightsReadBackAsWritten() {
        let scorer = LinearScorer(weights: ["kind=name": 1.25, "rule=after": -0.5, "unused": 0], thresholds: ["high.full-name": 3])
        let text = scorer.text(header: ["a test"])
        #expect(text == "# a test\n@threshold high.full-name 3.0000\nkind=name\t1.2500\nrule=after\t-0.5000\n")
        let read = LinearScorer(text: text)
        #expect(read.weights == ["kind=name": 1.25, "rule=after": -0.5])
        #expect(read.thresholds == ["high.full-name": 3])
        #expect(read.score(["kind=name", "rule=after", "nothing"]) == 0.75)
    }

    @Test func aDamagedLineIsSkipped() {
        let read = LinearScorer(text: "kind=name\tnot-a-number\n@threshold broken\nrule=after\t2\n")
        #expect(read.weights == ["rule=after": 2])
        #expect(read.thresholds.isEmpty)
    }

    @Test func theRankingLearnsWhichFeatureMarksTheAnswer() {
        // The right candidate is the one with "verb=subject", wherever it stands.
        let rankings = (0..<30).map { index in
            let right = index % 3
            let candidates = (0..<3).map { $0 == right ? ["verb=subject", "near=\($0)"] : ["verb=none", "near=\($0)"] }
            return AveragedPerceptron.Ranking(candidates: candidates, answer: right)
        }
        let scorer = AveragedPerceptron.train(rankings: rankings, epochs: 5)
        #expect(scorer.score(["verb=subject", "near=2"]) > scorer.score(["verb=none", "near=0"]))
        #expect(scorer.weights["verb=subject", default: 0] > 0)
    }

    @Test func theDecisionsLearnABias() {
        let decisions = (0..<40).map { AveragedPerceptron.Decision(features: [$0 % 4 == 0 ? "title" : "said"], answer: $0 % 4 != 0) }
        let scorer = AveragedPerceptron.train(decisions: decisions, epochs: 5)
        #expect(scorer.score(["said", "bias"]) > 0)
        #expect(scorer.score(["title", "bias"]) < 0)
    }

    /// The same examples give the same bytes: the shipped weights can be reproduced.
    @Test func trainingIsDeterministic() {
        let rankings = (0..<25).map { index in
            AveragedPerceptron.Ranking(candidates: [["a", "x=\(index % 5)"], ["b", "x=\(index % 7)"], ["nobody"]], answer: index % 3)
        }
        let once = AveragedPerceptron.train(rankings: rankings, epochs: 4).text(header: [])
        let twice = AveragedPerceptron.train(rankings: rankings, epochs: 4).text(header: [])
        #expect(once == twice)
        #expect(!once.isEmpty)
    }

    @Test func theCompiledWeightsAreTrainedAndCalibrated() {
        let models = DraftModels.standard
        #expect(models.speakers.weights.count > 100)
        #expect(models.spans.weights.count > 100)
        #expect(models.speakers.thresholds["high.full-name"] != nil)
        #expect(models.spans.thresholds["keep"] != nil)
    }

    /// Without weights the rules decide alone, as before anything was learned.
    @Test func rulesOnlyFollowTheRules() {
        let text = ArticleText(plain: "“We are ready,” Anna Kowalczyk said after meeting Dmitri Sokolov.")
        let draft = ArticleDrafter.draft(text, models: .rulesOnly)
        #expect(draft.quotes.map { $0.speaker?.name } == ["Anna Kowalczyk"])
        #expect(draft.quotes.first?.confidence == .low)
    }
}
