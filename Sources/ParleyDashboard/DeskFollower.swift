import ParleyModel
import ParleySystem
import ParleyUI

/// Follows every file of a desk while the dashboard runs: saves, files added to its folder
/// and files removed, each turned into the action that puts the new desk on screen.
///
/// It keeps the last good version of every file, so a save that does not load, or that
/// claims an id another file has, leaves that file's week as it was and the rest of the desk
/// untouched; the problem is said until the file is fixed.
public struct DeskFollower: Sendable {
    /// What the loop is to do about a file.
    public enum Event: Equatable, Sendable {
        /// The file was saved (or has appeared) and has settled: read it in the background.
        case read(String)
        /// The file has gone and stayed gone.
        case removed(String)
    }

    /// How often the folder is listed for files added to it, in milliseconds.
    public static let rescanInterval: UInt64 = 500
    /// How often every file is looked at when the kernel says which ones changed, in
    /// milliseconds: in case it missed one (a network file system changed from elsewhere).
    public static let sweepInterval: UInt64 = 2_000
    /// How long a removed file must stay gone before its week is dropped, in milliseconds
    /// (an editor's save may delete the file and rename a new one into its place).
    public static let removedAfter: UInt64 = 600

    /// The desk's folder, listed for new files; nil when the files were named one by one,
    /// where a file that goes is a problem rather than a week removed.
    public let folder: String?
    /// The desk's name, kept when it is put together again.
    public let name: String
    /// The last good version of each file's week, by file.
    public private(set) var weeks: [String: DeskWeek]
    /// The first problem of each file that is broken now, by file.
    public private(set) var problems: [String: String] = [:]
    private var watches: [String: FileWatch] = [:]
    private var lastScan: UInt64
    /// The folders of the desk as they were at the last listing: while none has changed, no
    /// file can have been added, so the folder is not listed again (a desk of hundreds of
    /// files is then followed at the cost of a few `stat` calls).
    private var folders: [String: FileSignature] = [:]
    /// The kernel's word on which files changed, where it gives one: then only those files,
    /// and files with a change still settling, are looked at between sweeps.
    private let kernel: FolderEvents?
    /// The files to look at on every poll until they settle.
    private var awake: Set<String> = []
    private var lastSweep: UInt64
    /// How many times a file has been looked at (a `stat`): what following costs, for the benchmark.
    public private(set) var looks = 0

    /// Starts following the files of `desk` (named by `DeskWeek.file`) as they are now, and
    /// the `broken` files left out of it (each with its problem), which are read again when saved.
    public init(desk: Desk, folder: String?, now: UInt64, broken: [String: String] = [:]) {
        self.folder = folder
        name = desk.combined.title
        weeks = Dictionary(desk.weeks.map { ($0.file, $0) }, uniquingKeysWith: { _, last in last })
        for file in Set(weeks.keys).union(broken.keys) {
            watches[file] = FileWatch(path: file, missingAfter: Self.removedAfter, now: now)
        }
        problems = broken
        lastScan = now
        lastSweep = now
        files = watches.keys.sorted()
        // The folders whose entries change when a file in them is saved, added or removed; if
        // the kernel refuses one, every file is looked at on every poll, as without it.
        let watched = folder.map { DeskLoader.folders(in: $0) } ?? Array(Set(files.map(Self.parent)))
        if let events = FolderEvents.open(), watched.allSatisfy({ events.watch($0) }) {
            kernel = events
        } else {
            kernel = nil
        }
    }

