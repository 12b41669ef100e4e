import ParleyDashboard
import ParleyModel
import ParleySystem
import ParleyTerminal
import ParleyUI

/// Runs the dashboard on the terminal: takes it over, runs the loop, gives it back.
enum DashboardRunner {
    /// Takes over the terminal until the user quits or a signal arrives; returns the exit status.
    /// - Parameters:
    ///   - archives: Quotebank archives to load in the background; the dossier is usable at
    ///     once, and searches include each archive once it has loaded.
    ///   - desk: the weeks to show, opening on `loaded.chosenWeek`; its files are followed while
    ///     the dashboard runs (each save, and in a desk's folder each file added or removed, is
    ///     shown), except for the bundled week, which has none.
    ///   - folder: the desk's folder, listed for files added to it; nil when files were named.
    ///   - accessible: one column for screen readers and braille displays (`AccessibleView`).
    static func run(
        desk loaded: LoadedDesk, folder: String?, archives: [String], appearance: AppearanceOptions.Appearance,
        accessible: Bool = false
    ) -> Int32 {
        let session: TerminalSession
        do {
            session = try TerminalSession(
                theme: appearance.theme, colour: appearance.usesColour, accessible: accessible)
        } catch {
            Console.error("parley: \(error.description)")
            return 2
        }
        defer { session.restore() }
        let catalog = appearance.catalog
        var names = catalog.names
        if !names.contains(appearance.themeName) { names.insert(appearance.themeName, at: 0) }
        // The reader's flags and notes, kept apart from the dossiers; a notes file that does not
        // read is said, and left alone.
        let notesStore = NotesStore.current
        let read = notesStore.read(loaded.desk.weeks.map(\.id))
        let context = DashboardContext(
            desk: loaded.desk, week: loaded.chosenWeek, notes: read.notes,
            glyphs: session.isUnicode ? .unicode : .ascii,
            themeNames: names)
        // A file of the desk that does not load comes first: the user must know a week is missing.
        // Said first, since the end of a long message is cut at the terminal's edge.
        let missing = loaded.problems.first.map { first in
            (loaded.problems.count > 1
                ? "\(loaded.problems.count) files not shown until fixed; the first: " : "not shown until fixed: ")
                + first.problem
        }
        let keys = UserKeymap.current
        let savedSearches = SavedSearchesFile.current
        let saved = savedSearches.read()
        let notice =
            (missing ?? read.problem ?? appearance.notice ?? appearance.warnings.first?.description ?? keys.notice
            ?? saved.problems.first).map {
                Notice($0, isWarning: true)
            }
        let history = SearchHistoryFile.current
        let store = DashboardStore(
            size: session.size, context: context, keymap: keys.dashboard,
            theme: names.firstIndex(of: appearance.themeName) ?? 0,
            notice: notice,
            history: history.read(),
            saved: saved.searches,
            accessible: accessible)
        // Themes are read when first shown, so starting costs only the one in use.
        let follower =
            loaded.files.isEmpty
            ? nil
            : DeskFollower(
                desk: loaded.desk, folder: folder, now: DashboardLoop.monotonicMilliseconds(),
                broken: Dictionary(loaded.problems, uniquingKeysWith: { first, _ in first }))
        var loop = DashboardLoop(store: store, follower: follower, archives: archives, openArchive: ArchiveEngine.open)
        { name in
            name == appearance.themeName ? appearance.theme : (try? catalog.choose(name))?.theme ?? .standard
        }
        loop.notes = notesStore
        loop.history = history
        loop.savedSearches = savedSearches
        if ProcessEnvironment.value("PARLEY_TEST_CRASH") == "after-first-frame" {
            // A deliberate crash, so the end-to-end tests can check the terminal is given back.
            loop.afterFirstFrame = { fatalError("PARLEY_TEST_CRASH: deliberate crash after the first frame") }
        }
        return loop.run(on: session)
    }
}
