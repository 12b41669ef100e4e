/// A hint for the status line: the actions it is about and what they do, in a few words.
///
/// Its keys are read from the keymap in force, so a key bound elsewhere shows where it is.
struct StatusHint {
    var actions: [Action]
    var what: String

    init(_ actions: Action..., what: String) {
        self.actions = actions
        self.what = what
    }

    /// The keys for the actions as the status line writes them ("↑↓", "n N"), or nil when
    /// one of them has no key here.
    func keys(in keymap: Keymap, state: AppState) -> String? {
        var labels: [String] = []
        for action in actions {
            guard let binding = keymap.binding(for: action, in: state) else { return nil }
            labels.append(Self.preferredKey(of: binding).label)
        }
        // A pair of arrows reads as one sign; anything else is spaced.
        let arrows: Set<String> = ["↑", "↓", "←", "→"]
        return labels.joined(separator: labels.allSatisfy(arrows.contains) ? "" : " ")
    }

    /// The key a one-line hint names: a key with a name or a sign of its own (↑, Enter, /)
    /// reads better there than a vi letter bound beside it.
    static func preferredKey(of binding: KeyBinding) -> KeyEvent {
        binding.keys.first { key in
            if case let .character(character) = key { return !character.isLetter }
            return true
        } ?? binding.keys[0]
    }
}
