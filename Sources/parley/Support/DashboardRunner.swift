#if canImport(Glibc)
import Glibc
#endif
import ParleyModel
import ParleyTerminal
import ParleyUI

/// Runs the dashboard on the terminal: the one loop of input, reducer and frames.
enum DashboardRunner {
    /// Takes over the terminal until the user quits or a signal arrives; returns the exit status.
    static func run(dossier: Dossier, appearance: AppearanceOptions.Appearance, catalog: ThemeCatalog, colour: Bool) -> Int32 {
        let session: TerminalSession
        do {
            session = try TerminalSession(theme: appearance.theme, colour: colour)
        } catch {
            Console.error("parley: \(error.description)")
            return 2
        }
        defer { session.restore() }
        var names = catalog.names
        if !names.contains(appearance.themeName) { names.insert(appearance.themeName, at: 0) }
        let context = DashboardContext(dossier: dossier, glyphs: session.isUnicode ? .unicode : .ascii, themeNames: names)
        let notice = (appearance.notice ?? appearance.warnings.first?.description).map { Notice($0, isWarning: true) }
        var store = DashboardStore(size: session.size, context: context, theme: names.firstIndex(of: appearance.themeName) ?? 0, notice: notice)
        // Themes are read when first shown, so starting costs only the one in use.
        var themes = [appearance.themeName: appearance.theme]
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
            if store.state.theme != before.theme {
                let name = context.themeNames[store.state.theme]
                if themes[name] == nil {
                    themes[name] = (try? catalog.choose(name))?.theme ?? .standard
                }
                session.apply(themes[name] ?? .standard)
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
