/// One key (or several equivalent keys) and what it does, with the words help shows for it.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [KeyEvent]
    public var action: Action
    public var help: String

    public init(_ keys: [KeyEvent], _ action: Action, _ help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// The keys as help writes them: "j ↓".
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// Which keys do what, as data: looked up for every key press, listed by the help overlay.
///
/// Bindings are grouped by where they apply. The search line takes printable characters as
/// text, so while it is open only its own bindings (and resize and mouse) count.
public struct Keymap: Sendable {
    public var global: [KeyBinding]
    public var home: [KeyBinding]
    public var meeting: [KeyBinding]
    public var quotes: [KeyBinding]
    public var search: [KeyBinding]
    public var positions: [KeyBinding]
    public var timeline: [KeyBinding]
    /// While the picker `c` opens is up, only these count.
    public var picker: [KeyBinding] = [
        KeyBinding([.character("k"), .up], .moveUp, "up"),
        KeyBinding([.character("j"), .down], .moveDown, "down"),
        KeyBinding([.character(" ")], .togglePick, "mark or unmark the issue"),
        KeyBinding([.enter], .open, "choose, and go on"),
        KeyBinding([.escape], .back, "keep nothing"),
    ]

    /// While the flag or note line `m` and `M` open is up, only these count; other characters are text.
    public var noting: [KeyBinding] = [
        KeyBinding([.up], .moveUp, "the flag before"),
        KeyBinding([.down], .moveDown, "the next flag"),
        KeyBinding([.enter], .open, "keep it"),
        KeyBinding([.backspace], .eraseInNote, "erase a character"),
        KeyBinding([.escape], .back, "keep nothing"),
    ]

    /// While the command palette `:` opens is up, only these count; other characters are text.
    public var palette: [KeyBinding] = [
        KeyBinding([.up, .control("p")], .moveUp, "the row before"),
        KeyBinding([.down, .control("n")], .moveDown, "the next row"),
        KeyBinding([.tab], .completeInPalette, "complete the chosen row's name"),
        KeyBinding([.enter], .open, "run the chosen row"),
        KeyBinding([.backspace], .eraseInPalette, "erase a character (on an empty line, close)"),
        KeyBinding([.escape], .back, "close the palette"),
    ]

    /// The keys parley ships with.
    public static let standard = Keymap(
        global: [
            KeyBinding([.character("1")], .showTab(.home), "Home: the week at a glance"),
            KeyBinding([.character("2")], .showTab(.quotes), "Quotes: search what was said"),
            KeyBinding([.character("3")], .showTab(.positions), "Positions: parties side by side"),
            KeyBinding([.character("4")], .showTab(.timeline), "Timeline: every week of the desk"),
            KeyBinding([.character("<")], .stepWeek(-1), "the previous week"),
            KeyBinding([.character(">")], .stepWeek(1), "the next week"),
            KeyBinding([.character("/")], .startSearch, "search the quotes"),
            KeyBinding([.tab], .focusNext, "next pane"),
            KeyBinding([.backTab], .focusPrevious, "previous pane"),
            KeyBinding([.character("k"), .up], .moveUp, "up"),
            KeyBinding([.character("j"), .down], .moveDown, "down"),
            KeyBinding([.character("h"), .left], .moveLeft, "left"),
            KeyBinding([.character("l"), .right], .moveRight, "right"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown, .character(" ")], .pageDown, "page down"),
            KeyBinding([.character("g"), .home], .jumpToTop, "first"),
            KeyBinding([.character("G"), .end], .jumpToBottom, "last"),
            KeyBinding([.enter], .open, "open"),
            KeyBinding([.escape], .back, "back"),
            KeyBinding([.character("y")], .copyQuote(markdown: false), "copy the quote with its citation"),
            KeyBinding([.character("Y")], .copyQuote(markdown: true), "copy the quote and citation as Markdown"),
            KeyBinding([.character("o")], .openLink, "open the source in a browser"),
            KeyBinding([.character("e")], .exportBriefing, "write a briefing of this screen to a file"),
            KeyBinding([.character("t")], .cycleTheme, "next colour theme"),
            KeyBinding([.character("?")], .toggleHelp, "this help"),
            KeyBinding([.character(":")], .openPalette, "command palette: every action by name"),
            KeyBinding([.character("q")], .quit, "quit"),
        ],
        home: [
            KeyBinding([.enter], .open, "open the selected engagement, quote or issue"),
            KeyBinding([.character("h"), .left], .moveLeft, "previous engagement"),
            KeyBinding([.character("l"), .right], .moveRight, "next engagement"),
            KeyBinding([.character("k"), .up], .moveUp, "previous quote or issue"),
            KeyBinding([.character("j"), .down], .moveDown, "next quote or issue"),
        ],
        meeting: [
            KeyBinding([.character("k"), .up], .moveUp, "scroll up"),
            KeyBinding([.character("j"), .down], .moveDown, "scroll down"),
            KeyBinding([.character("M")], .annotate, "a note of yours on the engagement"),
            KeyBinding([.escape], .back, "back to where you were"),
        ],
        quotes: [
            KeyBinding([.character("/")], .startSearch, "edit the search"),
            KeyBinding([.character("n")], .nextMatch, "next match"),
            KeyBinding([.character("N")], .previousMatch, "previous match"),
            KeyBinding([.enter], .open, "read the selected quote"),
            KeyBinding(
                [.character("c")], .collectQuote, "keep the archive's (or another week's) quote in this week's file"),
            KeyBinding([.character("s")], .cycleOrder, "sort: best match, newest, oldest, speaker, party"),
            KeyBinding([.character("m")], .flagQuote, "flag the quote: verified, follow up, or a word of yours"),
            KeyBinding([.character("M")], .annotate, "a note of yours on the quote"),
            KeyBinding([.escape], .back, "clear the search, then back"),
        ],
        search: [
            KeyBinding([.enter], .acceptSearch, "keep the filter"),
            KeyBinding([.escape], .cancelSearch, "clear the filter"),
            KeyBinding([.backspace], .eraseInSearch, "erase a character"),
            KeyBinding([.control("w")], .eraseWordInSearch, "erase a word"),
            KeyBinding([.control("u")], .clearSearch, "erase the whole query"),
            KeyBinding([.up], .stepHistory(-1), "an earlier search (kept across runs)"),
            KeyBinding([.down], .stepHistory(1), "a later search, then what you typed"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown], .pageDown, "page down"),
        ],
        positions: [
            KeyBinding([.character("[")], .cycleLeftParty(1), "next party on the left"),
            KeyBinding([.character("]")], .cycleRightParty(1), "next party on the right"),
            KeyBinding([.character("{")], .cycleLeftParty(-1), "previous party on the left"),
            KeyBinding([.character("}")], .cycleRightParty(-1), "previous party on the right"),
            KeyBinding([.tab], .stepSupportingQuote(1), "next supporting quote of the issue"),
            KeyBinding([.backTab], .stepSupportingQuote(-1), "previous supporting quote"),
            KeyBinding([.enter], .open, "read the chosen quote"),
            KeyBinding([.character("a")], .toggleAgreement, "agreement between the parties"),
        ],
        timeline: [
            KeyBinding([.character("k"), .up], .moveUp, "earlier engagement"),
            KeyBinding([.character("j"), .down], .moveDown, "later engagement"),
            KeyBinding([.enter], .open, "open the engagement's meeting page"),
        ]
    )

    /// The action for a key in the current state, or nil when the key does nothing here.
    /// Mouse reports need the dossier's layout too: `PointerHitTest` turns them into actions.
    public func action(for key: KeyEvent, in state: AppState) -> Action? {
        switch key {
        case let .resize(size): return .resize(size)
        case .mouse: return nil
        default: break
        }
        // Too small a terminal shows only "q quits", and q must: even with the search line open.
        if DashboardLayout(size: state.size).isTooSmall {
            return key == .character("q") || keys(of: .quit).contains(key) ? .quit : nil
        }
        if state.showsHelp {
            // Esc, ? and Enter close help whatever the keymap says, so it can always be left.
            if key == .escape || key == .character("?") || key == .enter || keys(of: .toggleHelp).contains(key) {
                return .toggleHelp
            }
            return keys(of: .quit).contains(key) ? .quit : nil
        }
        if state.collecting != nil {
            return picker.first(where: { $0.keys.contains(key) })?.action
        }
        if state.noting != nil {
            if let bound = noting.first(where: { $0.keys.contains(key) }) { return bound.action }
            if case let .character(character) = key { return .typeInNote(character) }
            return nil
        }
        if state.palette != nil {
            if let bound = palette.first(where: { $0.keys.contains(key) }) { return bound.action }
            if case let .character(character) = key { return .typeInPalette(character) }
            return nil
        }
        if state.screen == .quotes, state.quotes.isEditing {
            if let bound = search.first(where: { $0.keys.contains(key) }) { return bound.action }
            if case let .character(character) = key { return .typeInSearch(character) }
            return nil
        }
        let own = local(for: state.screen)
        if let bound = own.first(where: { $0.keys.contains(key) }) { return bound.action }
        // An action the screen binds itself answers only to the screen's keys for it, so a
        // keymap file can give it other keys there than everywhere else.
        return global.first(where: { binding in
            binding.keys.contains(key) && !own.contains { $0.action == binding.action }
        })?.action
    }

    /// The global keys of an action.
    func keys(of action: Action) -> [KeyEvent] {
        global.filter { $0.action == action }.flatMap(\.keys)
    }

    /// The binding that gives `action` where the state is: the search line's while it is
    /// open, else the screen's own, then the global ones. Nil when no key gives it here.
    public func binding(for action: Action, in state: AppState) -> KeyBinding? {
        let lists =
            state.collecting != nil
            ? [picker]
            : state.noting != nil
                ? [noting]
                : state.palette != nil
                    ? [palette]
                    : state.screen == .quotes && state.quotes.isEditing ? [search] : [local(for: state.screen), global]
        for list in lists {
            if let found = list.first(where: { $0.action == action && !$0.keys.isEmpty }) { return found }
        }
        return nil
    }

    /// The bindings particular to a screen, looked up before the global ones.
    public func local(for screen: Screen) -> [KeyBinding] {
        switch screen {
        case .home: return home
        case .meeting: return meeting
        case .quotes: return quotes
        case .positions: return positions
        case .timeline: return timeline
        }
    }

    /// What the command palette lists on the current screen: every action a key of the
    /// screen or a global one gives there, by name, the screen's own first.
    ///
    /// - Parameter weeks: whether a desk of several weeks is open (else the weeks' actions are left out).
    public func paletteEntries(for state: AppState, weeks: Bool) -> [CommandPalette.Entry] {
        let own = local(for: state.screen)
        let others = global.filter { binding in !own.contains { $0.action == binding.action } }
        var entries: [CommandPalette.Entry] = []
        for binding in own + others where binding.action != .openPalette && (weeks || !Self.isForWeeks(binding)) {
            guard let name = ActionName.of(binding.action), !entries.contains(where: { $0.action == binding.action })
            else { continue }
            entries.append(
                CommandPalette.Entry(name: name, keys: binding.label, help: binding.help, action: binding.action))
        }
        return entries
    }

    /// True for the bindings that only a desk of several weeks has a use for.
    static func isForWeeks(_ binding: KeyBinding) -> Bool {
        switch binding.action {
        case .stepWeek, .showTab(.timeline): return true
        default: return false
        }
    }

    /// What the help overlay lists for the current screen: its own keys, then the global ones.
    ///
    /// - Parameter weeks: whether a desk of several weeks is open; without one, the keys for
    ///   weeks and the timeline are left out, since they do nothing.
    public func helpSections(for state: AppState, weeks: Bool = false) -> [(title: String, bindings: [KeyBinding])] {
        let title: String
        switch state.screen {
        case .home: title = "Home"
        case .meeting: title = "Meeting"
        case .quotes: title = "Quotes"
        case .positions: title = "Positions"
        case .timeline: title = "Timeline (oldest first)"
        }
        var sections: [(String, [KeyBinding])] = [(title, local(for: state.screen))]
        if state.screen == .quotes { sections.append(("While typing a search", search)) }
        sections.append(("Everywhere", weeks ? global : global.filter { !Self.isForWeeks($0) }))
        return sections
    }
}
