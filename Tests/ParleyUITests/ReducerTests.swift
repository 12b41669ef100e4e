import ParleyDashboard
import ParleyModel
import Testing
@testable import ParleyUI

/// Each action's exact effect on the state.
struct ReducerTests {
    @Test func tabCyclesHomePanesForwardAndBack() throws {
        var harness = try ReducerHarness()
        #expect(harness.state.home.focus == .engagements)
        harness.send(.focusNext)
        #expect(harness.state.home.focus == .quotes)
        harness.send(.focusNext)
        #expect(harness.state.home.focus == .positions)
        harness.send(.focusNext)
        #expect(harness.state.home.focus == .engagements)
        harness.send(.focusPrevious)
        #expect(harness.state.home.focus == .positions)
    }

    @Test func engagementSelectionClampsAtBothEnds() throws {
        var harness = try ReducerHarness()
        harness.send(.moveLeft)
        #expect(harness.state.home.engagement == 0)
        for _ in 0..<5 { harness.send(.moveRight) }
        #expect(harness.state.home.engagement == 2)
        harness.send(.jumpToTop)
        #expect(harness.state.home.engagement == 0)
        harness.send(.jumpToBottom)
        #expect(harness.state.home.engagement == 2)
    }

    @Test func engagementRowScrollsWhenMoreThanFit() throws {
        var harness = try ReducerHarness("seven-engagements", size: Size(width: 80, height: 24))
        // 80 columns hold three cards of at least 26 columns.
        for _ in 0..<3 { harness.send(.moveRight) }
        #expect(harness.state.home.engagement == 3)
        #expect(harness.state.home.firstEngagement == 1)
        harness.send(.jumpToBottom)
        #expect(harness.state.home.engagement == 6)
        #expect(harness.state.home.firstEngagement == 4)
        harness.send(.moveLeft)
        harness.send(.moveLeft)
        harness.send(.moveLeft)
        #expect(harness.state.home.engagement == 3)
        #expect(harness.state.home.firstEngagement == 3)
    }

    @Test func enterOpensTheMeetingAndEscComesBack() throws {
        var harness = try ReducerHarness()
        harness.send(.moveRight)
        harness.send(.open)
        #expect(harness.state.screen == .meeting("nato-russia-council"))
        #expect(harness.state.history == [.home])
        harness.send(.moveDown)
        #expect(harness.state.meeting.scroll == 1)
        harness.send(.back)
        #expect(harness.state.screen == .home)
        #expect(harness.state.history.isEmpty)
        #expect(harness.state.home.engagement == 1)
    }

    @Test func meetingScrollStopsAtTheEnd() throws {
        var harness = try ReducerHarness()
        harness.send(.open)
        harness.send(.jumpToBottom)
        let bottom = harness.state.meeting.scroll
        #expect(bottom > 0)
        harness.send(.moveDown)
        #expect(harness.state.meeting.scroll == bottom)
        harness.send(.jumpToTop)
        #expect(harness.state.meeting.scroll == 0)
    }

    @Test func keyQuoteListScrollsWithTheSelection() throws {
        var harness = try ReducerHarness()
        harness.send(.focusNext)
        let visible = HomeGeometry(size: harness.state.size, context: harness.context).visibleQuotes
        for _ in 0..<visible { harness.send(.moveDown) }
        #expect(harness.state.home.quote == visible)
        #expect(harness.state.home.quoteOffset == 1)
        harness.send(.jumpToBottom)
        #expect(harness.state.home.quote == harness.context.quotesByDate.count - 1)
    }

    @Test func showingQuotesAsksForTheFirstSearch() throws {
        var harness = try ReducerHarness()
        let effects = harness.send(.showTab(.quotes))
        #expect(harness.state.screen == .quotes)
        #expect(effects == [.search(SearchRequest(query: "", generation: 1))])
        harness.completeLastSearch()
        #expect(harness.state.quotes.results?.count == 16)
        // Coming back later does not search again.
        harness.send(.showTab(.home))
        #expect(harness.send(.showTab(.quotes)).isEmpty)
    }

