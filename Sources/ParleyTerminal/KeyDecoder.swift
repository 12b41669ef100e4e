import CNcursesw
import ParleyUI

/// Turns what `wget_wch` returns into key events: a plain table, no terminal state.
public enum KeyDecoder {
    /// What ncurses reported: a character, or a function-key code.
    public enum Input: Equatable, Sendable {
        case character(UInt32)
        case keyCode(Int32)
    }

    /// The event for one input; nil for keys parley does not use. Mouse reports and resizes
    /// need the terminal's state and are handled by the session.
    public static func event(for input: Input) -> KeyEvent? {
        switch input {
        case let .character(value):
            switch value {
            case 9: return .tab
            case 10, 13: return .enter
            case 27: return .escape
            case 8, 127: return .backspace
            case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
            case 0..<32: return nil
            default:
                guard let scalar = Unicode.Scalar(value) else { return nil }
                return .character(Character(scalar))
            }
        case let .keyCode(code):
            switch code {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            default:
                let f0 = parley_key_f0()
                if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
                return nil
            }
        }
    }
}
