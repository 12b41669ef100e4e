import ParleyModel
import Testing
@testable import ParleyUI

/// Copy, open and export as the reducer asks for them, and what the status line says when a
/// key has nothing to act on.
struct ShareReducerTests {
    @Test func yWithNothingSelectedSaysSo() throws {
        var effects: [Effect] = []
        var harness = try ReducerHarness()
        effects = harness.send(.copyQuote(markdown: false))
        #expect(effects.isEmpty)
        #expect(harness.state.notice == Notice("y: nothing to copy here \u{2014} select a quote first", isWarning: true))
        effects = harness.send(.openLink)
        #expect(effects.isEmpty)
        #expect(harness.state.notice == Notice("o: no web address to open here", isWarning: true))
    }

    @Test func aKeyBoundToNothingSaysSoOnTheStatusLine() throws {
        var store = try TestDossiers.store()
        let handled = store.press(.character("z"))
        #expect(!handled)
        #expect(store.state.notice == Notice("z does nothing here (? lists the keys)"))
        store.press(.character("j"))
        #expect(store.state.notice == nil)
    }

    @Test func meetingPageCopiesTheFirstQuoteInView() throws {
        var harness = try ReducerHarness(size: Size(width: 100, height: 30))
        harness.send(.moveRight)
        harness.send(.open)
        guard case let .copy(text)? = harness.send(.copyQuote(markdown: false)).first else {
            Issue.record("no copy asked for")
            return
        }
        // At the top of the page no quote is in view yet: the first one below is meant.
        #expect(text.hasPrefix("\u{201C}This was not an easy discussion."))
        harness.send(.jumpToBottom)
        guard case let .copy(last)? = harness.send(.copyQuote(markdown: false)).first else {
            Issue.record("no copy asked for at the bottom")
            return
        }
        #expect(last != text)
    }

    @Test func positionsTabStepsThroughSupportingQuotesAndEnterOpensOne() throws {
        var harness = try ReducerHarness(size: Size(width: 100, height: 30))
        harness.send(.showTab(.positions))
        // Russia and the US on NATO enlargement: Ryabkov twice, then Smith.
        #expect(harness.context.supportingQuotes(of: harness.state) == ["ryabkov-ironclad", "ryabkov-never-never", "smith-enlargement"])
        harness.send(.stepSupportingQuote(1))
        harness.send(.stepSupportingQuote(1))
        #expect(harness.context.supportingQuote(of: harness.state) == "smith-enlargement")
        harness.send(.stepSupportingQuote(1))
        #expect(harness.context.supportingQuote(of: harness.state) == "ryabkov-ironclad")
        harness.send(.stepSupportingQuote(-1))
        guard case let .copy(text)? = harness.send(.copyQuote(markdown: false)).first else {
            Issue.record("no copy asked for")
            return
        }
        #expect(text.contains("Julianne Smith"))
        harness.send(.open)
        #expect(harness.state.screen == .quotes)
        #expect(harness.state.quotes.pendingSelection == "smith-enlargement")
        harness.send(.back)
        #expect(harness.state.screen == .positions)
        // Another issue starts again from its first quote.
        harness.send(.moveDown)
        #expect(harness.state.positions.quote == 0)
    }

    @Test func agreementTableTogglesAndSharesNothingMeanwhile() throws {
        var effects: [Effect] = []
        var harness = try ReducerHarness(size: Size(width: 100, height: 30))
        harness.send(.showTab(.positions))
        harness.send(.toggleAgreement)
        #expect(harness.state.positions.showsAgreement)
        effects = harness.send(.copyQuote(markdown: true))
        #expect(effects.isEmpty)
        harness.send(.toggleAgreement)
        #expect(!harness.state.positions.showsAgreement)
    }

    @Test func eAsksForABriefingOfWhatIsOnScreen() throws {
        var effects: [Effect] = []
        var harness = try ReducerHarness(size: Size(width: 100, height: 30))
        effects = harness.send(.exportBriefing)
        #expect(effects == [.writeBriefing(BriefingRequest(subject: "week"))])
        harness.send(.showTab(.positions))
        effects = harness.send(.exportBriefing)
        #expect(effects == [.writeBriefing(BriefingRequest(parties: ["russia", "us"], subject: "positions"))])
        harness.send(.showTab(.quotes))
        harness.send(.startSearch)
        for character in "speaker:grushko" { harness.send(.typeInSearch(character)) }
        harness.completeLastSearch()
        effects = harness.send(.exportBriefing)
        #expect(effects == [.writeBriefing(BriefingRequest(quotes: ["grushko-unacceptable-risks"], query: "speaker:grushko", subject: "quotes"))])
    }

    @Test func aLinkThatIsNotAWebAddressIsNeverOpened() throws {
        var effects: [Effect] = []
        var harness = try ReducerHarness("markup", size: Size(width: 100, height: 30))
        harness.send(.focusNext)
        effects = harness.send(.openLink)
        #expect(effects == [.openLink("https://example.org/a?x=1&y=<b>\"q\"(p)")])
        harness.send(.moveDown)
        effects = harness.send(.openLink)
        #expect(effects.isEmpty)
        #expect(harness.state.notice == Notice("o: not a web address, not opened: javascript:alert(document.cookie)", isWarning: true))
    }
}
