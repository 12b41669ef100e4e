import ParleyModel
import Testing

@testable import ParleyUI

/// Each widget drawn alone into a small grid and compared with the literal frame it must give
/// (ratatui's `Buffer::with_lines`), its text and its roles: changing one widget changes its
/// own test here, not every whole screen's snapshot.
struct WidgetTests {
    static func grid(_ width: Int, _ height: Int, draw: (inout CellGrid) -> Void) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: height))
        draw(&grid)
        return grid
    }

    static func text(_ lines: [StyledLine]) -> [String] { lines.map { $0.segments.map(\.text).joined() } }

    static let week = try! BundledDossier.load()
    static let context = DashboardContext(dossier: week)

    @Test func aFocusedBoxWithATitleAndNotes() {
        var inside = Rect(x: 0, y: 0, width: 0, height: 0)
        let grid = Self.grid(20, 4) {
            inside = Chrome.box(
                &$0, Rect(x: 0, y: 0, width: 20, height: 4), title: "Quotes", focused: true, glyphs: .unicode,
                leftNote: "3/9", rightNote: "▼")
        }
        #expect(
            grid.lines == [
                "┌ Quotes ─────── ▼ ┐",
                "│                  │",
                "│                  │",
                "└ 3/9 ─────────────┘",
            ])
        #expect(
            grid.roleLines == [
                "BBBBBBBBBBBBBBBBaaaB",
                "B..................B",
                "B..................B",
                "BaaaaaBBBBBBBBBBBBBB",
            ])
        #expect(inside == Rect(x: 1, y: 1, width: 18, height: 2))
    }

    @Test func anUnfocusedBoxInASCIICutsItsTitle() {
        let grid = Self.grid(12, 3) {
            Chrome.box(
                &$0, Rect(x: 0, y: 0, width: 12, height: 3), title: "Positions of the parties", focused: false,
                glyphs: .ascii)
        }
        #expect(
            grid.lines == [
                "+ Positi~--+",
                "|          |",
                "+----------+",
            ])
        #expect(
            grid.roleLines == [
                "bTTTTTTTTbbb",
                "b..........b",
                "bbbbbbbbbbbb",
            ])
    }

    @Test func theStatusLineDropsItsNoteBeforeAKey() {
        let layout = DashboardLayout(size: Size(width: 40, height: 3))
        let hints = [(keys: "/", what: "search"), (keys: "q", what: "quit")]
        let roomy = Self.grid(40, 3) { Chrome.statusLine(&$0, layout: layout, hints: hints, note: "16 quotes") }
        let tight = Self.grid(40, 3) {
            Chrome.statusLine(&$0, layout: layout, hints: hints, note: "a note far too long to sit beside both keys")
        }
        #expect(
            [roomy.lines[2], tight.lines[2]] == [
                " / search  q quit             16 quotes ",
                " / search  q quit                       ",
            ])
        #expect(
            [roomy.roleLines[2], tight.roleLines[2]] == [
                "_k_________k____________________________",
                "_k_________k____________________________",
            ])
    }

    @Test func theGenevaCardKeepsWhatMattersMostWhenShort() throws {
        let geneva = try #require(Self.week.engagement("geneva-ssd"))
        #expect(
            Self.text(EngagementCard.lines(geneva, context: Self.context, width: 30, height: 12)) == [
                "US–Russia Strategic Stability ",
                "Dialogue",
                "U.S. Mission in Geneva",
                "US + Russia, extraordinary ",
                "session, closed",
                "US Wendy Sherman",
                "RU Sergei Ryabkov",
                "Length nearly eight hours",
                "Outcome",
                "No breakthrough. Russia said ",
                "its demand that NATO stop ",
                "expanding had made no headwa…",
            ])
        // Five lines: the venue and the outcome give way; the format is cut to one line.
        #expect(
            Self.text(EngagementCard.lines(geneva, context: Self.context, width: 30, height: 5)) == [
                "US–Russia Strategic Stability ",
                "Dialogue",
                "US + Russia, extraordinary …",
                "US Wendy Sherman",
                "RU Sergei Ryabkov",
            ])
    }

    @Test func aMatrixCellGivesTheStanceItsAnswerAndItsQuotes() throws {
        let comparison = PositionComparison(dossier: Self.week, parties: ["russia", "us"])
        let stance = try #require(comparison.rows.first?.stances.first ?? nil)
        #expect(
            Self.text(PositionsPage.cell(stance, dossier: Self.week, glyphs: .unicode, width: 30, chosenQuote: nil))
                == [
                    "Wants a legally binding pledge",
                    "that NATO takes in no new ",
                    "members, Ukraine first among ",
                    "them, and asked that the 2008 ",
                    "Bucharest promise of eventual ",
                    "membership to Ukraine and ",
                    "Georgia be withdrawn.",
                    "✗ answer: no",
                    "“We need ironclad, waterproof,",
                    "bulletproof, legally…” — ",
                    "Sergei Ryabkov, 2022-01-10",
                    "“For us, it\'s absolutely ",
                    "mandatory to…” — Sergei ",
                    "Ryabkov, 2022-01-10",
                ])
    }

    @Test func theHelpOverlay() {
        let size = Size(width: 80, height: 24)
        let grid = Self.grid(80, 24) {
            HelpOverlay.draw(
                &$0, state: AppState(size: size), keymap: .standard, glyphs: .unicode,
                layout: DashboardLayout(size: size))
        }
        #expect(
            grid.lines == [
                "                                                                                ",
                "                                                                                ",
                "                                                                                ",
                " ┌ Keys ──────────────────────────────────────────────────────────────────────┐ ",
                " │ Home                                 h ←        left                       │ ",
                " │ Enter      open the selected engagem l →        right                      │ ",
                " │ h ←        previous engagement       PgUp       page up                    │ ",
                " │ l →        next engagement           PgDn Space page down                  │ ",
                " │ k ↑        previous quote or issue   g Home     first                      │ ",
                " │ j ↓        next quote or issue       G End      last                       │ ",
                " │                                      Enter      open                       │ ",
                " │ Everywhere                           Esc        back                       │ ",
                " │ 1          Home: the week at a glanc y          copy the quote with its c  │ ",
                " │ 2          Quotes: search what was s Y          copy the quote and citati  │ ",
                " │ 3          Positions: parties side b o          open the source in a brow  │ ",
                " │ /          search the quotes         e          write a briefing of this   │ ",
                " │ Tab        next pane                 t          next colour theme          │ ",
                " │ Shift-Tab  previous pane             ?          this help                  │ ",
                " │ k ↑        up                        :          command palette: every ac  │ ",
                " │ j ↓        down                      q          quit                       │ ",
                " └ Esc or ? to close ─────────────────────────────────────────────────────────┘ ",
                "                                                                                ",
                "                                                                                ",
                "                                                                                ",
            ])
    }
}
