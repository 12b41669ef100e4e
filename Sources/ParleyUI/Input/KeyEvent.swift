/// One thing the user did at the terminal, already decoded from the terminal's bytes.
///
/// The terminal layer turns ncurses' input into these; everything after that (keymap,
/// reducer, views) is tested without a terminal.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, as typed.
    case character(Character)
    /// A character typed with Control held (`ctrl("c")` for ^C).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize(Size)
}

/// A mouse report: where (0-based cell) and what.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        case press, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

extension KeyEvent {
    /// How a key is written in help and on the status line.
    public var label: String {
        switch self {
        case let .character(character): return character == " " ? "Space" : String(character)
        case let .control(character): return "Ctrl-" + String(character).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case let .function(number): return "F\(number)"
        case .mouse: return "mouse"
        case .resize: return "resize"
        }
    }
}
