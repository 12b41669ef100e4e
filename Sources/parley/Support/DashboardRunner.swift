#if canImport(Glibc)
import Glibc
#endif
import ParleyModel
import ParleyTerminal
import ParleyUI

/// Runs the dashboard on the terminal: the one loop of input, reducer and frames.
enum DashboardRunner {
    /// Takes over the terminal until the user quits or a signal arrives; returns the exit status.
    /// - Parameters:
    ///   - archives: Quotebank archives to load in the background; the dossier is usable at
    ///     once, and searches include each archive once it has loaded.
    ///   - dossierFile: the dossier's file, followed while the dashboard runs: each save is
    ///     read again and shown (nil for the bundled week).
    static func run(dossier: Dossier, dossierFile: String?, archives: [String], appearance: AppearanceOptions.Appearance, catalog: ThemeCatalog, colour: Bool) -> Int32 {
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
        let background = BackgroundWork()
        if !archives.isEmpty {
            // With archives, searches may take longer than a keystroke: they run in the background.
            store.performsSearchesInline = false
            background.load(archives)
        }
        var watch = dossierFile.map { FileWatch(path: $0, now: Self.milliseconds()) }
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
            // While background work may report, keys are polled often so its news shows at once.
            let first = session.nextEvent(pollMilliseconds: background.isBusy ? 10 : TerminalSession.pollMilliseconds)
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
            switch watch?.poll(now: Self.milliseconds()) {
            case .saved?: background.reload(dossierFile ?? "")
            case .missing?: store.send(.dossierReloadFailed("\(dossierFile ?? ""): \(FileReader.reason(ENOENT))"))
            case nil: break
            }
            for news in background.drain() {
                switch news {
                case let .action(action):
                    store.send(action)
                case let .archive(loaded):
                    store.attach(loaded.archive)
                    store.send(.archiveReady(file: loaded.archive.path, quotes: loaded.archive.count, skipped: loaded.skippedLines))
                case let .dossier(path, .success(loaded)):
                    store.reload(loaded.dossier, file: path)
                case let .dossier(_, .failure(failure)):
                    store.send(.dossierReloadFailed(failure.firstProblem))
                }
            }
            for effect in store.takeEffects() {
                switch effect {
                case let .search(request): background.search(request, in: store.context)
                }
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

extension DashboardRunner {
    /// A monotonic clock in milliseconds, for following the dossier file.
    static func milliseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000 + UInt64(time.tv_nsec) / 1_000_000
    }
}

/// Reads the environment without Foundation.
enum ProcessInfoLite {
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
