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

    /// Starts following the files of `desk` (named by `DeskWeek.file`) as they are now.
    public init(desk: Desk, folder: String?, now: UInt64) {
        self.folder = folder
        name = desk.combined.title
        weeks = Dictionary(desk.weeks.map { ($0.file, $0) }, uniquingKeysWith: { _, last in last })
        for file in weeks.keys {
            watches[file] = FileWatch(path: file, missingAfter: Self.removedAfter, now: now)
        }
        lastScan = now
    }

    /// Every file followed, in path order.
    public var files: [String] { watches.keys.sorted() }

    /// Looks at the files (and the folder) if it is time to; what the loop should do.
    /// `listing` lists the folder's dossier files (injected, so tests need no real folder).
    public mutating func poll(
        now: UInt64, listing: (String) -> [String]? = { try? DeskLoader.dossierFiles(in: $0).get() }
    ) -> [Event] {
        if let folder, now >= lastScan + Self.rescanInterval {
            lastScan = now
            // A file that appears is read once it has settled, like a save.
            for file in listing(folder) ?? [] where watches[file] == nil {
                watches[file] = FileWatch(newFile: file, missingAfter: Self.removedAfter, now: now)
            }
        }
        var events: [Event] = []
        for file in files {
            switch watches[file]?.poll(now: now) {
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
