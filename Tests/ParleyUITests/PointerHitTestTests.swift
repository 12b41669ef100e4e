import ParleyDashboard
import ParleyModel
import Testing

@testable import ParleyUI

/// What a mouse report lands on, screen by screen, before the reducer sees it.
struct PointerHitTestTests {
    private func context() throws -> DashboardContext { DashboardContext(dossier: try BundledDossier.load()) }

    @Test func tabsComeFirst() throws {
        let state = AppState(size: Size(width: 100, height: 30))
        let quotes = try #require(DashboardLayout(size: state.size).tabs().first { $0.tab == .quotes })
        #expect(PointerHitTest.target(x: quotes.rect.x, y: 0, in: state, context: try context()) == .tab(.quotes))
    }

    @Test func homeCardsRowsAndMatrix() throws {
        let context = try context()
        let state = AppState(size: Size(width: 100, height: 30))
        let home = DashboardLayout(size: state.size).home(engagements: 3)
        #expect(
            PointerHitTest.target(x: home.pane(1).x + 2, y: home.pane(1).y + 2, in: state, context: context)
                == .engagement(1))
        #expect(
            PointerHitTest.target(x: home.quotes.x + 3, y: home.quotes.y + 1, in: state, context: context)
                == .homeQuotes(0))
        // The pane's border is the pane, but no row.
        #expect(
            PointerHitTest.target(x: home.quotes.x + 3, y: home.quotes.y, in: state, context: context)
                == .homeQuotes(nil))
        #expect(
            PointerHitTest.target(x: home.positions.x + 3, y: home.positions.y + 2, in: state, context: context)
                == .homeIssues(0))
    }

    @Test func theQuotesScreensListDetailAndSearchLine() throws {
        var store = InlineDashboard(size: Size(width: 100, height: 30), context: try context())
        store.send(.startSearch)
        let parts = DashboardLayout(size: store.state.size).quotes(showsSearchLine: true)
        #expect(
            PointerHitTest.target(
                x: parts.list.x + 2, y: parts.list.y + 1 + DashboardLayout.Quotes.rowsPerEntry, in: store.state,
                context: store.context) == .quotesList(1))
        #expect(
            PointerHitTest.target(x: parts.detail.x + 2, y: parts.detail.y + 2, in: store.state, context: store.context)
                == .quotesDetail)
        let line = try #require(parts.searchLine)
        #expect(PointerHitTest.target(x: line.x + 1, y: line.y, in: store.state, context: store.context) == .searchLine)
    }

    @Test func thePartyHeaderOnEitherSide() throws {
        var state = AppState(size: Size(width: 100, height: 30))
        state.screen = .positions
        let y = DashboardLayout(size: state.size).body.y + 1
        #expect(PointerHitTest.target(x: 5, y: y, in: state, context: try context()) == .partyHeader(left: true))
        #expect(PointerHitTest.target(x: 95, y: y, in: state, context: try context()) == .partyHeader(left: false))
    }

    @Test func aTooSmallTerminalHasNothingToClick() throws {
        #expect(
            PointerHitTest.target(x: 1, y: 0, in: AppState(size: Size(width: 20, height: 5)), context: try context())
                == .nothing)
    }

    @Test func pressesAreClicksAndTheWheelScrollsThree() throws {
        let state = AppState(size: Size(width: 100, height: 30))
        let context = try context()
        #expect(
            PointerHitTest.action(for: MouseEvent(.press, x: 0, y: 29), in: state, context: context) == .click(.nothing)
        )
        #expect(
            PointerHitTest.action(for: MouseEvent(.wheelDown, x: 0, y: 29), in: state, context: context)
                == .wheel(3, over: .nothing))
        #expect(
            PointerHitTest.action(for: MouseEvent(.wheelUp, x: 0, y: 29), in: state, context: context)
                == .wheel(-3, over: .nothing))
    }
}
