import ParleySystem
import ParleyUI

/// What the dashboard loop needs of a terminal: keys in, frames out, and word of signals.
///
/// The real one is ParleyTerminal's `TerminalSession`, the only code that touches curses; the
/// loop's tests drive it with a fake that scripts keys and keeps every frame.
public protocol DashboardTerminal: AnyObject {
    /// The size now (a resize also arrives as a key event).
    var size: Size { get }
    /// True when Unicode glyphs can be drawn.
    var isUnicode: Bool { get }
    /// A signal (SIGINT, SIGTERM, SIGHUP) that asked parley to stop, if one arrived.
    var pendingSignal: Int32? { get }
    /// True when the terminal has gone away without a hangup.
    var isLost: Bool { get }
    /// The next key, waiting up to `pollMilliseconds` when `wait` is true; nil when none came.
    func nextEvent(wait: Bool, pollMilliseconds: Int32) -> KeyEvent?
    /// Shows a frame (writing only what changed).
    func present(_ grid: CellGrid)
    /// Puts text on the system clipboard through the terminal (OSC 52), as far as it allows.
    func copyToClipboard(_ text: String)
    /// Uses a theme's colours from now on.
    func apply(_ theme: Theme)
    /// Gives the terminal back as it was; safe to call more than once.
    func restore()
}

extension DashboardTerminal {
    /// The exit status a loop ends with when a signal asked parley to stop (128 + the signal),
    /// or the terminal vanished without a hangup (taken as one), the terminal given back
    /// first; nil while it can go on.
    public func endingStatus() -> Int32? {
        if let signal = pendingSignal {
            restore()
            return 128 + signal
        }
        if isLost {
            restore()
            return 128 + SIGHUP
        }
        return nil
    }
}
