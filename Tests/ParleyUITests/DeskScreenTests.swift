import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The dashboard on the Zenda desk of three weeks: `<` and `>`, the timeline and the week it
/// chooses, checked action by action, and the frames it draws compared line by line.
struct DeskScreenTests {
    static let folder = Repository.path("Tests/ParleyUITests/Frames/zenda-desk")

    /// The Zenda desk as `parley --desk` reads it.
    static func desk() throws -> Desk {
        let weeks = try DeskFixture.weeks.map { name in
            let path = DeskFixture.folder + "/" + name
            let loaded = try DossierLoader.load(path: path)
            return DeskWeek(file: path, dossier: loaded.dossier, places: loaded.places)
        }
        return try #require(Desk.assemble(weeks, name: "zenda-desk").desk)
    }

    private static func store() throws -> TestStore {
        TestStore(context: DashboardContext(desk: try desk()))
    }

    @Test func theDeskOpensOnItsLatestWeek() throws {
        let store = try Self.store()
        #expect(store.context.week == 2)
        #expect(store.context.dossier.id == "zenda-2030-03-15")
    }

    @Test func angleBracketsStepThroughTheWeeksAndStopAtTheEnds() throws {
        var store = try Self.store()
        store.send(.stepWeek(1)) { $0.notice = Notice("this is the latest week") }
        store.send(.stepWeek(-1)) { $0.notice = nil }
        #expect(store.context.week == 1)
        store.send(.stepWeek(-1))
        #expect(store.context.dossier.id == "zenda-2030-03-01")
        store.send(.stepWeek(-1)) { $0.notice = Notice("this is the first week") }
        #expect(store.context.week == 0)
    }

    @Test func oneWeekSaysThereIsNothingToStepTo() throws {
        var store = TestStore(context: DashboardContext(dossier: try TestDossiers.load("bundled")))
        store.send(.stepWeek(-1)) {
            $0.notice = Notice("one week only: < and > step through the weeks of a desk (parley --desk DIR)")
        }
        store.send(.showTab(.timeline)) {
            $0.notice = Notice("the timeline shows a desk of several weeks (parley --desk DIR)")
        }
    }

    @Test func theTimelineChoosesTheWeekTheOtherScreensShow() throws {
        var store = try Self.store()
        let timeline = store.context.timeline
        // The timeline opens on home's engagement, in the latest week.
        let opening = try #require(timeline.firstIndex { $0.weekIndex == 2 })
        store.send(.showTab(.timeline)) {
            $0.screen = .timeline
            $0.timeline.selection = opening
        }
        store.send(.jumpToTop) {
            $0.timeline.selection = 0
            $0.timeline.offset = 0
        }
        #expect(store.context.week == 0, "the first engagement is in the first week")
        #expect(store.context.dossier.engagements[store.state.home.engagement].id == timeline[0].engagement.id)
        // Enter opens the engagement's meeting page.
        store.send(.open) {
            $0.history = [.timeline]
            $0.screen = .meeting(timeline[0].engagement.id)
        }
    }

    @Test func steppingOnQuotesNamesTheWeekInTheQuery() throws {
        #expect(
            WeekReducer.query("border week:zenda-2030-03-15 sapt", naming: "zenda-2030-03-08")
                == "week:zenda-2030-03-08 border sapt")
        #expect(WeekReducer.query("", naming: "zenda-2030-03-01") == "week:zenda-2030-03-01")
    }

    @Test func positionsSayWhereEachPartyStoodInTheWeeksBefore() throws {
        let desk = try Self.desk()
        let lines = { (week: Int) in
            PositionsPage.lines(
                state: AppState(size: Size(width: 200, height: 60)), context: DashboardContext(desk: desk, week: week),
                width: 200, parties: [0, 1]
            ).document.lines.map { $0.segments.map(\.text).joined() }
        }
        // The first week has nothing before it.
        #expect(!lines(0).contains { $0.contains("Before this week") })
        // The last: Ruritania held its border stance until this week; on monitors it moved in week 2.
        let last = lines(2)
        #expect(last.filter { $0.hasPrefix("Before this week: ✓ since week 1 (1 Mar) ") }.count == 1)
        #expect(last.contains { $0.hasPrefix("Before this week ") })
        #expect(last.contains { $0.hasPrefix("✗ week 1 (1 Mar): No foreign monitors on its soil. ") })
        #expect(last.contains { $0.hasPrefix("≈ week 2, Working group on monitors (10 Mar): Unarmed monitors only. ") })
    }

    @Test func aLongHistoryListsItsLatestMovesAndCountsTheRest() throws {
        let steps = (0..<7).map { week in
            StanceHistory.Step(
                weekIndex: week, week: "w\(week)", date: Day("2030-01-0\(week + 1)")!, engagement: nil,
                position: Position(
                    party: "a", issue: "i", stance: "Stance \(week).", answer: week.isMultiple(of: 2) ? .yes : .no),
                moved: week > 0)
        }
        let party = Party(id: "a", name: "A")
        let lines = PositionsPage.weekLines(
            StanceHistory.PartyHistory(party: party, steps: steps), through: 6, glyphs: .unicode, width: 60
        ).map { $0.segments.map(\.text).joined() }
        #expect(
            lines == [
                "", "Before this week", "… 2 earlier moves", "✓ week 3 (3 Jan): Stance 2.",
                "✗ week 4 (4 Jan): Stance 3.",
                "✓ week 5 (5 Jan): Stance 4.", "✗ week 6 (6 Jan): Stance 5.",
            ])
    }

    /// The timeline and home at two sizes, and the quotes screen searching one week.
    static let cases: [(screen: String, size: String)] = ["timeline", "home", "positions", "quotes"].flatMap { screen in
        ["80x24", "120x40"].map { (screen, $0) }
    }

    @Test(arguments: cases)
    func frameMatchesTheRecordedOne(screen: String, size: String) throws {
        var store = InlineDashboard(
            size: try #require(Size(parsing: size)), context: DashboardContext(desk: try Self.desk()))
        switch screen {
        case "timeline":
            store.press(.character("4"))
            store.press(.up)
        case "positions":
            store.press(.character("3"))
            store.press(.character("<"))
        case "quotes":
            store.press(.character("2"))
            store.press(.character("<"))
        default:
            store.press(.character("<"))
        }
        let grid = store.render()
        let base = "\(Self.folder)/\(screen)-\(size)"
        try Snapshot.check(grid.lines.joined(separator: "\n") + "\n", against: base + ".txt")
        try Snapshot.check(grid.roleLines.joined(separator: "\n") + "\n", against: base + ".roles")
    }
}
