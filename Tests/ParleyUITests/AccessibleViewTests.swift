import ParleyArchive
import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The one-column dashboard of `--accessible`: one labelled item per line, words where the
/// panes have glyphs, the cursor on the selected item, and the same keys.
struct AccessibleViewTests {
    static func store(size: Size = Size(width: 80, height: 24)) throws -> InlineDashboard {
        InlineDashboard(
            DashboardStore(
                size: size, context: DashboardContext(dossier: try TestDossiers.load("bundled")), accessible: true))
    }

    /// The text of the cursor's row, from the cursor on.
    static func underCursor(_ store: InlineDashboard) -> String {
        let grid = store.render()
        guard let cursor = grid.cursor else { return "no cursor" }
        return String(grid.lines[cursor.y].dropFirst(cursor.x))
    }

    /// Box drawing, bars and the marks that stand for answers, none of which a frame may hold.
    static let glyphs = Set("─│┌┐└┘├┤╭╮╯╰▲▼◀▶●◐✓✗≈█░")

    @Test func homeIsOneLabelledItemPerLineWithTheCursorOnTheSelection() throws {
        let store = try Self.store()
        let lines = store.render().lines
        #expect(
            Array(lines[0...6]) == [
                "parley, Home. Russia meets the US, NATO and the OSCE: 10–13 January 2022        ",
                "Engagements, 3:                                                                 ",
                "Engagement 1 of 3: US–Russia Strategic Stability Dialogue. Mon 10 Jan 2022,     ",
                "  Geneva. Held. Outcome: No breakthrough. Russia said its demand that NATO stop ",
                "  expanding had made no headway; the US offered to meet again soon.             ",
                "Engagement 2 of 3: NATO–Russia Council. Wed 12 Jan 2022, Brussels. Held.        ",
                "  Outcome: Significant differences remained. The Allies restated NATO's open    ",
            ])
        #expect(lines[23].hasPrefix("Keys: Tab pane, Left Right engagement, Up Down select, Enter open, / search"))
        #expect(store.render().cursor == Point(x: 0, y: 2))
    }

    @Test func theKeysAreTheDashboardsAndTheCursorFollows() throws {
        var store = try Self.store()
        store.press(.character("l"))
        #expect(Self.underCursor(store).hasPrefix("Engagement 2 of 3: NATO–Russia Council."))
        store.press(.tab)
        #expect(Self.underCursor(store).hasPrefix("Quote 1 of 16: Wendy Sherman, US, 10 January 2022: “We had"))
        store.press(.character("j"))
        #expect(Self.underCursor(store).hasPrefix("Quote 2 of 16: Wendy Sherman, US, 10 January 2022: “It was"))
        store.press(.tab)
        #expect(
            Self.underCursor(store).hasPrefix(
                "Issue 1 of 7: NATO enlargement. Russia: no; United States: yes; NATO: yes;"))
        // Enter opens the issue on the positions screen, as on the panes.
        store.press(.enter)
        #expect(store.state.screen == .positions)
        #expect(Self.underCursor(store).hasPrefix("Issue 1 of 7: NATO enlargement. Question: Should NATO stay open"))
        store.press(.character("j"))
        #expect(Self.underCursor(store).hasPrefix("Issue 2 of 7: Ukraine in NATO."))
        // The mouse is left alone: there are no panes to point at.
        let before = store.state
        let handled = store.press(.mouse(MouseEvent(.press, x: 3, y: 5)))
        #expect(!handled)
        #expect(store.state == before)
    }

    @Test func theSearchLineHasTheCursorWhereTheNextCharacterGoes() throws {
        var store = try Self.store()
        store.press(.character("2"))
        store.press(.character("/"))
        for character in "ryab" { store.press(.character(character)) }
        let grid = store.render()
        #expect(grid.lines[1].hasPrefix("Search, typing: ryab"))
        #expect(grid.lines[2].hasPrefix("3 quotes, best match first:"))
        #expect(grid.lines[3].hasPrefix("Quote 1 of 3: Sergei Ryabkov, RU, 10 January 2022: “For us,"))
        #expect(grid.cursor == Point(x: 20, y: 1))
        store.press(.enter)
        #expect(Self.underCursor(store).hasPrefix("Quote 1 of 3: Sergei Ryabkov"))
        store.press(.enter)
        let detail = store.render().lines
        #expect(detail.contains { $0.hasPrefix("Speaker: Sergei Ryabkov") })
        #expect(detail.contains { $0.hasPrefix("Source: NPR (2022-01-10)") })
    }

    @Test func noFrameHoldsABoxABarOrAGlyphForAWord() throws {
        var store = try Self.store(size: Size(width: 100, height: 40))
        var frames: [[String]] = [store.render().lines]
        for key: KeyEvent in [
            .enter, .escape, .character("2"), .enter, .escape, .character("3"), .character("a"), .character("a"),
            .character("?"), .escape, .character(":"), .character("t"), .escape, .character("1"), .tab, .tab,
        ] {
            store.press(key)
            frames.append(store.render().lines)
        }
        for (index, frame) in frames.enumerated() {
            let found = frame.joined().filter { Self.glyphs.contains($0) }
            #expect(found.isEmpty, "frame \(index): \(found)")
        }
        // The answers in words, the stance moved said so.
        store.press(.character("3"))
        let positions = store.render().lines.joined(separator: " ")
        #expect(positions.contains("Russia: unclear, moved during the week."))
    }

    @Test func progressIsInWordsInStepsOfTen() throws {
        var store = try Self.store()
        let progress = ArchiveProgress(
            stage: .indexing(totalBytes: 1000), bytes: 437, quotes: 10, elapsed: 1, stageElapsed: 1)
        store.send(.archiveProgress(ArchiveLoading(file: "/data/quotes-2022.jsonl", progress: progress)))
        #expect(store.render().lines[23].hasPrefix("loading quotes-2022.jsonl: 40 percent"))
        var later = progress
        later.bytes = 449
        store.send(.archiveProgress(ArchiveLoading(file: "/data/quotes-2022.jsonl", progress: later)))
        #expect(store.render().lines[23].hasPrefix("loading quotes-2022.jsonl: 40 percent"), "the same words")
    }

    @Test func overlaysAreListsInPlaceOfTheScreen() throws {
        var store = try Self.store()
        store.press(.character("?"))
        var lines = store.render().lines
        #expect(lines[1].hasPrefix("Keys. Esc or ? closes this list."))
        #expect(lines[2].hasPrefix("Home:"))
        #expect(lines[3].hasPrefix("Enter: open the selected engagement, quote or issue"))
        #expect(lines[4].hasPrefix("h or Left: previous engagement"))
        store.press(.escape)
        store.press(.character(":"))
        for character in "sea" { store.press(.character(character)) }
        lines = store.render().lines
        #expect(lines[1].hasPrefix("Commands, typing: :sea"))
        #expect(lines[3].hasPrefix("Row 1 of 2: search, keys /: search the quotes (chosen)"))
        #expect(store.render().cursor == Point(x: 22, y: 1))
    }

    @Test func aTerminalTooSmallSaysSo() throws {
        let store = try Self.store(size: Size(width: 30, height: 8))
        let lines = store.render().lines
        #expect(lines[0].hasPrefix("The terminal is too small, 30"))
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").contains("q quits."))
    }
}
