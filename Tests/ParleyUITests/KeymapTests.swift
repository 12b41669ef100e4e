import ParleyModel
import Testing

@testable import ParleyUI

struct KeymapTests {
    let keymap = Keymap.standard

    func state(_ screen: Screen, editing: Bool = false, help: Bool = false) -> AppState {
        var state = AppState(size: Size(width: 80, height: 24))
        state.screen = screen
        state.quotes.isEditing = editing
        state.showsHelp = help
        return state
    }

    @Test func globalKeys() {
        let home = state(.home)
        #expect(keymap.action(for: .character("q"), in: home) == .quit)
        #expect(keymap.action(for: .character("?"), in: home) == .toggleHelp)
        #expect(keymap.action(for: .character("2"), in: home) == .showTab(.quotes))
        #expect(keymap.action(for: .character("3"), in: home) == .showTab(.positions))
        #expect(keymap.action(for: .tab, in: home) == .focusNext)
        #expect(keymap.action(for: .backTab, in: home) == .focusPrevious)
        #expect(keymap.action(for: .character("j"), in: home) == .moveDown)
        #expect(keymap.action(for: .pageDown, in: home) == .pageDown)
        #expect(keymap.action(for: .character("G"), in: home) == .jumpToBottom)
        #expect(keymap.action(for: .character("x"), in: home) == nil)
    }

    @Test func searchLineTakesPrintableKeysAsText() {
        let editing = state(.quotes, editing: true)
        #expect(keymap.action(for: .character("q"), in: editing) == .typeInSearch("q"))
        #expect(keymap.action(for: .character("1"), in: editing) == .typeInSearch("1"))
        #expect(keymap.action(for: .character("é"), in: editing) == .typeInSearch("é"))
        #expect(keymap.action(for: .enter, in: editing) == .acceptSearch)
        #expect(keymap.action(for: .escape, in: editing) == .cancelSearch)
        #expect(keymap.action(for: .backspace, in: editing) == .eraseInSearch)
        #expect(keymap.action(for: .control("w"), in: editing) == .eraseWordInSearch)
        #expect(keymap.action(for: .down, in: editing) == .stepHistory(1))
        #expect(keymap.action(for: .up, in: editing) == .stepHistory(-1))
    }

    @Test func screenKeysApplyOnlyOnTheirScreen() {
        #expect(keymap.action(for: .character("n"), in: state(.quotes)) == .nextMatch)
        #expect(keymap.action(for: .character("N"), in: state(.quotes)) == .previousMatch)
        #expect(keymap.action(for: .character("n"), in: state(.home)) == nil)
        #expect(keymap.action(for: .character("["), in: state(.positions)) == .cycleLeftParty(1))
        #expect(keymap.action(for: .character("]"), in: state(.positions)) == .cycleRightParty(1))
        #expect(keymap.action(for: .character("["), in: state(.home)) == nil)
    }

    @Test func helpOverlayTakesOnlyItsKeys() {
        let help = state(.home, help: true)
        #expect(keymap.action(for: .escape, in: help) == .toggleHelp)
        #expect(keymap.action(for: .character("?"), in: help) == .toggleHelp)
        #expect(keymap.action(for: .character("q"), in: help) == .quit)
        #expect(keymap.action(for: .character("j"), in: help) == nil)
    }

    @Test func resizeAlwaysGetsThroughAndTheMouseIsLeftToTheHitTest() {
        let editing = state(.quotes, editing: true, help: true)
        #expect(
            keymap.action(for: .resize(Size(width: 10, height: 10)), in: editing)
                == .resize(Size(width: 10, height: 10)))
        #expect(keymap.action(for: .mouse(MouseEvent(.press, x: 1, y: 1)), in: editing) == nil)
    }

    @Test func everyListedKeyDoesWhatHelpSays() {
        // Help is generated from the keymap; this checks no binding is shadowed by another.
        for screen in [Screen.home, .meeting("x"), .quotes, .positions] {
            let current = state(screen)
            for binding in keymap.local(for: screen) {
                for key in binding.keys {
                    #expect(keymap.action(for: key, in: current) == binding.action, "\(screen) \(key.label)")
                }
            }
            for binding in keymap.global
            where !keymap.local(for: screen).contains(where: { $0.keys.contains(where: binding.keys.contains) }) {
                for key in binding.keys {
                    #expect(keymap.action(for: key, in: current) == binding.action, "\(screen) \(key.label)")
                }
            }
        }
        let editing = state(.quotes, editing: true)
        for binding in keymap.search {
            for key in binding.keys { #expect(keymap.action(for: key, in: editing) == binding.action) }
        }
    }

    @Test func qQuitsATooSmallTerminalEvenWithTheSearchLineOpen() {
        // Found by ReducerPropertyTests (seed 20): "Terminal too small … q quits" while the search
        // line had the keyboard, so q was typed into the search and nothing could quit.
        var state = AppState(size: Size(width: 7, height: 98))
        state.screen = .quotes
        state.quotes.isEditing = true
        #expect(Keymap.standard.action(for: .character("q"), in: state) == .quit)
        #expect(Keymap.standard.action(for: .character("x"), in: state) == nil)
    }

    @Test func statusHintsNameTheKeysInForce() throws {
        var remapped = Keymap.standard
        remapped.global = remapped.global.map { $0.action == .quit ? KeyBinding([.character("x")], .quit, "quit") : $0 }
        remapped.global.removeAll { $0.action == .startSearch }
        let context = DashboardContext(dossier: try BundledDossier.load())
        let hints = { (keymap: Keymap, state: AppState) in
            DashboardView.statusHints(state, context: context, keymap: keymap).0.map { "\($0.keys) \($0.what)" }
        }
        #expect(
            hints(.standard, state(.home)) == [
                "Tab pane", "←→ engagement", "↑↓ select", "Enter open", "/ search", "? help", "q quit",
            ])
        // Quit moved to x, search unbound: the hints follow, and an unbound action is not offered.
        #expect(
            hints(remapped, state(.home)) == [
                "Tab pane", "←→ engagement", "↑↓ select", "Enter open", "? help", "x quit",
            ])
        // While typing, the search line's own bindings are the ones named.
        #expect(
            hints(.standard, state(.quotes, editing: true)) == [
                "Enter keep", "Esc clear", "↑↓ earlier searches", "Ctrl-U erase all",
            ])
        #expect(
            hints(.standard, state(.positions)) == [
                "[ ] parties", "↑↓ issue", "Tab quote", "Enter read", "a agreement", "? help", "q quit",
            ])
    }
}
