@testable import ParleyDraft
import Testing

/// Who may have spoken a quotation, as the speaker ranker sees them, and how sure the draft is.
struct SpeakerCandidatesTests {
    private func candidates(_ text: String) -> [[SpeakerCandidate]] {
        let analysis = ArticleDrafter.analyse(ArticleText(plain: text), lexicon: .standard)
        return analysis.quotations.indices.map(analysis.candidates(at:))
    }

    @Test func theRulesChoiceComesFirstAndNobodyLast() throws {
        let all = candidates("Dmitri Sokolov met the press. “We are ready,” Anna Kowalczyk said.")
        let first = try #require(all.first)
        #expect(first.first?.reason == "name before the speech verb")
        #expect(first.first?.features.contains("rule=after") == true)
        #expect(first.last?.mention == nil)
        #expect(first.last?.features.first == "nobody")
        // Sokolov, a sentence before, is a candidate too.
        #expect(first.contains { $0.features.contains("rel=prev1") })
    }

    @Test func aNameAfterTheVerbIsInverted() throws {
        let first = try #require(candidates("“We are ready,” said Anna Kowalczyk.").first?.first)
        #expect(first.features.contains("verb=inverted"))
        #expect(first.reason == "name after the speech verb")
    }

    @Test func everyQuotationCarriesAConfidenceAndAReason() {
        let draft = ArticleDrafter.draft(ArticleText(plain: """
        Anna Kowalczyk, Valdoria's foreign minister, arrived in Castrel on Monday.

        “We came to find a way to keep the peace,” Kowalczyk said after the first session.

        “Nobody wins a war on this border,” she said.
        """))
        #expect(draft.quotes.count == 2)
        #expect(draft.quotes.allSatisfy { !$0.reason.isEmpty })
        #expect(draft.quotes.map { $0.speaker?.resolution } == [.surname, .pronoun])
        // A surname right before the verb is surer than a pronoun.
        #expect(draft.quotes[0].margin > draft.quotes[1].margin)
    }

    @Test func noNamedSpeakerIsLowConfidence() {
        let draft = ArticleDrafter.draft(ArticleText(plain: "“It will take weeks to agree on who monitors the border,” a senior official said."))
        #expect(draft.quotes.first?.speaker?.kind == .anonymous)
        #expect(draft.quotes.first?.confidence == .low)
    }
}
