import ParleyYAML

extension Keymap {
    /// The bindings of a section of the keymap file; the review's are `ReviewKeymap`'s.
    public func bindings(of section: KeymapSection) -> [KeyBinding] {
        switch section {
        case .global: global
        case .home: home
        case .meeting: meeting
        case .quotes: quotes
        case .positions: positions
        case .timeline: timeline
        case .search: search
        case .picker: picker
        case .noting: noting
        case .palette: palette
        case .review: []
        }
    }

    private mutating func setBindings(_ bindings: [KeyBinding], of section: KeymapSection) {
        switch section {
        case .global: global = bindings
        case .home: home = bindings
        case .meeting: meeting = bindings
        case .quotes: quotes = bindings
        case .positions: positions = bindings
        case .timeline: timeline = bindings
        case .search: search = bindings
        case .picker: picker = bindings
        case .noting: noting = bindings
        case .palette: palette = bindings
        case .review: break
        }
    }

    /// The actions a section's keys can be given: a screen's own and the global ones, or a
    /// modal section's own.
    func actions(of section: KeymapSection) -> [Action] {
        let own = bindings(of: section).map(\.action)
        return !section.isScreen ? own : own + global.map(\.action).filter { !own.contains($0) }
    }

    /// This keymap with a keymap file's keys in force, and what could not be used, with where.
    ///
    /// An entry with a problem is left out whole, so its action keeps the keys it had: an
    /// unknown action, an action the section has not, a printable key where characters are
    /// typed, or a key the entry would bind twice on one screen. A global entry sets the
    /// action's keys on every screen; a screen's entry, written anywhere in the file, wins
    /// on that screen.
    public func applying(_ file: KeymapFile) -> (keymap: Keymap, problems: [Diagnostic]) {
        var log = NodeReader(file: file.file)
        var usable: [(entry: KeymapFile.Entry, action: Action)] = []
        for entry in file.entries where entry.section != .review {
            let mark = YAMLMark(line: entry.line, column: entry.column)
            let available = actions(of: entry.section)
            let name = VisibleText.escaped(entry.action)
            guard let action = ActionName.dashboard.first(where: { $0.name == entry.action })?.action,
                available.contains(action)
            else {
                let names = available.compactMap(ActionName.of)
                let belongs = ActionName.dashboard.first(where: { $0.name == entry.action }).map { found in
                    KeymapSection.allCases.filter { bindings(of: $0).contains { $0.action == found.action } }.map(
                        \.rawValue)
                }
                if let belongs {
                    log.warning(
                        "'\(name)' is an action of \(belongs.joined(separator: ", ")), not of \(entry.section.rawValue)",
                        at: mark)
                    continue
                }
                let hint =
                    Suggestion.closest(to: entry.action, in: names).map { "did you mean '\($0)'?" }
                    ?? "parley keys lists the actions"
                log.warning("'\(name)' is not an action of \(entry.section.rawValue); \(hint)", at: mark)
                continue
            }
            if entry.section.typesText,
                let typed = entry.keys.first(where: { if case .character = $0 { true } else { false } })
            {
                log.warning(
                    "'\(VisibleText.escaped(typed.keyName))' is typed as text in \(entry.section.rawValue), so it cannot "
                        + "be \(name); use a key that types nothing (ctrl-LETTER, f1–f24, a named key)",
                    at: mark)
                continue
            }
            usable.append((entry, action))
        }
        // Entries that would bind a key twice are left out one by one, the later first, until none would.
        var left: Set<Int> = []
        while true {
            let (keymap, owners) = placing(usable.enumerated().filter { !left.contains($0.offset) })
            guard let clash = keymap.firstClash(owners: owners, standard: self) else {
                return (
                    keymap, (file.problems + log.diagnostics).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
                )
            }
            let entry = usable[clash.entry].entry
            log.warning(clash.message(keeping: entry.action), at: YAMLMark(line: entry.line, column: entry.column))
            left.insert(clash.entry)
        }
    }

    /// Which entry set a binding's keys: by section and index in its list.
    private typealias Owners = [KeymapSection: [Int: Int]]

    /// This keymap with the entries' keys in place: global entries first, then the screens'
    /// and the modal sections', so a screen's own entry wins there.
    private func placing(_ entries: [(offset: Int, element: (entry: KeymapFile.Entry, action: Action))]) -> (
        Keymap, Owners
    ) {
        var keymap = self
        var owners: Owners = [:]
        let ordered =
            entries.filter { $0.element.entry.section == .global }
            + entries.filter { $0.element.entry.section != .global }
        for (index, (entry, action)) in ordered {
            let sections: [KeymapSection] =
                entry.section == .global ? [.global, .home, .meeting, .quotes, .positions, .timeline] : [entry.section]
            for section in sections {
                var list = keymap.bindings(of: section)
                var placed = false
                for position in list.indices where list[position].action == action {
                    list[position].keys = entry.keys
                    owners[section, default: [:]][position] = index
                    placed = true
                }
                // A global action given keys on one screen only gets a binding of that screen.
                if !placed, entry.section != .global, let shared = global.first(where: { $0.action == action }) {
                    list.append(KeyBinding(entry.keys, action, shared.help))
                    owners[section, default: [:]][list.count - 1] = index
                }
                keymap.setBindings(list, of: section)
            }
        }
        return (keymap, owners)
    }

    /// A key an entry added that gives two actions in one place, with the entry; nil when none.
    private func firstClash(owners: Owners, standard: Keymap) -> KeyClash? {
        var clashes: [KeyClash] = []
        for section in KeymapSection.allCases where section != .global && section != .review {
            // What answers in this place: its own bindings, then the global ones for other actions.
            var answering = bindings(of: section).enumerated().map {
                (section: section, index: $0.offset, binding: $0.element)
            }
            if section.isScreen {
                let own = Set(answering.map(\.binding.action))
                answering += global.enumerated().filter { !own.contains($0.element.action) }.map {
                    (section: KeymapSection.global, index: $0.offset, binding: $0.element)
                }
            }
            let placed = answering.map { candidate in
                let shipped = standard.bindings(of: candidate.section)
                return KeyClash.Placed(
                    action: ActionName.of(candidate.binding.action) ?? "?", keys: candidate.binding.keys,
                    shipped: candidate.index < shipped.count ? shipped[candidate.index].keys : [],
                    entry: owners[candidate.section]?[candidate.index])
            }
            let place = !section.isScreen ? "the \(section.rawValue) keys" : "the \(section.rawValue) screen"
            if let clash = KeyClash.latest(in: placed, place: place) { clashes.append(clash) }
        }
        return clashes.max { $0.entry < $1.entry }
    }
}
