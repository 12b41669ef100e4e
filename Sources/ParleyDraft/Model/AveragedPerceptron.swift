/// Trains a `LinearScorer` with the averaged perceptron, deterministically: the same examples
/// in the same order give the same weights.
///
/// Two kinds of example: a ranking (several candidates, one right: the speaker of a quotation)
/// and a yes-or-no (one feature set and its answer: whether marks hold a quotation). The
/// averaged weights are what is kept: the mean of the weights after every example, which
/// generalises better than the last ones (Collins, 2002).
public struct AveragedPerceptron: Sendable {
    /// Candidates' features, and which candidate is right.
    public struct Ranking: Sendable {
        public var candidates: [[String]]
        public var answer: Int

        public init(candidates: [[String]], answer: Int) {
            self.candidates = candidates
            self.answer = answer
        }
    }

    /// One feature set and whether it is a yes.
    public struct Decision: Sendable {
        public var features: [String]
        public var answer: Bool

        public init(features: [String], answer: Bool) {
            self.features = features
            self.answer = answer
        }
    }

    private var weights: [String: Double] = [:]
    /// The sum of each weight's updates, each multiplied by when it happened.
    private var timed: [String: Double] = [:]
    private var step = 1.0

    public init() {}

    /// Passes over `rankings` `epochs` times, in an order shuffled the same way every time.
    public static func train(rankings: [Ranking], epochs: Int) -> LinearScorer {
        var perceptron = AveragedPerceptron()
        var order = Array(rankings.indices)
        var random = SplitMix(seed: 2022)
        for _ in 0..<epochs {
            random.shuffle(&order)
            for index in order { perceptron.learn(rankings[index]) }
        }
        return perceptron.averaged
    }

    /// The same for yes-or-no examples; `bias` is a feature every example has.
    public static func train(decisions: [Decision], epochs: Int, bias: String = "bias") -> LinearScorer {
        var perceptron = AveragedPerceptron()
        var order = Array(decisions.indices)
        var random = SplitMix(seed: 2022)
        for _ in 0..<epochs {
            random.shuffle(&order)
            for index in order {
                let example = decisions[index]
                let features = example.features + [bias]
                let guess = perceptron.current(features) > 0
                if guess != example.answer { perceptron.update(features, by: example.answer ? 1 : -1) }
                perceptron.step += 1
            }
        }
        return perceptron.averaged
    }

    mutating func learn(_ ranking: Ranking) {
        guard ranking.candidates.indices.contains(ranking.answer) else { return }
        var best = 0
        var bestScore = -Double.infinity
        for (index, features) in ranking.candidates.enumerated() {
            let score = current(features)
            // Ties go to the earlier candidate, as the drafter breaks them.
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        if best != ranking.answer {
            update(ranking.candidates[ranking.answer], by: 1)
            update(ranking.candidates[best], by: -1)
        }
        step += 1
    }

    private func current(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    private mutating func update(_ features: [String], by amount: Double) {
        for feature in features {
            weights[feature, default: 0] += amount
            timed[feature, default: 0] += amount * step
        }
    }

    /// The weights averaged over every step.
    var averaged: LinearScorer {
        var average: [String: Double] = [:]
        for (feature, weight) in weights {
            average[feature] = weight - (timed[feature] ?? 0) / step
        }
        return LinearScorer(weights: average)
    }
}

/// A small seeded random generator (SplitMix64), so training shuffles the same way everywhere.
struct SplitMix: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with this generator.
    mutating func shuffle(_ values: inout [Int]) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            values.swapAt(index, other)
        }
    }
}
