import Foundation
import ParleyTestSupport
import Testing

/// The terminal's cursor, read from a real terminal under tmux, sits at the selected item as
/// the selection moves: what a screen reader or a braille display follows.
@Suite(.serialized)
struct CursorEndToEndTests {
    /// The text from the cursor to the end of its row.
    static func underCursor(_ harness: TmuxHarness) throws -> String {
        let cursor = try harness.cursor()
        let rows = try harness.screen().components(separatedBy: "\n")
        guard cursor.y < rows.count else { return "" }
        return String(rows[cursor.y].dropFirst(cursor.x))
    }

    @Test func theCursorFollowsTheSelectedQuoteAndTheSearchLine() throws {
        let harness = try TmuxHarness(arguments: [], width: 120, height: 40)
        defer { harness.stop() }
        try harness.waitFor("Key quotes")
        try harness.press("2")
        try harness.waitFor("Quotes (16)")
        // The first quote's speaker begins where the cursor is; j moves it one quote (two rows) down.
        let first = try harness.cursor()
        #expect(try Self.underCursor(harness).hasPrefix("Wendy Sherman · US"))
        try harness.press("j")
        var moved = try harness.cursor()
        for _ in 0..<50 where moved.y == first.y {
            usleep(20_000)
            moved = try harness.cursor()
        }
        #expect(moved.x == first.x && moved.y == first.y + 2)
        #expect(try Self.underCursor(harness).hasPrefix("Wendy Sherman · US"))
        try harness.press("/")
        try harness.type("ryab")
        try harness.waitFor("/ryab")
        var cursor = try harness.cursor()
        for _ in 0..<50 where cursor.x != 5 {
            usleep(20_000)
            cursor = try harness.cursor()
        }
        let rows = try harness.screen().components(separatedBy: "\n")
        #expect(cursor.x == 5 && rows[cursor.y].hasPrefix("/ryab"))
    }

    @Test func theAccessibleDashboardIsOneColumnWithTheCursorShownOnTheSelection() throws {
        for (arguments, environment) in [(["--accessible"], [String: String?]()), ([], ["PARLEY_ACCESSIBLE": "1"])] {
            let harness = try TmuxHarness(arguments: arguments, width: 100, height: 30, environment: environment)
            defer { harness.stop() }
            try harness.waitFor("Engagement 1 of 3: US–Russia Strategic Stability Dialogue.")
            #expect(try Self.underCursor(harness).hasPrefix("Engagement 1 of 3:"))
            #expect(try harness.cursorShown(), "the cursor is shown for a screen reader to follow")
            try harness.press("Tab")
            try harness.waitFor("Keys: Tab pane")
            var under = try Self.underCursor(harness)
            for _ in 0..<50 where !under.hasPrefix("Quote 1 of 16") {
                usleep(20_000)
                under = try Self.underCursor(harness)
            }
            #expect(under.hasPrefix("Quote 1 of 16: Wendy Sherman, US, 10 January 2022"))
            let screen = try harness.screen()
            #expect(!screen.contains("┌") && !screen.contains("│") && !screen.contains("✓"))
            try harness.press("q")
            let ending = try harness.waitForExit()
            #expect(ending.status == 0)
            harness.expectRestored(ending)
        }
    }
}
