/// How often two parties give the same answer to the dossier's questions.
///
/// A party's answer on an issue is the one its latest position gives. `unclear` is not counted
/// as an answer: two parties that both leave a question open have not agreed on anything.
public struct PartyAgreement: Hashable, Sendable {
    /// The two party ids, in the dossier's order.
    public var first: String
    public var second: String
    /// Issues on which both parties have an answer.
    public var shared: Int
    /// Issues on which both have an answer and it is the same.
    public var agree: Int

    public init(first: String, second: String, shared: Int, agree: Int) {
        self.first = first
        self.second = second
        self.shared = shared
        self.agree = agree
    }

    /// Every pair of the dossier's parties, in dossier order (Russia–US before Russia–NATO…).
    public static func pairs(in dossier: Dossier) -> [PartyAgreement] {
        let answers = latestAnswers(in: dossier)
        let parties = dossier.parties.map(\.id)
        var pairs: [PartyAgreement] = []
        for (index, first) in parties.enumerated() {
            for second in parties[(index + 1)...] {
                pairs.append(between(first, second, answers: answers))
            }
        }
        return pairs
    }

    /// The agreement of two parties, in the order given.
    public static func between(_ first: String, _ second: String, in dossier: Dossier) -> PartyAgreement {
        between(first, second, answers: latestAnswers(in: dossier))
    }

    private static func between(_ first: String, _ second: String, answers: [String: [String: Position.Answer]]) -> PartyAgreement {
        let mine = answers[first] ?? [:]
        let theirs = answers[second] ?? [:]
        var shared = 0
        var agree = 0
        for (issue, answer) in mine {
            guard let other = theirs[issue] else { continue }
            shared += 1
            if other == answer { agree += 1 }
        }
        return PartyAgreement(first: first, second: second, shared: shared, agree: agree)
    }

    /// Party → issue → the answer of the party's latest position there, leaving out `unclear`
    /// and positions without one.
    static func latestAnswers(in dossier: Dossier) -> [String: [String: Position.Answer]] {
        let comparison = PositionComparison(allPartiesOf: dossier)
        var answers: [String: [String: Position.Answer]] = [:]
        for row in comparison.rows {
            for (party, stance) in zip(comparison.parties, row.stances) {
                guard let answer = stance?.current.answer, answer != .unclear else { continue }
                answers[party.id, default: [:]][row.issue.id] = answer
            }
        }
        return answers
    }
}
