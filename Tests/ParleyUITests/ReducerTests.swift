import ParleyArchive
import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Each action's exact effect on the whole state, and every effect it asks for, checked with
/// `TestStore` after each action (the Composable Architecture's way).
struct ReducerTests {
    private static func store(_ name: String = "bundled", size: Size = Size(width: 80, height: 24)) throws -> TestStore
    {
        TestStore(context: DashboardContext(dossier: try TestDossiers.load(name)), size: size)
    }

    private static func search(_ query: String, _ generation: Int) -> Effect {
        .search(SearchRequest(query: query, generation: generation))
    }

    /// Types into the open search line: each key adds to the query and asks for it under a new generation.
    private static func type(
        _ text: String, into store: inout TestStore, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for character in text {
            let query = store.state.quotes.query + String(character)
            let generation = store.state.quotes.generation + 1
            store.send(.typeInSearch(character), effects: [search(query, generation)], sourceLocation: sourceLocation) {
                $0.quotes.query = query
                $0.quotes.generation = generation
            }
        }
    }

    /// Opens the search line from home: the quotes screen, its first search, the line open.
    private static func startSearching(_ store: inout TestStore) {
        store.send(.startSearch, effects: [search("", 1)]) {
            $0.screen = .quotes
            $0.quotes.generation = 1
            $0.quotes.isEditing = true
        }
    }

    @Test func tabCyclesHomePanesForwardAndBack() throws {
        var store = try Self.store()
        store.send(.focusNext) { $0.home.focus = .quotes }
        store.send(.focusNext) { $0.home.focus = .positions }
        store.send(.focusNext) { $0.home.focus = .engagements }
        store.send(.focusPrevious) { $0.home.focus = .positions }
    }

    @Test func engagementSelectionClampsAtBothEnds() throws {
        var store = try Self.store()
        store.send(.moveLeft)
        store.send(.moveRight) { $0.home.engagement = 1 }
        store.send(.moveRight) { $0.home.engagement = 2 }
        store.send(.moveRight)
        store.send(.jumpToTop) { $0.home.engagement = 0 }
        store.send(.jumpToBottom) { $0.home.engagement = 2 }
    }

    @Test func engagementRowScrollsWhenMoreThanFit() throws {
        // 80 columns hold three cards of at least 26 columns.
        var store = try Self.store("seven-engagements")
        store.send(.moveRight) { $0.home.engagement = 1 }
        store.send(.moveRight) { $0.home.engagement = 2 }
        store.send(.moveRight) {
            $0.home.engagement = 3
            $0.home.firstEngagement = 1
        }
        store.send(.jumpToBottom) {
            $0.home.engagement = 6
            $0.home.firstEngagement = 4
        }
        store.send(.moveLeft) { $0.home.engagement = 5 }
        store.send(.moveLeft) { $0.home.engagement = 4 }
        store.send(.moveLeft) {
            $0.home.engagement = 3
            $0.home.firstEngagement = 3
        }
    }

    @Test func enterOpensTheMeetingAndEscComesBack() throws {
        var store = try Self.store()
        store.send(.moveRight) { $0.home.engagement = 1 }
        store.send(.open) {
            $0.history = [.home]
            $0.screen = .meeting("nato-russia-council")
        }
        store.send(.moveDown) { $0.meeting.scroll = 1 }
        store.send(.back) {
            $0.history = []
            $0.screen = .home
        }
    }

