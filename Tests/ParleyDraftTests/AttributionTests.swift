@testable import ParleyDraft
import Testing

/// Who each quotation is attributed to, and the cue, for the shapes news writing uses.
struct AttributionTests {
    @Test func afterTheQuote() {
        #expect(found("“We are ready,” Anna Kowalczyk said.") == [Found(text: "We are ready", speaker: "Anna Kowalczyk", cue: "said")])
        #expect(found("“We are ready,” said Anna Kowalczyk, the foreign minister.") == [Found(text: "We are ready", speaker: "Anna Kowalczyk", cue: "said")])
        #expect(found("\"At this point, let me be clear,\" US Ambassador to NATO Julianne Smith told CNN  on Tuesday.")
            == [Found(text: "At this point, let me be clear", speaker: "Julianne Smith", cue: "told CNN")])
    }

    @Test func beforeTheQuote() {
        #expect(found("Anna Kowalczyk said: “We are ready.”") == [Found(text: "We are ready.", speaker: "Anna Kowalczyk", cue: "said")])
        #expect(found("The ministry said in a statement: “We are ready.”") == [Found(text: "We are ready.", speaker: "ministry", cue: "said in a statement")])
    }

    @Test func insideTheQuote() {
        #expect(found("“We need guarantees,” Sergei Ryabkov said, “and we need them now.”")
            == [Found(text: "We need guarantees, and we need them now.", speaker: "Sergei Ryabkov", cue: "said")])
    }

    @Test func aFragmentTakesTheSpeechVerbOfItsSentence() {
        let text = "Ukraine said Tuesday that it was confident the allies would not decide \"on the fate\" of the country \"behind our backs\" during the talks."
        #expect(found(text) == [
            Found(text: "on the fate", speaker: "Ukraine", partial: true, cue: "said"),
            Found(text: "behind our backs", speaker: "Ukraine", partial: true, cue: "said"),
        ])
        #expect(found("The talks, which the White House described as \"frank and forthright,\" did not produce a breakthrough.")
            == [Found(text: "frank and forthright", speaker: "White House", partial: true, cue: "described as")])
    }

    @Test func aParticipleTakesTheSubjectOfTheSentence() {
        #expect(found("Dmitri Sokolov dismissed the plan, calling it “a dead end for everyone”.")
            == [Found(text: "a dead end for everyone", speaker: "Dmitri Sokolov", partial: true, cue: "calling")])
    }

    @Test func parentheticalsAgesAndTimesBetweenSpeakerAndVerb() {
        #expect(found("Viktor Haas, 58, said: “I had four minutes.”").first?.speaker == "Viktor Haas")
        #expect(found("Oleg Varnavin, speaking in Marsk, accused Valdoria of “provoking incidents”.").first?.speaker == "Oleg Varnavin")
        #expect(found("“We will see,” Smith on Tuesday said.").first?.speaker == "Smith")
        #expect(found("President Dmitri Sokolov of Ostland said his country would not “bargain over its security”.").first?.speaker == "Dmitri Sokolov")
    }

    @Test func aQuoteStandingAloneContinuesTheLastSpeaker() {
        let text = """
        “We are ready,” Anna Kowalczyk said.
        “We have been ready for weeks.”
        """
        #expect(found(text).map(\.speaker) == ["Anna Kowalczyk", "Anna Kowalczyk"])
    }

    @Test func aQuoteStandingAloneAfterItsSpeakersSentence() {
        #expect(found("Asked about the plan, Mr. Reiner paused. “Ask me again in the spring.”").first?.speaker == "Reiner")
    }

    @Test func aQuoteWithNobodyToAttributeItToHasNoSpeaker() {
        let text = "Talks resumed.\n\n“The weather was fine all week, and nobody expected the talks to stall.”"
        #expect(found(text) == [Found(text: "The weather was fine all week, and nobody expected the talks to stall.", speaker: nil)])
    }

    @Test func anonymousSourcesAreNotNamed() {
        let drafted = ArticleDrafter.draft(ArticleText(plain: "“It will take weeks,” a senior official said."))
        #expect(drafted.quotes.first?.speaker?.kind == .anonymous)
        #expect(drafted.quotes.first?.speaker?.name == nil)
        #expect(drafted.quotes.first?.speaker?.mention == "a senior official")
    }

    @Test func cuesStopBeforeTimesAndPlaces() {
        #expect(found("“Yes,” Smith told reporters in Geneva on Monday.").first?.cue == "told reporters")
        #expect(found("“Yes,” Smith wrote on Telegram.").first?.cue == "wrote on Telegram")
        #expect(found("“Yes,” Smith said at a news conference.").first?.cue == "said at a news conference")
        #expect(found("“Yes,” according to Smith.").first?.cue == "according to")
    }
}
