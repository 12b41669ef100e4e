/// The speaker candidate the ranker scores highest, and by how much it beats the next.
struct SpeakerChoice: Sendable {
    var candidate: SpeakerCandidate
    /// The best score minus the second best: how clear the choice is (infinite with one candidate).
    var margin: Double

    /// The highest-scoring candidate; ties go to the earlier (the rules' choice comes first).
    static func best(of candidates: [SpeakerCandidate], scorer: LinearScorer) -> SpeakerChoice {
        precondition(!candidates.isEmpty, "every quotation has at least the candidate 'nobody'")
        guard !scorer.weights.isEmpty else {
            // No weights: the rules' choice (the first candidate, when they made one), else nobody.
            let ruled = candidates.first { $0.features.contains { $0.hasPrefix("rule=") && $0 != "rule=other" && $0 != "rule=none" } }
            return SpeakerChoice(candidate: ruled ?? candidates[candidates.count - 1], margin: 0)
        }
        let scores = candidates.map { scorer.score($0.features) }
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        let second = scores.indices.filter { $0 != best }.map { scores[$0] }.max()
        return SpeakerChoice(candidate: candidates[best], margin: second.map { scores[best] - $0 } ?? .infinity)
    }
}
