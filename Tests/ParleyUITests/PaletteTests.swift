import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The command palette `:`: the screen's actions by name and key, fuzzy; the commands with
/// an argument; what Enter, Tab, Backspace and Esc do; and the box it draws.
struct PaletteTests {
    static func store(
        themes: [String] = ["default", "light", "dark"], keymap: Keymap = .standard,
        size: Size = Size(width: 100, height: 30)
    ) throws -> InlineDashboard {
        InlineDashboard(
            size: size, context: DashboardContext(dossier: try TestDossiers.load("bundled"), themeNames: themes),
            keymap: keymap)
    }

    static func type(_ text: String, into store: inout InlineDashboard) {
        for character in text { store.press(.character(character)) }
    }

    static func titles(_ store: InlineDashboard) -> [String] {
        guard let palette = store.state.palette else { return [] }
        return PaletteRows.rows(palette, context: store.context, saved: store.state.quotes.saved).map(\.title)
    }

    @Test func colonListsTheScreensActionsItsOwnFirst() throws {
        var store = try Self.store()
        store.press(.character("2"))
        store.press(.character(":"))
        let palette = try #require(store.state.palette)
        let names = palette.entries.map(\.name)
        #expect(
            names.prefix(9) == [
                "search", "next-match", "previous-match", "open", "collect", "sort", "flag", "note", "back",
            ])
        #expect(names.contains("quit"))
        #expect(!names.contains("palette"))
        // One week: its keys for weeks and the timeline do nothing, so they are not offered.
        #expect(!names.contains("next-week"))
        #expect(!names.contains("show-timeline"))
        // The commands come after the actions when nothing is typed.
        #expect(
            Self.titles(store).suffix(5) == [
                "theme NAME", "export markdown|html", "week ID|YYYY-MM-DD", "goto QUOTE_ID", "save NAME",
            ])
    }

    @Test func typingFiltersByNameFuzzilyAndAKeyFindsItsAction() throws {
        var store = try Self.store()
        store.press(.character("2"))
        store.press(.character(":"))
        Self.type("s", into: &store)
        #expect(Self.titles(store).first == "sort")
        Self.type("rt", into: &store)
        #expect(Self.titles(store).first == "sort")
        store.press(.enter)
        #expect(store.state.palette == nil)
        #expect(store.state.quotes.order == .newest)
        store.press(.character(":"))
        Self.type("prvmtch", into: &store)
        #expect(Self.titles(store).first == "previous-match")
        store.press(.escape)
        #expect(store.state.palette == nil)
    }

    @Test func theKeysShownAreTheKeymapsInForce() throws {
        let file = KeymapFile.parse(bytes: Array("quotes:\n  sort: S\n".utf8), file: "keys.yaml")
        var store = try Self.store(keymap: Keymap.standard.applying(file).keymap)
        store.press(.character("2"))
        store.press(.character(":"))
        #expect(store.state.palette?.entries.first { $0.name == "sort" }?.keys == "S")
        Self.type("S", into: &store)
        #expect(Self.titles(store).first == "sort")
    }

    @Test func themeTakesANameAndTabCompletes() throws {
        var store = try Self.store()
        store.press(.character(":"))
        Self.type("th", into: &store)
        #expect(Self.titles(store).first == "theme NAME")
        store.press(.tab)
        #expect(store.state.palette?.text == "theme ")
        #expect(Self.titles(store) == ["theme default", "theme light", "theme dark"])
        Self.type("lig", into: &store)
        #expect(Self.titles(store) == ["theme light"])
        store.press(.enter)
        #expect(store.state.palette == nil)
        #expect(store.state.theme == 1)
        #expect(store.state.notice == Notice("theme light"))
        #expect(store.takeEffects() == [.applyTheme("light")])
    }

    @Test func enterOnACommandWithoutItsArgumentAsksForIt() throws {
        var store = try Self.store()
        store.press(.character(":"))
        Self.type("them", into: &store)
        store.press(.enter)
        #expect(store.state.palette?.text == "theme ")
        store.press(.escape)
        // A command's name typed out with a space gives its arguments.
        store.press(.character(":"))
        Self.type("export h", into: &store)
        #expect(Self.titles(store) == ["export html"])
        store.press(.enter)
        #expect(store.state.palette == nil)
        guard case let .writeBriefing(request) = store.takeEffects().first else {
            Issue.record("no briefing asked for")
            return
        }
        #expect(request.html)
        #expect(request.subject == "week")
    }

    @Test func gotoReadsTheQuoteOfThatID() throws {
        var store = try Self.store()
        let quote = try #require(store.context.dossier.quotes.dropFirst(3).first)
        store.press(.character(":"))
        Self.type("goto " + quote.id, into: &store)
        #expect(Self.titles(store).first == "goto " + quote.id)
        store.press(.enter)
        #expect(store.state.screen == .quotes)
        #expect(store.state.quotes.focus == .detail)
        let results = try #require(store.state.quotes.results)
        #expect(store.context.entry(results, at: store.state.quotes.selection).dossierQuote?.id == quote.id)
        // Esc goes back to where the palette was opened.
        store.press(.escape)
        #expect(store.state.screen == .home)
    }

    @Test func somethingNothingAnswersToIsSaidAndThePaletteStays() throws {
        var store = try Self.store()
        store.press(.character(":"))
        Self.type("zzqx", into: &store)
        #expect(Self.titles(store) == [])
        store.press(.enter)
        #expect(store.state.palette?.text == "zzqx")
        #expect(store.state.notice == Notice("nothing here answers to 'zzqx'", isWarning: true))
        store.press(.character(":"))
        Self.type("goto no-such-quote", into: &store)
        #expect(Self.titles(store) == [])
        // Backspace erases, and on an empty line closes.
        for _ in 0..<"zzqx:goto no-such-quote".count { store.press(.backspace) }
        #expect(store.state.palette?.text == "")
        store.press(.backspace)
        #expect(store.state.palette == nil)
    }

    @Test func weekOnOneWeekSaysSoAndOnADeskShowsThatWeek() throws {
        var single = try Self.store()
        single.press(.character(":"))
        Self.type("week 2022-01-11", into: &single)
        #expect(Self.titles(single) == ["week 2022-01-11"])
        single.press(.enter)
        #expect(single.state.notice?.text.hasPrefix("one week only") == true)

        let weeks = try DeskFixture.weeks.map { name in
            let path = DeskFixture.folder + "/" + name
            let loaded = try DossierLoader.load(path: path)
            return DeskWeek(file: path, dossier: loaded.dossier, places: loaded.places)
        }
        let desk = try #require(Desk.assemble(weeks, name: "zenda-desk").desk)
        var store = InlineDashboard(size: Size(width: 100, height: 30), context: DashboardContext(desk: desk))
        #expect(store.context.week == 2)
        store.press(.character(":"))
        #expect(store.state.palette?.entries.contains { $0.name == "next-week" } == true)
        Self.type("week ", into: &store)
        #expect(Self.titles(store) == desk.weeks.map { "week " + $0.id })
        Self.type(desk.weeks[0].id, into: &store)
        store.press(.enter)
        #expect(store.context.week == 0)
    }

    @Test func thePaletteIsDrawnWithTheCursorOnItsLine() throws {
        var store = try Self.store(size: Size(width: 80, height: 24))
        store.press(.character(":"))
        Self.type("co", into: &store)
        let grid = store.render()
        let lines = grid.lines
        #expect(
            Array(lines[1...6]) == [
                "┌ Commands ──────────────────────────────────────────────────────────── 2 rows ┐",
                "│ :co                                                                          │",
                "│                                                                              │",
                "│ copy           y           copy the quote with its citation                  │",
                "│ copy-markdown  Y           copy the quote and citation as Markdown           │",
                "└ Esc closes ──────────────────────────────────────────────────────────────────┘",
            ])
        // The cursor where the next character goes.
        #expect(grid.cursor == Point(x: 5, y: 2))
        #expect(lines.last?.contains("Enter run") == true)
    }
}

