import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The terminal's cursor on every screen sits at the start of what is selected, or where the
/// next character typed goes: what screen readers and braille displays follow.
struct CursorTests {
    static let size = Size(width: 120, height: 40)

    /// The text of the row the cursor is on, from the cursor on.
    static func underCursor(_ store: InlineDashboard) throws -> String {
        let grid = store.render()
        let place = grid.cursor
        guard let cursor = place else {
            Issue.record("no cursor on \(store.state.screen)")
            return ""
        }
        return String(grid.lines[cursor.y].dropFirst(cursor.x))
    }

    @Test func theCursorFollowsTheSelectionOnEveryScreen() throws {
        var store = try TestDossiers.store(size: Self.size)
        let engagement = try #require(store.context.dossier.engagements.first)
        #expect(
            try Self.underCursor(store).hasPrefix(
                String(
                    EngagementCard.lines(engagement, context: store.context, width: 60, height: 10).first?.segments
                        .first?.text.prefix(6) ?? "")))
        store.press(.tab)
        let quote = try #require(store.context.quotesByDate.first)
        #expect(try Self.underCursor(store).hasPrefix("\(quote.date.day) \(quote.date.monthAbbreviation)"))
        store.press(.down)
        let second = try #require(store.context.quotesByDate.dropFirst().first)
        #expect(try Self.underCursor(store).hasPrefix("\(second.date.day) \(second.date.monthAbbreviation)"))
        // Quotes: the selected row's speaker; then the search line while typing.
        store.press(.character("2"))
        let first = try #require(store.state.quotes.results.map { store.context.entry($0, at: 0) })
        #expect(try Self.underCursor(store).hasPrefix(first.texts[.speaker]))
        store.press(.down)
        let next = try #require(store.state.quotes.results.map { store.context.entry($0, at: 1) })
        #expect(try Self.underCursor(store).hasPrefix(next.texts[.speaker]))
        store.press(.character("/"))
        store.type("ryab")
        let grid = store.render()
        let cursor = try #require(grid.cursor)
        #expect(grid.lines[cursor.y].hasPrefix("/ryab") && cursor.x == 5)
        store.press(.escape)
        // Positions: the selected issue's block; the meeting page: its first line.
        store.press(.character("3"))
        let issue = try #require(store.context.dossier.issues.first)
        #expect(try Self.underCursor(store).hasPrefix(String(issue.title.prefix(12))))
        store.press(.character("1"))
        store.press(.backTab)
        #expect(store.state.home.focus == .engagements)
        store.press(.enter)
        #expect(store.state.screen == .meeting(engagement.id))
        #expect(try Self.underCursor(store).hasPrefix(String(engagement.title.prefix(12))))
    }

    @Test func theReviewScreensCursorIsAtTheQuotationShownAndInThePicker() throws {
        var store = ReviewStore(
            state: ReviewState(size: Size(width: 100, height: 30), session: ReviewFixture.session, file: "c.yaml"))
        var grid = store.render()
        var cursor = try #require(grid.cursor)
        #expect(grid.lines[cursor.y].dropFirst(cursor.x).hasPrefix("▶ His rival"))
        store.press(.character("s"))
        grid = store.render()
        cursor = try #require(grid.cursor)
        #expect(grid.lines[cursor.y].dropFirst(cursor.x).hasPrefix("▶ Rupert Castell"))
    }
}