    @Test func meetingScrollStopsAtTheEnd() throws {
        var store = try Self.store()
        let id = store.context.dossier.engagements[0].id
        let bottom = try #require(
            MeetingPage(id: id, context: store.context, layout: DashboardLayout(size: store.state.size))
        ).maximumScroll
        #expect(bottom > 0)
        store.send(.open) {
            $0.history = [.home]
            $0.screen = .meeting(id)
        }
        store.send(.jumpToBottom) { $0.meeting.scroll = bottom }
        store.send(.moveDown)
        store.send(.jumpToTop) { $0.meeting.scroll = 0 }
    }

    @Test func keyQuoteListScrollsWithTheSelection() throws {
        var store = try Self.store()
        store.send(.focusNext) { $0.home.focus = .quotes }
        let visible = HomeGeometry(size: store.state.size, context: store.context).visibleQuotes
        for index in 1...visible {
            store.send(.moveDown) {
                $0.home.quote = index
                // The row past the last one shown scrolls the list by one.
                if index == visible { $0.home.quoteOffset = 1 }
            }
        }
        let last = store.context.quotesByDate.count - 1
        store.send(.jumpToBottom) {
            $0.home.quote = last
            $0.home.quoteOffset = last - visible + 1
        }
    }

    @Test func showingQuotesAsksForTheFirstSearch() throws {
        var store = try Self.store()
        store.send(.showTab(.quotes), effects: [Self.search("", 1)]) {
            $0.screen = .quotes
            $0.quotes.generation = 1
        }
        store.receive(Self.search("", 1)) { $0.quotes.results = $1 }
        #expect(store.state.quotes.results?.count == 16)
        // Coming back later does not search again.
        store.send(.showTab(.home)) { $0.screen = .home }
        store.send(.showTab(.quotes)) { $0.screen = .quotes }
    }

    @Test func typingSearchesOnEveryKey() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("ryab", into: &store)
        #expect(store.state.quotes.generation == 5)
        store.receive(Self.search("ryab", 5)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "ryab"
        }
        #expect(store.state.quotes.results?.count == 3)
    }

    @Test func aNewQueryStartsAtItsBestMatch() throws {
        var store = try Self.store()
        store.send(.showTab(.quotes), effects: [Self.search("", 1)]) {
            $0.screen = .quotes
            $0.quotes.generation = 1
        }
        store.receive(Self.search("", 1)) { $0.quotes.results = $1 }
        let visible = QuotesGeometry(state: store.state).visibleEntries
        store.send(.jumpToBottom) {
            $0.quotes.selection = 15
            $0.quotes.offset = 15 - visible + 1
        }
        store.send(.startSearch) { $0.quotes.isEditing = true }
        Self.type("n", into: &store)
        store.receive(Self.search("n", 2)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "n"
            $0.quotes.selection = 0
            $0.quotes.offset = 0
        }
    }

    @Test func theSameQueryAgainKeepsThePlace() throws {
        var store = try Self.store()
        store.send(.showTab(.quotes), effects: [Self.search("", 1)]) {
            $0.screen = .quotes
            $0.quotes.generation = 1
        }
        store.receive(Self.search("", 1)) { $0.quotes.results = $1 }
        store.send(.moveDown) { $0.quotes.selection = 1 }
        store.send(.moveDown) { $0.quotes.selection = 2 }
        store.send(.startSearch) { $0.quotes.isEditing = true }
        store.send(.cancelSearch, effects: [Self.search("", 2)]) {
            $0.quotes.isEditing = false
            $0.quotes.generation = 2
        }
        store.receive(Self.search("", 2)) { $0.quotes.results = $1 }
        #expect(store.state.quotes.selection == 2)
    }

    @Test func staleSearchResultsAreIgnored() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("n", into: &store)
        let old = store.answer(Self.search("n", 2))
        Self.type("a", into: &store)
        // The answer for "n" arrives after "a" was typed: nothing changes.
        store.send(old)
        store.receive(Self.search("na", 3)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "na"
        }
    }

    @Test func malformedQueryKeepsTheLastResults() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("r", into: &store)
        store.receive(Self.search("r", 2)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "r"
        }
        Self.type(" \"", into: &store)
        store.receive(Self.search("r \"", 4)) { state, _ in
            state.quotes.error = QueryError("unclosed quote: add a closing \"", column: 3)
        }
        store.send(.eraseInSearch, effects: [Self.search("r ", 5)]) {
            $0.quotes.query = "r "
            $0.quotes.generation = 5
        }
        store.receive(Self.search("r ", 5)) {
            $0.quotes.error = nil
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "r "
        }
    }

    @Test func enterKeepsTheFilterAndEscClearsIt() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("drumbeat", into: &store)
        store.receive(Self.search("drumbeat", 9)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "drumbeat"
        }
        #expect(store.state.quotes.results?.count == 1)
        store.send(.acceptSearch, effects: [.saveHistory(["drumbeat"])]) {
            $0.quotes.isEditing = false
            $0.quotes.history = ["drumbeat"]
        }
        store.send(.startSearch) { $0.quotes.isEditing = true }
        store.send(.cancelSearch, effects: [Self.search("", 10)]) {
            $0.quotes.isEditing = false
            $0.quotes.query = ""
            $0.quotes.generation = 10
        }
        store.receive(Self.search("", 10)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = ""
        }
        #expect(store.state.quotes.results?.count == 16)
    }

    @Test func eraseWordRemovesTheLastWord() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("nato ukraine ", into: &store)
        store.send(.eraseWordInSearch, effects: [Self.search("nato ", 15)]) {
            $0.quotes.query = "nato "
            $0.quotes.generation = 15
        }
        store.send(.clearSearch, effects: [Self.search("", 16)]) {
            $0.quotes.query = ""
            $0.quotes.generation = 16
        }
    }

    @Test func nextMatchStepsThroughEveryOccurrenceAndWraps() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("never", into: &store)
        store.receive(Self.search("never", 6)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "never"
        }
        store.send(.acceptSearch, effects: [.saveHistory(["never"])]) {
            $0.quotes.isEditing = false
            $0.quotes.history = ["never"]
        }
        // "never, never, ever": one quote, two occurrences.
        #expect(store.state.quotes.results?.count == 1)
        store.send(.nextMatch) { $0.quotes.matchCursor = MatchCursor(result: 0, range: 0) }
        store.send(.nextMatch) { $0.quotes.matchCursor = MatchCursor(result: 0, range: 1) }
        store.send(.nextMatch) { $0.quotes.matchCursor = MatchCursor(result: 0, range: 0) }
        store.send(.previousMatch) { $0.quotes.matchCursor = MatchCursor(result: 0, range: 1) }
    }

    @Test func nextMatchMovesTheSelectionToTheMatchingQuote() throws {
        var store = try Self.store()
        Self.startSearching(&store)
        Self.type("ryabkov", into: &store)
        store.receive(Self.search("ryabkov", 8)) {
            $0.quotes.results = $1
            $0.quotes.appliedQuery = "ryabkov"
        }
        store.send(.acceptSearch, effects: [.saveHistory(["ryabkov"])]) {
            $0.quotes.isEditing = false
            $0.quotes.history = ["ryabkov"]
        }
        // Each Ryabkov quote matches on his name only: one stop each, wrapping round.
        store.send(.nextMatch) { $0.quotes.matchCursor = MatchCursor(result: 0, range: 0) }
        store.send(.nextMatch) {
            $0.quotes.matchCursor = MatchCursor(result: 1, range: 0)
            $0.quotes.selection = 1
        }
        store.send(.previousMatch) {
            $0.quotes.matchCursor = MatchCursor(result: 0, range: 0)
            $0.quotes.selection = 0
        }
        store.send(.previousMatch) {
            $0.quotes.matchCursor = MatchCursor(result: 2, range: 0)
            $0.quotes.selection = 2
        }
    }

    @Test func partiesCycleWithoutEverMatching() throws {
        var store = try Self.store()
        store.send(.showTab(.positions)) { $0.screen = .positions }
        #expect((store.state.positions.left, store.state.positions.right) == (0, 1))
        // Russia (0) would move to the United States (1), which is on the right: skipped to NATO.
        store.send(.cycleLeftParty(1)) { $0.positions.left = 2 }
        store.send(.cycleRightParty(-1)) { $0.positions.right = 0 }
        store.send(.cycleRightParty(-1)) { $0.positions.right = 4 }
    }

    @Test func selectedIssueStaysInView() throws {
        var store = try Self.store()
        store.send(.showTab(.positions)) { $0.screen = .positions }
        let page = PositionsPage(
            state: store.state, context: store.context, layout: DashboardLayout(size: store.state.size))
        let last = store.context.dossier.issues.count - 1
        let bottom = min(page.blockStarts[last], page.maximumScroll)
        #expect(bottom > 0)
        store.send(.jumpToBottom) {
            $0.positions.issue = last
            $0.positions.scroll = bottom
        }
        store.send(.jumpToTop) {
            $0.positions.issue = 0
            $0.positions.scroll = 0
        }
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
            context: DashboardContext(
                dossier: try TestDossiers.load("bundled"), themeNames: ["default", "light", "mono"]),
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

    @Test func theStoreLeavesSearchesToTheRuntime() throws {
        var store = DashboardStore(
            size: Size(width: 80, height: 24), context: DashboardContext(dossier: try TestDossiers.load("bundled")))
        store.press(.character("2"))
        #expect(store.state.quotes.results == nil)
        let effects = store.takeEffects()
        #expect(effects == [.search(SearchRequest(query: "", generation: 1))])
        #expect(store.takeEffects().isEmpty)
        if case let .search(request) = effects[0] { store.send(SearchRunner.run(request, in: store.context)) }
        #expect(store.state.quotes.results?.count == 16)
    }

    @Test func archiveProgressShowsThenTheArchiveIsSearched() throws {
        var store = try Self.store()
        store.send(.showTab(.quotes), effects: [Self.search("", 1)]) {
            $0.screen = .quotes
            $0.quotes.generation = 1
        }
        store.receive(Self.search("", 1)) { $0.quotes.results = $1 }
        let progress = ArchiveLoading(
            file: "/data/quotes.jsonl",
            progress: ArchiveProgress(
                stage: .indexing(totalBytes: 1000), bytes: 400, quotes: 40_000, elapsed: 2, stageElapsed: 1))
        store.send(.archiveProgress(progress)) { $0.loading = progress }
        // The archive joins what is searched, and the results on screen are searched again.
        let archive = OpenedArchive(store: EmptyArchive(name: "/data/quotes.jsonl", count: 100_000), skippedLines: 3)
        store.send(.archiveReady(archive), effects: [Self.search("", 2)]) {
            $0.loading = nil
            $0.notice = Notice("/data/quotes.jsonl: 100000 quotes loaded, 3 damaged lines skipped")
            $0.quotes.generation = 2
        }
        #expect(store.context.corpus.archives.map(\.name) == ["/data/quotes.jsonl"])
    }

    @Test func archiveReadyBeforeAnySearchAsksForNone() throws {
        var store = try Self.store()
        store.send(.archiveReady(OpenedArchive(store: EmptyArchive(name: "a.jsonl", count: 5)))) {
            $0.notice = Notice("a.jsonl: 5 quotes loaded")
        }
        #expect(store.context.corpus.archives.count == 1)
    }

    @Test func archiveFailureIsAWarning() throws {
        var store = try Self.store()
        let loading = ArchiveLoading(
            file: "a.jsonl",
            progress: ArchiveProgress(stage: .reading, bytes: 10, quotes: 0, elapsed: 1, stageElapsed: 1))
        store.send(.archiveProgress(loading)) { $0.loading = loading }
        store.send(.archiveFailed(file: "a.jsonl", reason: "permission denied")) {
            $0.loading = nil
            $0.notice = Notice("a.jsonl: permission denied", isWarning: true)
        }
        #expect(store.context.corpus.archives.isEmpty)
    }

    @Test func aReloadedDossierReplacesTheContextAndKeepsTheSelection() throws {
        var store = try Self.store(size: Size(width: 120, height: 40))
        store.send(.moveRight) { $0.home.engagement = 1 }
        let yaml = BundledDossier.yaml.replacingOccurrences(
            of: "engagements:\n",
            with: "engagements:\n  - {id: working-dinner, title: Working dinner, date: 2022-01-09}\n")
        let edited = try DossierLoader.load(yaml: yaml, file: "week.yaml").dossier
        // A new engagement earlier in the week moves the selected one along.
        store.send(.dossierReloaded(edited, file: "week.yaml")) {
            $0.home.engagement = 2
            // The timeline's selection is found again by id too.
            $0.timeline.selection = 1
            $0.notice = Notice("week.yaml reloaded")
        }
        #expect(store.context.dossier == edited)
    }

    @Test func helpSwallowsKeysUntilClosed() throws {
        var store = try Self.store()
        store.send(.toggleHelp) { $0.showsHelp = true }
        store.send(.moveRight)
        store.send(.toggleHelp) { $0.showsHelp = false }
        store.send(.moveRight) { $0.home.engagement = 1 }
    }

    @Test func resizeClampsAndTooSmallIgnoresMoves() throws {
        var store = try Self.store("seven-engagements", size: Size(width: 200, height: 60))
        store.send(.jumpToBottom) { $0.home.engagement = 6 }
        store.send(.resize(Size(width: 80, height: 24))) {
            $0.size = Size(width: 80, height: 24)
            $0.home.firstEngagement = 4
        }
        store.send(.resize(Size(width: 10, height: 5))) { $0.size = Size(width: 10, height: 5) }
        store.send(.moveLeft)
        store.send(.quit) { $0.isQuitting = true }
    }

    @Test func clickOnATabSwitchesScreens() throws {
        var store = try Self.store()
        let positions = try #require(DashboardLayout(size: store.state.size).tabs().first { $0.tab == .positions })
        store.pointer(MouseEvent(.press, x: positions.rect.x + 1, y: 0)) { $0.screen = .positions }
    }

    @Test func clickSelectsACardAndASecondClickOpensIt() throws {
        var store = try Self.store()
        let third = DashboardLayout(size: store.state.size).home(engagements: 3).pane(2)
        store.pointer(MouseEvent(.press, x: third.x + 3, y: third.y + 3)) { $0.home.engagement = 2 }
        store.pointer(MouseEvent(.press, x: third.x + 3, y: third.y + 3)) {
            $0.history = [.home]
            $0.screen = .meeting("osce-permanent-council")
        }
    }

    @Test func clickInTheQuotesPaneFocusesAndSelects() throws {
        var store = try Self.store()
        let quotes = DashboardLayout(size: store.state.size).home(engagements: 3).quotes
        store.pointer(MouseEvent(.press, x: quotes.x + 5, y: quotes.y + 3)) {
            $0.home.focus = .quotes
            $0.home.quote = 2
        }
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        var store = try Self.store()
        let quotes = DashboardLayout(size: store.state.size).home(engagements: 3).quotes
        let visible = HomeGeometry(size: store.state.size, context: store.context).visibleQuotes
        #expect(visible == 3)
        // Three rows a turn: the fourth quote, which scrolls the three-row pane by one.
        store.pointer(MouseEvent(.wheelDown, x: quotes.x + 5, y: quotes.y + 1)) {
            $0.home.focus = .quotes
            $0.home.quote = 3
            $0.home.quoteOffset = 1
        }
        store.pointer(MouseEvent(.wheelUp, x: quotes.x + 5, y: quotes.y + 1)) {
            $0.home.quote = 0
            $0.home.quoteOffset = 0
        }
    }

    @Test func theMeetingPageIsMeasuredAgainAtANewSize() throws {
        var store = try Self.store()
        let id = store.context.dossier.engagements[0].id
        func bottom(_ size: Size) throws -> Int {
            try #require(MeetingPage(id: id, context: store.context, layout: DashboardLayout(size: size))).maximumScroll
        }
        let small = try bottom(Size(width: 80, height: 24))
        let large = try bottom(Size(width: 200, height: 60))
        #expect(large < small)
        store.send(.open) {
            $0.history = [.home]
            $0.screen = .meeting(id)
        }
        store.send(.jumpToBottom) { $0.meeting.scroll = small }
        // Taller, the page needs less scrolling: the offset is clamped to the new measure.
        store.send(.resize(Size(width: 200, height: 60))) {
            $0.size = Size(width: 200, height: 60)
            $0.meeting.scroll = large
        }
        store.send(.resize(Size(width: 80, height: 24))) { $0.size = Size(width: 80, height: 24) }
        store.send(.jumpToBottom) { $0.meeting.scroll = small }
    }
}