/// `:save NAME` keeps the quotes screen's search; `@NAME` in the palette runs it again.
struct SavedSearchPaletteTests {
    @Test func saveKeepsTheSearchAndAtRunsItAgain() throws {
        var store = try PaletteTests.store()
        store.press(.character(":"))
        PaletteTests.type("save nato", into: &store)
        store.press(.enter)
        // Nothing to keep before a search.
        #expect(store.state.notice?.isWarning == true)
        #expect(store.state.quotes.saved == [])
        store.press(.character("2"))
        store.press(.character("/"))
        PaletteTests.type("ryab", into: &store)
        store.press(.enter)
        #expect(store.takeEffects() == [.saveHistory(["ryab"])])
        store.press(.character(":"))
        PaletteTests.type("save", into: &store)
        store.press(.tab)
        PaletteTests.type("ry-1", into: &store)
        #expect(PaletteTests.titles(store) == ["save ry-1"])
        store.press(.enter)
        #expect(store.state.quotes.saved == [SavedSearch(name: "ry-1", query: "ryab")])
        #expect(store.takeEffects() == [.saveSearch(SavedSearch(name: "ry-1", query: "ryab"))])
        // A name that could not be typed after @ on a command line is not offered.
        store.press(.character(":"))
        PaletteTests.type("save two words", into: &store)
        #expect(PaletteTests.titles(store) == [])
        store.press(.escape)
        store.press(.character("1"))
        store.press(.character(":"))
        PaletteTests.type("@", into: &store)
        #expect(PaletteTests.titles(store) == ["@ry-1"])
        store.press(.enter)
        #expect(store.state.screen == .quotes)
        #expect(store.state.quotes.appliedQuery == "ryab")
        #expect(store.state.quotes.results?.count == 3)
    }
}
