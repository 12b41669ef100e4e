import ParleyModel
import ParleySystem
import ParleyUI

/// The dashboard's one loop: keys from the terminal, news from background work and from the
/// followed dossier files, through the reducer, and a frame when anything changed.
public struct DashboardLoop {
    /// How long a key read waits when nothing is under way, and when background work may report.
    public static let idlePoll: Int32 = 100
    public static let busyPoll: Int32 = 10

    public var store: DashboardStore
    /// The desk's files, followed while the loop runs (nil for the bundled week).
    public var follower: DeskFollower?
    /// Quotebank archives to open in the background, and how to open one.
    public var archives: [String]
    public var openArchive: ArchiveOpener
    /// Reads a theme by name when `t` first shows it.
    public var themeNamed: (String) -> Theme
    /// A monotonic clock in milliseconds (for following the files).
    public var now: () -> UInt64
    /// Called once the first frame is shown (the end-to-end tests crash parley here on purpose).
    public var afterFirstFrame: () -> Void = {}
    /// Opens web addresses in a browser (`o`).
    public var opener = LinkOpener()
    /// Writes briefings (`e`) into a folder, the working one by default.
    public var briefings = BriefingFiles(folder: ".")
    /// Keeps the reader's flags and notes (`m`, `M`); none kept when nil.
    public var notes: NotesStore?
    /// Keeps the searches typed, for the next run; none kept when nil.
    public var history: SearchHistoryFile?
    /// Where `:save NAME` keeps searches; nil keeps none.
    public var savedSearches: SavedSearchesFile?
    /// Themes read so far, by name, so cycling back to one does not read it again.
    private var themes: [String: Theme] = [:]

    public init(
        store: DashboardStore, follower: DeskFollower?, archives: [String], openArchive: @escaping ArchiveOpener,
        themeNamed: @escaping (String) -> Theme, now: @escaping () -> UInt64 = DashboardLoop.monotonicMilliseconds
    ) {
        self.store = store
        self.follower = follower
        self.archives = archives
        self.openArchive = openArchive
        self.themeNamed = themeNamed
        self.now = now
    }

    /// Runs until the user quits (0) or a signal arrives (128 + the signal); the terminal is
    /// restored before a signal's status is returned.
    public mutating func run(on terminal: some DashboardTerminal) -> Int32 {
        let background = BackgroundWork()
        if !archives.isEmpty { background.load(archives, with: openArchive) }
        // A large desk's search, and a desk's stance histories, are worked out while the user
        // reads the first frame, not on the first key.
        let context = store.context
        if !context.corpus.answersAtOnce { background.prepare { context.corpus.prepare() } }
        if context.hasWeeks { background.prepare { context.prepareHistories() } }
        terminal.present(store.render())
        afterFirstFrame()
        while !store.state.isQuitting {
            if let status = terminal.endingStatus() { return status }
            // While background work may report, keys are polled often so its news shows at once.
            let first = terminal.nextEvent(
                wait: true, pollMilliseconds: background.isBusy ? Self.busyPoll : Self.idlePoll)
            // Everything already waiting (a burst of typing, a storm of resizes) is reduced
            // before one frame is drawn for all of it.
            let before = store.state
            var event: KeyEvent? = first
            var resized = false
            while let current = event {
                if case .resize = current { resized = true }
                store.press(current)
                // Each key's effects before the next key, so a key typed after a search
                // acts on its results (over the dossier alone they are answered at once).
                performEffects(on: terminal, background: background)
                if store.state.isQuitting { break }
                event = terminal.nextEvent(wait: false, pollMilliseconds: 0)
            }
            for event in follower?.poll(now: now()) ?? [] {
                switch event {
                case let .read(file): background.reload(file)
                case let .removed(file): store.send(follower?.removed(file) ?? .dossierReloadFailed(file))
                }
            }
            for news in background.drain() { receive(news) }
            performEffects(on: terminal, background: background)
            opener.reap()
            if store.state != before || resized { terminal.present(store.render()) }
        }
        return 0
    }

    /// Performs the effects waiting in the store, and those their outcomes ask for, until
    /// none is left.
    private mutating func performEffects(on terminal: some DashboardTerminal, background: BackgroundWork) {
        var effects = store.takeEffects()
        while !effects.isEmpty {
            for effect in effects {
                switch effect {
                case let .search(request):
                    // Over a dossier, or a desk of a few thousand quotes, a search takes a
                    // few milliseconds: it is answered at once. Archives and larger desks may
                    // take longer than a keystroke: in the background.
                    if store.context.corpus.answersAtOnce {
                        store.send(SearchRunner.run(request, in: store.context))
                    } else {
                        background.search(request, in: store.context)
                    }
                case let .copy(text): terminal.copyToClipboard(text)
                case let .openLink(url): store.send(.shared(opener.open(url)))
                case let .writeBriefing(request):
                    // Quotes found across a desk are in its combined dossier; anything else is the week shown.
                    let dossier = request.quotes == nil ? store.context.dossier : store.context.corpus.dossier
                    store.send(.shared(briefings.write(request, dossier: dossier)))
                case let .collect(request): store.send(.shared(QuoteCollector.collect(request)))
                case let .saveHistory(searches):
                    do throws(AtomicFile.Failure) {
                        try history?.write(searches)
                    } catch {
                        store.send(.shared(Notice("searches not kept: \(error.description)", isWarning: true)))
                    }
                case let .saveSearch(search):
                    guard let savedSearches, savedSearches.path != nil else {
                        store.send(
                            .shared(Notice("search not kept: neither XDG_DATA_HOME nor HOME is set", isWarning: true)))
                        continue
                    }
                    do throws(AtomicFile.Failure) {
                        try savedSearches.save(search.query, as: search.name)
                        store.send(
                            .shared(
                                Notice(
                                    "search kept as @\(search.name) (: then @ runs it; parley quotes @\(search.name))"))
                        )
                    } catch {
                        store.send(.shared(Notice("search not kept: \(error.description)", isWarning: true)))
                    }
                case let .saveNotes(changed):
                    do throws(NotesStore.Failure) {
                        try (notes ?? NotesStore(environment: [:])).write(changed)
                    } catch {
                        store.send(.shared(Notice("not kept: \(error.description)", isWarning: true)))
                    }
                case let .applyTheme(name):
                    let theme = themes[name] ?? themeNamed(name)
                    themes[name] = theme
                    terminal.apply(theme)
                }
            }
            effects = store.takeEffects()
        }
    }

    /// Puts what background work reported into the store.
    private mutating func receive(_ news: BackgroundNews) {
        switch news {
        case let .action(action):
            store.send(action)
        case let .archive(loaded):
            store.send(.archiveReady(loaded))
        case let .dossier(path, result):
            store.send(follower?.loaded(path, result) ?? .dossierReloadFailed(path))
        }
    }

    /// A monotonic clock in milliseconds.
    public static func monotonicMilliseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000 + UInt64(time.tv_nsec) / 1_000_000
    }
}
