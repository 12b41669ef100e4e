/// How a key is written in a keymap file (`ctrl-w`, `pgdn`, `shift-tab`, `f5`, `q`), read and written.
///
/// A single character stands for itself, case and all (`G` is Shift-g); a name is read in
/// any case. Labels help uses (`↑`, `PgDn`, `Ctrl-W`) read too, so what `?` shows can be
/// copied into the file.
extension KeyEvent {
    /// The keys a name can give, by their lowercase name, as the file writes them first.
    static let namedKeys: [(names: [String], key: KeyEvent)] = [
        (["up", "↑"], .up), (["down", "↓"], .down), (["left", "←"], .left), (["right", "→"], .right),
        (["pgup", "pageup", "page-up"], .pageUp), (["pgdn", "pagedown", "page-down"], .pageDown),
        (["home"], .home), (["end"], .end),
        (["enter", "return"], .enter), (["esc", "escape"], .escape),
        (["tab"], .tab), (["shift-tab", "backtab"], .backTab),
        (["backspace"], .backspace), (["delete", "del"], .delete),
        (["space"], .character(" ")),
    ]

    /// The key a keymap file's name stands for; nil when it names none.
    public init?(keyName: String) {
        let lowered = keyName.lowercased()
        if let found = Self.namedKeys.first(where: { $0.names.contains(lowered) }) {
            self = found.key
            return
        }
        if keyName.count == 1, let character = keyName.first, !character.isWhitespace || character == " " {
            guard !Self.isControlText(character) else { return nil }
            self = .character(character)
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            // Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-H are the bytes of Tab, Enter and Backspace:
            // a terminal cannot tell them apart, so they are written by those names.
            guard !"ijmh".contains(letter) else { return nil }
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// The name a keymap file writes for this key (`parley keys` lists them so).
    public var keyName: String {
        switch self {
        case let .character(character): return character == " " ? "space" : String(character)
        case let .control(character): return "ctrl-" + String(character)
        case let .function(number): return "f\(number)"
        case .mouse: return "mouse"
        case .resize: return "resize"
        default: return Self.namedKeys.first(where: { $0.key == self })?.names[0] ?? label
        }
    }

    /// Why the terminal never passes this key on to a program, for the keys it keeps for
    /// itself (^C interrupts, ^Z suspends, ^S and ^Q stop and restart output); nil for the rest.
    public var keptByTheTerminal: String? {
        switch self {
        case .control("c"): "the terminal keeps Ctrl-C to interrupt"
        case .control("z"): "the terminal keeps Ctrl-Z to suspend"
        case .control("s"), .control("q"): "the terminal keeps Ctrl-S and Ctrl-Q to stop and restart output"
        default: nil
        }
    }

    /// True for characters no key types alone: control characters and bidi controls.
    private static func isControlText(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isBidiControl
        }
    }
}
