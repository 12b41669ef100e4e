import ParleyModel
import ParleySystem

/// Where the command line writes, and what it knows about the terminal it writes to.
///
/// Writes go straight to the file descriptors with `write(2)`: the C `stdout` and `stderr`
/// globals are not usable from Swift 6's strict concurrency, and unbuffered stderr keeps
/// diagnostics in order with output.
enum Console {
    /// Writes text to standard output; a write that fails (output closed, a full disk) ends
    /// the command with a message and status 74, since what was asked for was not delivered.
    /// (A reader that goes away, as `head` does, ends it by SIGPIPE as with any other tool.)
    static func out(_ text: String) {
        if let code = FileDescriptor.writeAll(Array(text.utf8), to: 1) {
            error("parley: cannot write to standard output: \(FileReader.reason(code))")
            exit(ExitStatus.ioError.rawValue)
        }
    }

    /// Writes one line to standard error, every control character and bidi override in it
    /// shown as a visible placeholder: messages quote file names, ids, keys and queries, and a
    /// shared dossier must not retitle the window or clear the screen of whoever checks it.
    static func error(_ line: String) {
        let safe = VisibleText.escaped(line.hasSuffix("\n") ? String(line.dropLast()) : line, keepNewlines: true)
        write(safe + "\n", to: 2)
    }

    /// Writes text to standard error as it is (for a progress line redrawn in place).
    static func errorRaw(_ text: String) {
        write(text, to: 2)
    }

    /// True when standard output is a terminal (so highlighting and full width make sense).
    static var outputIsTerminal: Bool { isatty(1) == 1 }

    /// True when standard input is a terminal.
    static var inputIsTerminal: Bool { isatty(0) == 1 }

    /// True when standard error is a terminal (so a progress bar can be redrawn in place).
    static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// The terminal's width in columns when standard output is a terminal; otherwise 80.
    static var width: Int {
        guard outputIsTerminal else { return 80 }
        return columns(of: 1) ?? 80
    }

    /// The width of the terminal behind standard error, for the progress bar; 80 when unknown.
    static var errorWidth: Int { columns(of: 2) ?? 80 }

    private static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        FileDescriptor.writeAll(Array(text.utf8), to: descriptor)
    }
}
