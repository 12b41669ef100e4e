import CNcursesw
import CTerminalGuard
import ParleyDashboard
import ParleyModel
import ParleySystem
import ParleyUI

/// The terminal while the dashboard owns it: started with `newterm`, given back on every path.
///
/// Only this type calls curses. It starts no blocking queries of the terminal, reads keys with
/// a short timeout so signals are noticed, and restores the terminal exactly as it found it
/// (modes, alternate screen, cursor, mouse reporting) when `restore()` runs, when it is
/// released, at `exit`, on SIGINT/SIGTERM/SIGHUP, and on a crash.
public final class TerminalSession: DashboardTerminal {
    /// How long a key read waits, so a pending signal is acted on within this time.
    public static let pollMilliseconds: Int32 = 100

    public private(set) var size: Size
    /// True when the locale is UTF-8, so Unicode glyphs can be drawn.
    public let isUnicode: Bool
    /// The colours the terminal can show (`.none` when it has none or colour is turned off).
    public let depth: ColourDepth
    private var presenter: Presenter
    private var isActive = true
    /// Reads that failed at once instead of waiting out the timeout, one after another.
    private var immediateFailures = 0

    /// True when the terminal has gone away (its input fails at once, again and again), as
    /// happens when a terminal closes without a hangup signal reaching parley.
    public var isLost: Bool { immediateFailures >= 50 }

    /// Checks the environment, then takes over the terminal.
    ///
    /// - Parameter colour: false when colour is turned off (`NO_COLOR`, `--color never`).
    /// - Parameter accessible: for screen readers and braille displays: the cursor shown (it
    ///   sits on the selection) and the mouse left to the terminal.
    public init(theme: Theme, colour: Bool, accessible: Bool = false) throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch parley_check_terminal() {
        case 0: break
        case 1: throw .termUnset
        case 2: throw .unknownTerminal(term)
        default: throw .noCursorAddressing(term)
        }
        isUnicode = parley_locale_is_utf8() != 0
        // Messages written while curses owns the screen go to a file and are replayed after.
        _ = parley_guard_capture_stderr()
        guard parley_newterm() != nil else {
            parley_guard_restore()
            throw .startFailed("newterm failed for TERM=\(term)")
        }
        parley_guard_set_curses_active(1)
        parley_guard_install()
        cbreak()
        noecho()
        nonl()
        keypad(parley_stdscr(), true)
        set_escdelay(25)
        curs_set(accessible ? 1 : 0)
        wtimeout(parley_stdscr(), Self.pollMilliseconds)
        mousemask(accessible ? 0 : parley_mouse_events(), nil)
        mouseinterval(0)
        if colour, has_colors() {
            start_color()
            use_default_colors()
            depth = ColourDepth.forTerminal(colours: Int(parley_colors()))
        } else {
            depth = .none
        }
        presenter = Presenter(styles: ColourPalette.install(theme, depth: depth))
        var rows: Int32 = 0
        var columns: Int32 = 0
        parley_size(&rows, &columns)
        size = Size(width: Int(columns), height: Int(rows))
    }

    deinit {
        restore()
    }

    /// Switches to another theme: new colour pairs, and the next frame drawn in full.
    public func apply(_ theme: Theme) {
        guard isActive else { return }
        presenter = Presenter(styles: ColourPalette.install(theme, depth: depth))
    }

    /// Draws a frame, writing only what changed since the last one.
    public func present(_ grid: CellGrid) {
        guard isActive else { return }
        presenter.present(grid)
    }

    /// Copies text to the clipboard with OSC 52, written straight after the last frame (the
    /// sequence moves nothing on screen); terminals that do not support it ignore it.
    public func copyToClipboard(_ text: String) {
        guard isActive else { return }
        var environment: [String: String] = [:]
        for name in ["TMUX", "STY", "TERM"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        let sequence = ClipboardSequence.bytes(
            for: text, inside: ClipboardSequence.multiplexer(environment: environment))
        FileDescriptor.writeAll(Array(sequence.utf8), to: 1)
    }

    /// The first termination signal received, if any (the loop then restores and exits 128+n).
    public var pendingSignal: Int32? {
        let signal = parley_guard_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// The next key, click or resize; nil when nothing arrived within the poll interval (or,
    /// with `wait` false, when nothing is waiting right now).
    ///
    /// - Parameter pollMilliseconds: how long to wait when `wait` is true; shorter while
    ///   background work (a search, an archive loading) may have news for the screen.
    public func nextEvent(wait: Bool = true, pollMilliseconds: Int32 = TerminalSession.pollMilliseconds) -> KeyEvent? {
        wtimeout(parley_stdscr(), wait ? pollMilliseconds : 0)
        var key: wint_t = 0
        let started = Self.milliseconds()
        let status = parley_read(&key)
        if status == ERR {
            if wait, pollMilliseconds >= 20, Self.milliseconds() - started < Int(pollMilliseconds) / 4 {
                immediateFailures += 1
            }
            return nil
        }
        immediateFailures = 0
        if status == KEY_CODE_YES {
            switch Int32(key) {
            case KEY_RESIZE:
                var rows: Int32 = 0
                var columns: Int32 = 0
                parley_size(&rows, &columns)
                size = Size(width: Int(columns), height: Int(rows))
                presenter.invalidate()
                return .resize(size)
            case KEY_MOUSE:
                return mouseEvent()
            default:
                return KeyDecoder.event(for: .keyCode(Int32(key)))
                    ?? nextEvent(wait: wait, pollMilliseconds: pollMilliseconds)
            }
        }
        return KeyDecoder.event(for: .character(UInt32(key)))
    }

    private static func milliseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }

    private func mouseEvent() -> KeyEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let x = Int(event.x)
        let y = Int(event.y)
        if state & parley_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if state & parley_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if state & (parley_button1_pressed() | parley_button1_clicked()) != 0 {
            return .mouse(MouseEvent(.press, x: x, y: y))
        }
        return nil
    }

    /// Gives the terminal back: ends curses, turns mouse reporting off, replays captured stderr.
    public func restore() {
        guard isActive else { return }
        isActive = false
        parley_guard_restore()
    }
}