    @Test func typingSearchesOnEveryKey() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        #expect(harness.state.screen == .quotes)
        #expect(harness.state.quotes.isEditing)
        var generations: [Int] = []
        for character in "ryab" {
            let effects = harness.send(.typeInSearch(character))
            if case let .search(request)? = effects.first { generations.append(request.generation) }
        }
        #expect(harness.state.quotes.query == "ryab")
        #expect(generations == [2, 3, 4, 5])
        harness.completeLastSearch()
        #expect(harness.state.quotes.appliedQuery == "ryab")
        #expect(harness.state.quotes.results?.count == 3)
        #expect(harness.state.quotes.selection == 0)
    }

    @Test func aNewQueryStartsAtItsBestMatch() throws {
        var harness = try ReducerHarness()
        harness.send(.showTab(.quotes))
        harness.completeLastSearch()
        harness.send(.jumpToBottom)
        #expect(harness.state.quotes.selection == 15)
        harness.send(.startSearch)
        harness.send(.typeInSearch("n"))
        harness.completeLastSearch()
        #expect(harness.state.quotes.selection == 0)
        #expect(harness.state.quotes.offset == 0)
    }

    @Test func theSameQueryAgainKeepsThePlace() throws {
        var harness = try ReducerHarness()
        harness.send(.showTab(.quotes))
        harness.completeLastSearch()
        harness.send(.moveDown)
        harness.send(.moveDown)
        harness.send(.startSearch)
        harness.send(.cancelSearch)
        harness.completeLastSearch()
        #expect(harness.state.quotes.selection == 2)
    }

    @Test func staleSearchResultsAreIgnored() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        harness.send(.typeInSearch("n"))
        let old = SearchRunner.run(SearchRequest(query: "n", generation: harness.state.quotes.generation), in: harness.context)
        harness.send(.typeInSearch("a"))
        harness.send(old)
        #expect(harness.state.quotes.appliedQuery == "")
        harness.completeLastSearch()
        #expect(harness.state.quotes.appliedQuery == "na")
    }

    @Test func malformedQueryKeepsTheLastResults() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        harness.send(.typeInSearch("r"))
        harness.completeLastSearch()
        let results = harness.state.quotes.results
        harness.send(.typeInSearch(" "))
        harness.send(.typeInSearch("\""))
        harness.completeLastSearch()
        #expect(harness.state.quotes.error == QueryError("unclosed quote: add a closing \"", column: 3))
        #expect(harness.state.quotes.results == results)
        harness.send(.eraseInSearch)
        harness.completeLastSearch()
        #expect(harness.state.quotes.error == nil)
    }

    @Test func enterKeepsTheFilterAndEscClearsIt() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        for character in "drumbeat" { harness.send(.typeInSearch(character)) }
        harness.completeLastSearch()
        harness.send(.acceptSearch)
        #expect(!harness.state.quotes.isEditing)
        #expect(harness.state.quotes.query == "drumbeat")
        #expect(harness.state.quotes.results?.count == 1)
        harness.send(.startSearch)
        harness.send(.cancelSearch)
        harness.completeLastSearch()
        #expect(!harness.state.quotes.isEditing)
        #expect(harness.state.quotes.query == "")
        #expect(harness.state.quotes.results?.count == 16)
    }

    @Test func eraseWordRemovesTheLastWord() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        for character in "nato ukraine " { harness.send(.typeInSearch(character)) }
        harness.send(.eraseWordInSearch)
        #expect(harness.state.quotes.query == "nato ")
        harness.send(.clearSearch)
        #expect(harness.state.quotes.query == "")
    }

    @Test func nextMatchStepsThroughEveryOccurrenceAndWraps() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        for character in "never" { harness.send(.typeInSearch(character)) }
        harness.completeLastSearch()
        harness.send(.acceptSearch)
        // "never, never, ever": one quote, two occurrences.
        #expect(harness.state.quotes.results?.count == 1)
        harness.send(.nextMatch)
        #expect(harness.state.quotes.matchCursor == MatchCursor(result: 0, range: 0))
        harness.send(.nextMatch)
        #expect(harness.state.quotes.matchCursor == MatchCursor(result: 0, range: 1))
        harness.send(.nextMatch)
        #expect(harness.state.quotes.matchCursor == MatchCursor(result: 0, range: 0))
        harness.send(.previousMatch)
        #expect(harness.state.quotes.matchCursor == MatchCursor(result: 0, range: 1))
    }

    @Test func nextMatchMovesTheSelectionToTheMatchingQuote() throws {
        var harness = try ReducerHarness()
        harness.send(.startSearch)
        for character in "ryabkov" { harness.send(.typeInSearch(character)) }
        harness.completeLastSearch()
        harness.send(.acceptSearch)
        // Each Ryabkov quote matches on his name only: one stop each.
        harness.send(.nextMatch)
        #expect(harness.state.quotes.matchCursor == MatchCursor(result: 0, range: 0))
        harness.send(.nextMatch)
        #expect(harness.state.quotes.matchCursor == MatchCursor(result: 1, range: 0))
        #expect(harness.state.quotes.selection == 1)
        harness.send(.previousMatch)
        harness.send(.previousMatch)
        #expect(harness.state.quotes.selection == 2)
    }

    @Test func partiesCycleWithoutEverMatching() throws {
        var harness = try ReducerHarness()
        harness.send(.showTab(.positions))
        #expect((harness.state.positions.left, harness.state.positions.right) == (0, 1))
        harness.send(.cycleLeftParty(1))
        // Russia (0) would move to the United States (1), which is on the right: skipped to NATO.
        #expect(harness.state.positions.left == 2)
        harness.send(.cycleRightParty(-1))
        #expect(harness.state.positions.right == 0)
        harness.send(.cycleRightParty(-1))
        #expect(harness.state.positions.right == 4)
    }

    @Test func selectedIssueStaysInView() throws {
        var harness = try ReducerHarness()
        harness.send(.showTab(.positions))
        harness.send(.jumpToBottom)
        #expect(harness.state.positions.issue == harness.context.dossier.issues.count - 1)
        #expect(harness.state.positions.scroll > 0)
        harness.send(.jumpToTop)
        #expect(harness.state.positions.scroll == 0)
    }

    @Test func openingAKeyQuoteSelectsItOnTheQuotesScreen() throws {
        var store = try TestDossiers.store()
        store.send(.focusNext)
        for _ in 0..<3 { store.send(.moveDown) }
        let id = store.context.quotesByDate[3].id
        store.send(.open)
        #expect(store.state.screen == .quotes)
        let selected = store.state.quotes.results.map { store.context.entry($0, at: store.state.quotes.selection).id }
        #expect(selected == id)
        #expect(store.state.quotes.focus == .detail)
        store.send(.back)
        #expect(store.state.screen == .home)
    }

    @Test func themesCycleAndAreAnnounced() throws {
        var store = DashboardStore(
            size: Size(width: 80, height: 24),
            context: DashboardContext(dossier: try TestDossiers.load("bundled"), themeNames: ["default", "light", "mono"]),
            notice: Notice("a theme problem", isWarning: true)
        )
        #expect(store.state.notice?.isWarning == true)
        store.press(.character("t"))
        #expect(store.state.theme == 1)
        #expect(store.state.notice == Notice("theme light (t for the next)"))
        // The terminal's colours change only when the runtime performs this effect.
        #expect(store.takeEffects() == [.applyTheme("light")])
        store.press(.character("j"))
        #expect(store.state.notice == nil)
        store.press(.character("t"))
        store.press(.character("t"))
        #expect(store.state.theme == 0)
        #expect(store.takeEffects() == [.applyTheme("mono"), .applyTheme("default")])
    }

    @Test func archiveProgressShowsThenTheArchiveIsSearched() throws {
        var harness = try ReducerHarness()
        harness.send(.showTab(.quotes))
        harness.completeLastSearch()
        let progress = ArchiveLoading(file: "/data/quotes.jsonl", progress: ArchiveProgress(stage: .indexing(totalBytes: 1000), bytes: 400, quotes: 40_000, elapsed: 2, stageElapsed: 1))
        #expect(harness.send(.archiveProgress(progress)).isEmpty)
        #expect(harness.state.loading == progress)
        let effects = harness.send(.archiveReady(OpenedArchive(store: EmptyArchive(name: "/data/quotes.jsonl", count: 100_000), skippedLines: 3)))
        #expect(harness.state.loading == nil)
        #expect(harness.state.notice == Notice("/data/quotes.jsonl: 100000 quotes loaded, 3 damaged lines skipped"))
        // The results on screen are searched again, now with the archive.
        #expect(effects == [.search(SearchRequest(query: "", generation: 2))])
    }

    @Test func archiveReadyBeforeAnySearchAsksForNone() throws {
        var harness = try ReducerHarness()
        #expect(harness.send(.archiveReady(OpenedArchive(store: EmptyArchive(name: "a.jsonl", count: 5)))).isEmpty)
        #expect(harness.state.notice == Notice("a.jsonl: 5 quotes loaded"))
    }

    @Test func archiveFailureIsAWarning() throws {
        var harness = try ReducerHarness()
        harness.send(.archiveProgress(ArchiveLoading(file: "a.jsonl", progress: ArchiveProgress(stage: .reading, bytes: 10, quotes: 0, elapsed: 1, stageElapsed: 1))))
        harness.send(.archiveFailed(file: "a.jsonl", reason: "permission denied"))
        #expect(harness.state.loading == nil)
        #expect(harness.state.notice == Notice("a.jsonl: permission denied", isWarning: true))
    }

    @Test func theStoreLeavesSearchesToTheRuntime() throws {
        var store = DashboardStore(size: Size(width: 80, height: 24), context: DashboardContext(dossier: try TestDossiers.load("bundled")))
        store.press(.character("2"))
        #expect(store.state.quotes.results == nil)
        let effects = store.takeEffects()
        #expect(effects == [.search(SearchRequest(query: "", generation: 1))])
        #expect(store.takeEffects().isEmpty)
        if case let .search(request) = effects[0] { store.send(SearchRunner.run(request, in: store.context)) }
        #expect(store.state.quotes.results?.count == 16)
    }

    @Test func helpSwallowsKeysUntilClosed() throws {
        var harness = try ReducerHarness()
        harness.send(.toggleHelp)
        #expect(harness.state.showsHelp)
        harness.send(.moveRight)
        #expect(harness.state.home.engagement == 0)
        harness.send(.toggleHelp)
        harness.send(.moveRight)
        #expect(harness.state.home.engagement == 1)
    }

    @Test func resizeClampsAndTooSmallIgnoresMoves() throws {
        var harness = try ReducerHarness("seven-engagements", size: Size(width: 200, height: 60))
        harness.send(.jumpToBottom)
        #expect(harness.state.home.firstEngagement == 0)
        harness.send(.resize(Size(width: 80, height: 24)))
        #expect(harness.state.home.firstEngagement == 4)
        harness.send(.resize(Size(width: 10, height: 5)))
        harness.send(.moveLeft)
        #expect(harness.state.home.engagement == 6)
        harness.send(.quit)
        #expect(harness.state.isQuitting)
    }

    @Test func clickOnATabSwitchesScreens() throws {
        var harness = try ReducerHarness()
        let layout = DashboardLayout(size: harness.state.size)
        let positions = try #require(layout.tabs.first { $0.tab == .positions })
        harness.pointer(MouseEvent(.press, x: positions.rect.x + 1, y: 0))
        #expect(harness.state.screen == .positions)
    }

    @Test func clickSelectsACardAndASecondClickOpensIt() throws {
        var harness = try ReducerHarness()
        let home = DashboardLayout(size: harness.state.size).home(engagements: 3)
        let third = home.pane(2)
        harness.pointer(MouseEvent(.press, x: third.x + 3, y: third.y + 3))
        #expect(harness.state.home.engagement == 2)
        #expect(harness.state.screen == .home)
        harness.pointer(MouseEvent(.press, x: third.x + 3, y: third.y + 3))
        #expect(harness.state.screen == .meeting("osce-permanent-council"))
    }

    @Test func clickInTheQuotesPaneFocusesAndSelects() throws {
        var harness = try ReducerHarness()
        let quotes = DashboardLayout(size: harness.state.size).home(engagements: 3).quotes
        harness.pointer(MouseEvent(.press, x: quotes.x + 5, y: quotes.y + 3))
        #expect(harness.state.home.focus == .quotes)
        #expect(harness.state.home.quote == 2)
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        var harness = try ReducerHarness()
        let quotes = DashboardLayout(size: harness.state.size).home(engagements: 3).quotes
        harness.pointer(MouseEvent(.wheelDown, x: quotes.x + 5, y: quotes.y + 1))
        #expect(harness.state.home.focus == .quotes)
        #expect(harness.state.home.quote == 3)
        harness.pointer(MouseEvent(.wheelUp, x: quotes.x + 5, y: quotes.y + 1))
        #expect(harness.state.home.quote == 0)
    }

    @Test func theMeetingPageIsMeasuredAgainAtANewSize() throws {
        var harness = try ReducerHarness(size: Size(width: 80, height: 24))
        harness.send(.open)
        harness.send(.jumpToBottom)
        let small = harness.state.meeting.scroll
        #expect(small > 0)
        // Taller, the page needs less scrolling: the offset is clamped to the new measure.
        harness.send(.resize(Size(width: 200, height: 60)))
        #expect(harness.state.meeting.scroll < small)
        harness.send(.resize(Size(width: 80, height: 24)))
        harness.send(.jumpToBottom)
        #expect(harness.state.meeting.scroll == small)
    }

}
