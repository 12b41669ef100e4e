import ParleyDashboard
import ParleyModel
import ParleyYAML
import Testing

@testable import ParleyUI

/// A keymap file put in force: keys changed where it says, every problem a warning at its
/// line and column with the action keeping its keys.
struct KeymapFileTests {
    func state(_ screen: Screen, editing: Bool = false) -> AppState {
        var state = AppState(size: Size(width: 80, height: 24))
        state.screen = screen
        state.quotes.isEditing = editing
        return state
    }

    func applied(_ yaml: String) -> (keymap: Keymap, problems: [String]) {
        let file = KeymapFile.parse(bytes: Array(yaml.utf8), file: "keys.yaml")
        let (keymap, problems) = Keymap.standard.applying(file)
        return (keymap, problems.map(\.description))
    }

    @Test func aGlobalEntrySetsTheKeysOnEveryScreen() {
        let (keymap, problems) = applied("global:\n  quit: [q, ctrl-x]\n  help: f1\n")
        #expect(problems == [])
        for screen in [Screen.home, .quotes, .positions, .timeline, .meeting("geneva")] {
            #expect(keymap.action(for: .control("x"), in: state(screen)) == .quit)
            #expect(keymap.action(for: .function(1), in: state(screen)) == .toggleHelp)
            #expect(keymap.action(for: .character("?"), in: state(screen)) == nil)
        }
        // Help is closed by the key that opened it, and still by Esc.
        var help = state(.home)
        help.showsHelp = true
        #expect(keymap.action(for: .function(1), in: help) == .toggleHelp)
        #expect(keymap.action(for: .escape, in: help) == .toggleHelp)
    }

    @Test func helpQuitsByTheQuitKeysInForce() {
        let (keymap, _) = applied("global:\n  quit: ctrl-x\n  first: q\n")
        var help = state(.home)
        help.showsHelp = true
        #expect(keymap.action(for: .control("x"), in: help) == .quit)
        #expect(keymap.action(for: .character("q"), in: help) == nil)
        #expect(keymap.action(for: .character("q"), in: state(.home)) == .jumpToTop)
        // Below the smallest size only "q quits" is shown, so q does, beside the keys in force.
        let tiny = AppState(size: Size(width: 20, height: 5))
        #expect(keymap.action(for: .character("q"), in: tiny) == .quit)
        #expect(keymap.action(for: .control("x"), in: tiny) == .quit)
    }

    @Test func aScreensEntryWinsOnThatScreenOnly() {
        let (keymap, problems) = applied("home:\n  left: a\n  right: d\nquotes:\n  sort: S\n")
        #expect(problems == [])
        #expect(keymap.action(for: .character("a"), in: state(.home)) == .moveLeft)
        #expect(keymap.action(for: .character("d"), in: state(.home)) == .moveRight)
        // On Home, h no longer moves left (the screen's own keys answer for its actions) …
        #expect(keymap.action(for: .character("h"), in: state(.home)) == nil)
        // … and everywhere else it still does.
        #expect(keymap.action(for: .character("h"), in: state(.positions)) == .moveLeft)
        #expect(keymap.action(for: .character("S"), in: state(.quotes)) == .cycleOrder)
        #expect(keymap.action(for: .character("s"), in: state(.quotes)) == nil)
    }

    @Test func aGlobalActionCanBeGivenKeysOnOneScreen() {
        let (keymap, problems) = applied("timeline:\n  copy: c\n")
        #expect(problems == [])
        #expect(keymap.action(for: .character("c"), in: state(.timeline)) == .copyQuote(markdown: false))
        #expect(keymap.action(for: .character("y"), in: state(.timeline)) == nil)
        #expect(keymap.action(for: .character("y"), in: state(.home)) == .copyQuote(markdown: false))
    }

    @Test func twoKeysSwappedInOneFileAreNoClash() {
        let (keymap, problems) = applied("quotes:\n  sort: m\n  flag: s\n")
        #expect(problems == [])
        #expect(keymap.action(for: .character("m"), in: state(.quotes)) == .cycleOrder)
        #expect(keymap.action(for: .character("s"), in: state(.quotes)) == .flagQuote)
    }

