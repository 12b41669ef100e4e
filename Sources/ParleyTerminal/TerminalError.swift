/// Why the dashboard cannot take over this terminal.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
    case termUnset
    case unknownTerminal(String)
    case noCursorAddressing(String)
    case notATerminal
    case startFailed(String)

    public var description: String {
        switch self {
        case .termUnset:
            return "TERM is not set, so the terminal cannot be driven (set TERM, e.g. TERM=xterm-256color, or use a subcommand such as 'parley week')"
        case let .unknownTerminal(name):
            return "unknown terminal type '\(name)' (TERM); no terminfo entry for it (try TERM=xterm-256color)"
        case let .noCursorAddressing(name):
            return "terminal type '\(name)' cannot move the cursor, so the dashboard cannot be drawn (use a subcommand such as 'parley week')"
        case .notATerminal:
            return "standard input and output must both be a terminal for the dashboard"
        case let .startFailed(reason):
            return "could not start the terminal: \(reason)"
        }
    }
}
