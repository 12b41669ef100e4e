import Foundation
import ParleyTestSupport
import Testing

/// The built `parley` run inside a real terminal (a detached tmux), driven with keys and read
/// back from the screen, as tig and fzf test themselves.
///
/// Each harness has its own tmux server. parley runs under a small bash wrapper that records
/// `stty -g` before and after, and parley's exit status, so the tests can prove the terminal
/// was given back. Every wait polls with a deadline; nothing sleeps a fixed time.
final class TmuxHarness {
    static let deadline: TimeInterval = 15

    let socket: String
    let folder: String
    private var stopped = false

    /// The `parley` executable SwiftPM built beside this test bundle.
    static var executable: String { BuiltProduct.path("parley") }

    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts parley in a detached terminal of the given size.
    ///
    /// - Parameters:
    ///   - environment: set for parley (TERM, LANG, …); `nil` removes a variable.
    ///   - shellTail: appended to parley's command line unquoted, for bash's process
    ///     substitution (`--quotes <(…)`): a feed the test controls.
    init(
        arguments: [String] = [], width: Int = 100, height: Int = 30, term: String? = "tmux-256color",
        environment: [String: String?] = [:], shellTail: String = ""
    ) throws {
        guard let tmuxPath = Self.tmuxPath else {
            // .ci/run installs tmux; a machine without it cannot run these tests, and says so.
            throw HarnessError("tmux is not installed (apt-get install tmux); the end-to-end tests need it")
        }
        socket = "parley-e2e-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var env: [String: String?] = [
            "LANG": "C.UTF-8", "LC_ALL": nil, "TERM": term, "SWIFT_BACKTRACE": "interactive=no", "NO_COLOR": nil,
        ]
        // A sanitized test run (`swift test --sanitize=…`) passes its sanitizer's options on.
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"] {
            guard let value = ProcessInfo.processInfo.environment[key] else { continue }
            env[key] = value
            // Swift's backtracer reads the crashed process's memory in a way AddressSanitizer
            // reports as an overflow of its own; the crash message comes without it.
            env["SWIFT_BACKTRACE"] = "enable=no"
        }
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { key, value in
            value.map { "export \(key)=\(Self.quoted($0))" } ?? "unset \(key)"
        }.joined(separator: "\n")
        let command = ([Self.executable] + arguments).map(Self.quoted).joined(separator: " ") + shellTail
        let script = """
            #!/bin/bash
            # Handlers, not ignores: parley must start with default signal dispositions.
            trap 'true' INT TERM HUP
            \(exports)
            stty -g > \(folder)/before
            \(command)
            echo $? > \(folder)/status
            stty -g > \(folder)/after
            echo done > \(folder)/done
            exec sleep 600
            """
        let wrapper = folder + "/run.sh"
        try script.write(toFile: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)
        try tmux(
            [
                "-f", "/dev/null", "start-server", ";", "set", "-g", "remain-on-exit", "on", ";",
                "set", "-g", "set-clipboard", "on", ";",
                "new-session", "-d", "-s", "p", "-x", String(width), "-y", String(height), wrapper,
            ], tmuxPath: tmuxPath)
    }

    deinit {
        stop()
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: Driving

    /// Sends keys by tmux name ("Enter", "Escape", "C-c", "BTab", "Down").
    func press(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", "p"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", "p", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", "p", "-x", String(width), "-y", String(height)])
    }

    /// A left click at a 0-based cell, in the encoding the terminal type asks for.
    func click(x: Int, y: Int, sgr: Bool) throws {
        if sgr {
            try type("\u{1B}[<0;\(x + 1);\(y + 1)M")
            try type("\u{1B}[<0;\(x + 1);\(y + 1)m")
        } else {
            // X10: ESC [ M, then button, column and row, each offset by 32.
            let press =
                String(UnicodeScalar(UInt8(32 + 0))) + String(UnicodeScalar(UInt8(32 + x + 1)))
                + String(UnicodeScalar(UInt8(32 + y + 1)))
            let release =
                String(UnicodeScalar(UInt8(32 + 3))) + String(UnicodeScalar(UInt8(32 + x + 1)))
                + String(UnicodeScalar(UInt8(32 + y + 1)))
            try type("\u{1B}[M" + press)
            try type("\u{1B}[M" + release)
        }
    }

    /// Sends a signal to parley itself (the wrapper shell's child).
    func signal(_ number: Int32) throws {
        let shell = try tmux(["display-message", "-p", "-t", "p", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw HarnessError("parley is not running")
        }
        kill(pid, number)
    }

    // MARK: Reading

    /// The screen as text (`colours` keeps SGR sequences).
    func screen(colours: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "p"] + (colours ? ["-e"] : []))
    }

    /// True when the pane shows its cursor.
    func cursorShown() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "p", "#{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            == "1"
    }

    /// Where the terminal's cursor is (0-based column and row), as tmux reports it.
    func cursor() throws -> (x: Int, y: Int) {
        let fields = try tmux(["display-message", "-p", "-t", "p", "#{cursor_x} #{cursor_y}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").compactMap { Int($0) }
        guard fields.count == 2 else { throw HarnessError("tmux gave no cursor position") }
        return (fields[0], fields[1])
    }

    /// Waits until the screen contains `text`; fails with the screen shown when it never does.
    @discardableResult
    func waitFor(_ text: String) throws -> String {
        try poll("\"\(text)\"") { $0.contains(text) }
    }

    /// Waits until tmux's newest paste buffer (what OSC 52 copied, with `set-clipboard on`)
    /// satisfies `done`; returns it.
    @discardableResult
    func waitForPasteBuffer(_ what: String, until done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(Self.deadline)
        var last = ""
        while Date() < deadline {
            // No buffer yet is an error from tmux; keep waiting.
            last = (try? tmux(["show-buffer"])) ?? ""
            if done(last) { return last }
            usleep(30_000)
        }
        throw HarnessError("timed out waiting for the paste buffer to hold \(what); it holds:\n\(last)")
    }

    /// Waits until the screen no longer contains `text`.
    func waitForAbsence(_ text: String) throws {
        _ = try poll("\"\(text)\" to go") { !$0.contains(text) }
    }

    /// Reads the screen until `done` says so, within the deadline.
    private func poll(_ what: String, until done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(Self.deadline)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if done(last) { return last }
            usleep(30_000)
        }
        throw HarnessError("timed out waiting for \(what); the screen shows:\n\(last)")
    }

    /// What happened when parley ended: its exit status and the terminal it left behind.
    struct Ending {
        var status: Int32
        var sttyBefore: String
        var sttyAfter: String
        var alternateScreen: Bool
        var cursorVisible: Bool
        var mouseReporting: Bool
        var screen: String
    }

    /// Waits for parley to exit, then reads the wrapper's records and the pane's modes.
    func waitForExit() throws -> Ending {
        let deadline = Date().addingTimeInterval(Self.deadline)
        while !FileManager.default.fileExists(atPath: folder + "/done") {
            guard Date() < deadline else {
                throw HarnessError("parley did not exit; the screen shows:\n\(try screen())")
            }
            usleep(30_000)
        }
        func read(_ name: String) throws -> String {
            try String(contentsOfFile: folder + "/" + name, encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
        let flags = try tmux(["display-message", "-p", "-t", "p", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        return Ending(
            status: Int32(try read("status")) ?? -1, sttyBefore: try read("before"), sttyAfter: try read("after"),
            alternateScreen: flags.first == "1", cursorVisible: flags.count > 1 && flags[1] == "1",
            mouseReporting: flags.count > 2 && flags[2] == "1",
            screen: try tmux(["capture-pane", "-p", "-t", "p", "-S", "-"])
        )
    }

    /// Checks the terminal is back as it was: same stty settings, normal screen, cursor shown, no mouse.
    func expectRestored(_ ending: Ending, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(ending.sttyAfter == ending.sttyBefore, "stty settings changed", sourceLocation: sourceLocation)
        #expect(!ending.sttyBefore.isEmpty, sourceLocation: sourceLocation)
        #expect(!ending.alternateScreen, "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(ending.cursorVisible, "cursor left hidden", sourceLocation: sourceLocation)
        #expect(!ending.mouseReporting, "mouse reporting left on", sourceLocation: sourceLocation)
    }

    // MARK: tmux

    @discardableResult
    private func tmux(detached: Bool = false, _ arguments: [String], tmuxPath: String? = nil) throws -> String {
        let path = tmuxPath ?? Self.tmuxPath ?? "/usr/bin/tmux"
        let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder]
        return try Spawn.run(
            path, ["-u", "-L", socket] + arguments, environment: environment, captureOutput: !detached
        ).output
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