    @Test func aKeyBoundTwiceIsAWarningAndTheActionKeepsItsKeys() {
        let (keymap, problems) = applied("global:\n  down: [j, n]\n")
        #expect(
            problems == [
                "keys.yaml:2:3: warning: 'n' would be bound twice on the quotes screen: to next-match and to down; 'down' keeps its keys"
            ])
        #expect(keymap.action(for: .character("n"), in: state(.quotes)) == .nextMatch)
        #expect(keymap.action(for: .character("n"), in: state(.home)) == nil)
        #expect(keymap.action(for: .down, in: state(.home)) == .moveDown)
    }

    @Test func unknownNamesAreWarningsWithWhereAndAHint() {
        let (keymap, problems) = applied(
            """
            qoutes:
              up: k
            quotes:
              srot: x
              sort: ctrl-é
            home:
              sort: z
            search:
              keep-search: x
            global:
              quit: [q, hyper-q]
              help: ctrl-s
            """)
        #expect(
            problems == [
                "keys.yaml:1:1: warning: 'qoutes' is not a section of the keymap; did you mean 'quotes'?",
                "keys.yaml:4:3: warning: 'srot' is not an action of quotes; did you mean 'sort'?",
                "keys.yaml:5:9: warning: 'ctrl-é' is not a key; write a character (q, G, /), a name (up, pgdn, enter, esc, tab, shift-tab, space, backspace, home, end), ctrl-LETTER or f1–f24; 'sort' keeps its keys",
                "keys.yaml:7:3: warning: 'sort' is an action of quotes, not of home",
                "keys.yaml:9:3: warning: 'x' is typed as text in search, so it cannot be keep-search; use a key that types nothing (ctrl-LETTER, f1–f24, a named key)",
                "keys.yaml:11:13: warning: 'hyper-q' is not a key; write a character (q, G, /), a name (up, pgdn, enter, esc, tab, shift-tab, space, backspace, home, end), ctrl-LETTER or f1–f24; 'quit' keeps its keys",
                "keys.yaml:12:9: warning: 'ctrl-s' never reaches parley: the terminal keeps Ctrl-S and Ctrl-Q to stop and restart output; 'help' keeps its keys",
            ])
        // Nothing changed: every entry had a problem.
        #expect(keymap.action(for: .character("q"), in: state(.home)) == .quit)
        #expect(keymap.action(for: .character("s"), in: state(.quotes)) == .cycleOrder)
        #expect(keymap.action(for: .enter, in: state(.quotes, editing: true)) == .acceptSearch)
    }

    @Test func aFileThatDoesNotReadIsOneWarningAndTheShippedKeys() {
        let broken = applied("global:\n  quit: [q\n")
        #expect(broken.problems.count == 1)
        #expect(broken.problems.first?.hasPrefix("keys.yaml:") == true)
        #expect(broken.problems.first?.contains(": warning: ") == true)
        #expect(broken.keymap.action(for: .character("q"), in: state(.home)) == .quit)
        let notAMapping = applied("- quit\n")
        #expect(
            notAMapping.problems == [
                "keys.yaml:1:1: warning: a keymap maps sections (global, home, meeting, quotes, positions, timeline, search, picker, noting, palette, review) to actions and their keys, found a list"
            ])
        #expect(applied("").problems == [])
        #expect(applied("# only a comment\n").problems == [])
    }

    @Test func hostileNamesNeverReachAMessageRaw() {
        let (_, problems) = applied("global:\n  \"qu\\u202Eit\": x\n  quit: \"\\e[2J\"\n")
        #expect(problems.count == 2)
        for problem in problems {
            #expect(!problem.unicodeScalars.contains { $0.value < 0x20 || $0.properties.isBidiControl })
        }
    }

    @Test func anActionCanBeLeftWithoutAKey() {
        let (keymap, problems) = applied("global:\n  next-theme: []\n")
        #expect(problems == [])
        #expect(keymap.action(for: .character("t"), in: state(.home)) == nil)
        // The status line leaves out a hint for an action with no key.
        #expect(keymap.binding(for: .cycleTheme, in: state(.home)) == nil)
    }

    @Test func helpAndTheStatusLineShowTheKeysInForce() throws {
        let (keymap, _) = applied("global:\n  search: f\n  quit: ctrl-x\n")
        var store = InlineDashboard(
            size: Size(width: 100, height: 30),
            context: DashboardContext(dossier: try TestDossiers.load("bundled")), keymap: keymap)
        let status = store.render().lines.last ?? ""
        #expect(status.contains("f search"))
        #expect(status.contains("Ctrl-X quit"))
        #expect(!status.contains("/ search"))
        store.press(.character("?"))
        let help = store.render().lines.joined(separator: "\n")
        #expect(help.contains("Ctrl-X     quit"))
        #expect(help.contains("f          search the quotes"))
        store.press(.escape)
        store.press(.character("f"))
        #expect(store.state.quotes.isEditing)
    }

    @Test func everyShippedActionHasOneNameAndEveryKeyAName() {
        let keymap = Keymap.standard
        var names: [String: Action] = [:]
        for (name, action) in ActionName.dashboard {
            #expect(names[name] == nil, "\(name) twice")
            names[name] = action
        }
        for section in KeymapSection.allCases where section != .review {
            for binding in keymap.bindings(of: section) {
                #expect(ActionName.of(binding.action) != nil, "\(binding.action) in \(section) has no name")
                for key in binding.keys { #expect(KeyEvent(keyName: key.keyName) == key, "\(key)") }
            }
        }
        for binding in ReviewKeymap.standard.reviewing {
            #expect(ActionName.of(binding.action) != nil, "\(binding.action) has no name")
            for key in binding.keys { #expect(KeyEvent(keyName: key.keyName) == key, "\(key)") }
        }
        // What help shows reads back as well.
        #expect(KeyEvent(keyName: "Ctrl-W") == .control("w"))
        #expect(KeyEvent(keyName: "PgDn") == .pageDown)
        #expect(KeyEvent(keyName: "↑") == .up)
        #expect(KeyEvent(keyName: "ctrl-m") == nil)
        #expect(KeyEvent(keyName: "f25") == nil)
        #expect(KeyEvent(keyName: "\u{202E}") == nil)
    }

    @Test func theReviewSectionChangesTheReviewKeys() {
        let file = KeymapFile.parse(
            bytes: Array("review:\n  accept: A\n  reject: a\n  wirte: w\n  undo: s\n".utf8), file: "keys.yaml")
        let (keymap, problems) = ReviewKeymap.standard.applying(file)
        #expect(
            problems.map(\.description) == [
                "keys.yaml:4:3: warning: 'wirte' is not an action of review; did you mean 'write'?",
                "keys.yaml:5:3: warning: 's' would be bound twice on the review screen: to speaker and to undo; 'undo' keeps its keys",
            ])
        #expect(keymap.reviewing.first { $0.action == .accept }?.keys == [.character("A")])
        #expect(keymap.reviewing.first { $0.action == .reject }?.keys == [.character("a")])
        #expect(keymap.reviewing.first { $0.action == .undo }?.keys == [.character("u")])
        // The dashboard's keymap ignores the review's section.
        #expect(Keymap.standard.applying(file).problems == [])
    }
}
