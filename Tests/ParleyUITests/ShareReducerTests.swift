import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Copy, open and export as the reducer asks for them, and what the status line says when a
/// key has nothing to act on; each action's whole change of state and its effects, checked
/// with `TestStore`.
struct ShareReducerTests {
    private static func store(_ name: String = "bundled", size: Size = Size(width: 100, height: 30)) throws -> TestStore
    {
        TestStore(context: DashboardContext(dossier: try TestDossiers.load(name)), size: size)
    }

    /// The effect of copying a dossier quote, as plain text or Markdown.
    private static func copy(_ id: String, _ store: TestStore, markdown: Bool = false) throws -> Effect {
        let citation = QuoteCitation(try #require(store.context.dossier.quote(id)), in: store.context.dossier)
        return .copy(markdown ? citation.markdown : citation.plain)
    }

    @Test func yWithNothingSelectedSaysSo() throws {
        var store = try Self.store(size: Size(width: 80, height: 24))
        store.send(.copyQuote(markdown: false)) {
            $0.notice = Notice("y: nothing to copy here \u{2014} select a quote first", isWarning: true)
        }
        store.send(.openLink) { $0.notice = Notice("o: no web address to open here", isWarning: true) }
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
        var store = try Self.store()
        store.send(.moveRight) { $0.home.engagement = 1 }
        store.send(.open) {
            $0.history = [.home]
            $0.screen = .meeting("nato-russia-council")
        }
        let quotes = store.context.dossier.quotes(at: "nato-russia-council")
        // At the top of the page no quote is in view yet: the first one below is meant.
        #expect(quotes[0].text.hasPrefix("This was not an easy discussion."))
        let copyFirst = try Self.copy(quotes[0].id, store)
        store.send(.copyQuote(markdown: false), effects: [copyFirst]) {
            $0.notice = Notice(
                "copied to the clipboard: \u{201C}This was not an easy…\u{201D} \u{2014} Jens Stoltenberg")
        }
        let bottom = try #require(
            MeetingPage(
                id: "nato-russia-council", context: store.context, layout: DashboardLayout(size: store.state.size)))
        store.send(.jumpToBottom) {
            $0.meeting.scroll = bottom.maximumScroll
            $0.notice = nil
        }
        // At the bottom, the first quote that starts in view.
        let inView = try #require(bottom.quoteStarts.firstIndex { $0 >= bottom.maximumScroll })
        #expect(inView > 0)
        let last = quotes[inView]
        let copyLast = try Self.copy(last.id, store)
        let lastNotice = Notice(
            "copied to the clipboard: \u{201C}\(QuoteGist.opening(last.text, words: 5))\u{201D} \u{2014} \(store.context.dossier.speaker(last.speaker).name)"
        )
        #expect(copyLast != (try Self.copy(quotes[0].id, store)))
        store.send(.copyQuote(markdown: false), effects: [copyLast]) { $0.notice = lastNotice }
    }

    @Test func positionsTabStepsThroughSupportingQuotesAndEnterOpensOne() throws {
        var store = try Self.store()
        store.send(.showTab(.positions)) { $0.screen = .positions }
        // Russia and the US on NATO enlargement: Ryabkov twice, then Smith.
        #expect(
            store.context.supportingQuotes(of: store.state) == [
                "ryabkov-ironclad", "ryabkov-never-never", "smith-enlargement",
            ])
        store.send(.stepSupportingQuote(1)) { $0.positions.quote = 1 }
        store.send(.stepSupportingQuote(1)) { $0.positions.quote = 2 }
        store.send(.stepSupportingQuote(1)) { $0.positions.quote = 0 }
        store.send(.stepSupportingQuote(-1)) { $0.positions.quote = 2 }
        let smith = try #require(store.context.dossier.quote("smith-enlargement"))
        let copySmith = try Self.copy(smith.id, store)
        store.send(.copyQuote(markdown: false), effects: [copySmith]) {
            $0.notice = Notice(
                "copied to the clipboard: \u{201C}\(QuoteGist.opening(smith.text, words: 5))\u{201D} \u{2014} Julianne Smith"
            )
        }
        // Enter shows the quote on the quotes screen, every quote listed, the detail open.
        store.send(.open, effects: [.search(SearchRequest(query: "", generation: 1))]) {
            $0.notice = nil
            $0.history = [.positions]
            $0.screen = .quotes
            $0.quotes.focus = .detail
            $0.quotes.pendingSelection = "smith-enlargement"
            $0.quotes.generation = 1
        }
        store.send(.back) {
            $0.history = []
            $0.screen = .positions
            $0.quotes.focus = .list
        }
        // Another issue starts again from its first quote.
        store.send(.moveDown) {
            $0.positions.issue = 1
            $0.positions.quote = 0
        }
    }

    @Test func agreementTableTogglesAndSharesNothingMeanwhile() throws {
        var store = try Self.store()
        store.send(.showTab(.positions)) { $0.screen = .positions }
        store.send(.toggleAgreement) { $0.positions.showsAgreement = true }
        store.send(.copyQuote(markdown: true)) {
            $0.notice = Notice("Y: nothing to copy here \u{2014} select a quote first", isWarning: true)
        }
        store.send(.toggleAgreement) {
            $0.positions.showsAgreement = false
            $0.notice = nil
        }
    }

    @Test func eAsksForABriefingOfWhatIsOnScreen() throws {
        var store = try Self.store()
        let writing = Notice("writing the briefing\u{2026}")
        store.send(.exportBriefing, effects: [.writeBriefing(BriefingRequest(subject: "week"))]) { $0.notice = writing }
        store.send(.showTab(.positions)) {
            $0.screen = .positions
            $0.notice = nil
        }
        store.send(
            .exportBriefing,
            effects: [.writeBriefing(BriefingRequest(parties: ["russia", "us"], subject: "positions"))]
        ) {
            $0.notice = writing
        }
        store.send(.startSearch, effects: [.search(SearchRequest(query: "", generation: 1))]) {
            $0.notice = nil
            $0.screen = .quotes
            $0.quotes.isEditing = true
            $0.quotes.generation = 1
        }
        for character in "speaker:grushko" {
            let query = store.state.quotes.query + String(character)
            let generation = store.state.quotes.generation + 1
            store.send(
                .typeInSearch(character), effects: [.search(SearchRequest(query: query, generation: generation))]
            ) {
                $0.quotes.query = query
                $0.quotes.generation = generation
            }
        }
        store.receive(.search(SearchRequest(query: "speaker:grushko", generation: 16))) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "speaker:grushko"
        }
        let briefing = BriefingRequest(
            quotes: ["grushko-unacceptable-risks"], query: "speaker:grushko", subject: "quotes")
        store.send(.exportBriefing, effects: [.writeBriefing(briefing)]) { $0.notice = writing }
    }

    @Test func aLinkThatIsNotAWebAddressIsNeverOpened() throws {
        var store = try Self.store("markup")
        store.send(.focusNext) { $0.home.focus = .quotes }
        let url = "https://example.org/a?x=1&y=<b>\"q\"(p)"
        store.send(.openLink, effects: [.openLink(url)]) { $0.notice = Notice("opening \(url)") }
        store.send(.moveDown) {
            $0.home.quote = 1
            $0.notice = nil
        }
        store.send(.openLink) {
            $0.notice = Notice("o: not a web address, not opened: javascript:alert(document.cookie)", isWarning: true)
        }
    }
}