    /// The folder a file is in.
    static func parent(_ file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    /// Every file followed, in path order.
    public private(set) var files: [String] = []

    /// Looks at the files (and the folder) if it is time to; what the loop should do.
    /// `listing` lists the folder's dossier files (injected, so tests need no real folder).
    public mutating func poll(
        now: UInt64, listing: (String) -> [String]? = { try? DeskLoader.dossierFiles(in: $0).get() }
    ) -> [Event] {
        if let folder, now >= lastScan + Self.rescanInterval {
            lastScan = now
            if folders.isEmpty || folders.contains(where: { FileSignature.of($0.key) != $0.value }) {
                // Signed before listing, so a file added while listing changes them again.
                folders = Dictionary(
                    DeskLoader.folders(in: folder).compactMap { path in FileSignature.of(path).map { (path, $0) } },
                    uniquingKeysWith: { first, _ in first })
                // A folder added since is watched too (should the kernel refuse, the sweeps still see it).
                for path in folders.keys { kernel?.watch(path) }
                // A file that appears is read once it has settled, like a save.
                for file in listing(folder) ?? [] where watches[file] == nil {
                    watches[file] = FileWatch(newFile: file, missingAfter: Self.removedAfter, now: now)
                    awake.insert(file)
                }
                files = watches.keys.sorted()
            }
        }
        // Every file on a sweep; between sweeps, those the kernel named and those settling.
        var sweep = kernel == nil || now >= lastSweep + Self.sweepInterval
        if let news = kernel?.drain() {
            if news.lostTrack { sweep = true }
            for path in news.paths where watches[path] != nil {
                watches[path]?.poke()
                awake.insert(path)
            }
        }
        if sweep { lastSweep = now }
        var events: [Event] = []
        for file in sweep ? files : awake.sorted() {
            guard var watch = watches[file] else { continue }
            var looked = 0
            let change: FileWatch.Change? = watch.poll(now: now) { (path: String) -> FileSignature? in
                looked += 1
                return FileSignature.of(path)
            }
            looks += looked
            watches[file] = watch
            if watch.isSettled { awake.remove(file) } else { awake.insert(file) }
            switch change {
            case .saved?: events.append(.read(file))
            case .missing?: events.append(.removed(file))
            case nil: break
            }
        }
        return events
    }

    /// The file read again: the action that shows the desk with it, or says why it is not shown.
    public mutating func loaded(_ file: String, _ result: Result<LoadedDossier, DossierLoadFailure>) -> Action {
        let loaded: LoadedDossier
        switch result {
        case let .success(found): loaded = found
        case let .failure(failure): return broken(file, failure.firstProblem)
        }
        var candidate = weeks
        let isNew = candidate[file] == nil
        candidate[file] = DeskWeek(file: file, dossier: loaded.dossier, places: loaded.places)
        let assembly = Desk.assemble(Array(candidate.values), name: name)
        guard let desk = assembly.desk else {
            let error = assembly.diagnostics.first { $0.severity == .error }
            return broken(file, error?.description ?? "\(file): does not fit the desk")
        }
        weeks = candidate
        problems[file] = nil
        // A contradiction keeps the desk; it is said beside the reload, as `check` would say it.
        let warning = (loaded.warnings + assembly.diagnostics.filter { $0.file == file }).first
        let change = "\(file) \(isNew ? "added" : "reloaded")" + (warning.map { " · \($0.description)" } ?? "")
        return .deskReloaded(desk, change: change, problem: firstProblem)
    }

    /// The file has gone: its week is dropped when the desk is a folder; otherwise, and for
    /// the last week of a desk, it is kept and the problem said.
    public mutating func removed(_ file: String) -> Action {
        let gone = "\(file): \(FileReader.reason(ENOENT))"
        // Named files stay followed, and the last week of a desk stays on screen: both are
        // said to be gone, and come back when the file does.
        guard folder != nil, weeks[file] == nil || weeks.count > 1 else { return broken(file, gone) }
        watches[file] = nil
        awake.remove(file)
        files = watches.keys.sorted()
        problems[file] = nil
        weeks[file] = nil
        guard let desk = Desk.assemble(Array(weeks.values), name: name).desk else { return broken(file, gone) }
        return .deskReloaded(desk, change: "\(file) removed", problem: firstProblem)
    }

    /// Records the problem of a file that does not load or fit, keeping its last good version.
    private mutating func broken(_ file: String, _ problem: String) -> Action {
        problems[file] = problem
        return .dossierReloadFailed(problem)
    }

    /// The problem of the first broken file, in path order.
    private var firstProblem: String? {
        problems.keys.sorted().first.flatMap { problems[$0] }
    }
}
