#if canImport(Glibc)
import Glibc
#endif
import ParleyModel
import ParleyTerminal
import ParleyUI

/// Runs the dashboard on the terminal: the one loop of input, reducer and frames.
enum DashboardRunner {
    /// Takes over the terminal until the user quits or a signal arrives; returns the exit status.
    static func run(dossier: Dossier) -> Int32 {
        let session: TerminalSession
        do {
            session = try TerminalSession(theme: .standard)
        } catch {
            Console.error("parley: \(error.description)")
            return 2
        }
        defer { session.restore() }
        let context = DashboardContext(dossier: dossier, glyphs: session.isUnicode ? .unicode : .ascii)
        var store = DashboardStore(size: session.size, context: context)
        session.present(store.render())
        if ProcessInfoLite.environment("PARLEY_TEST_CRASH") == "after-first-frame" {
            // A deliberate crash, so the end-to-end tests can check the terminal is given back.
            fatalError("PARLEY_TEST_CRASH: deliberate crash after the first frame")
        }
        while !store.state.isQuitting {
            if let signal = session.pendingSignal {
                session.restore()
                return 128 + signal
            }
            // A terminal that vanished without a hangup is treated as one.
            if session.isLost {
                session.restore()
                return 128 + SIGHUP
            }
            guard let first = session.nextEvent() else { continue }
            // Everything already waiting (a burst of typing, a storm of resizes) is reduced
            // before one frame is drawn for all of it.
            let before = store.state
            var event: KeyEvent? = first
            var resized = false
            while let current = event {
                if case .resize = current { resized = true }
                store.press(current)
                if store.state.isQuitting { break }
                event = session.nextEvent(wait: false)
            }
            if store.state != before || resized { session.present(store.render()) }
        }
        return 0
    }
}

/// Reads the environment without Foundation.
enum ProcessInfoLite {
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
