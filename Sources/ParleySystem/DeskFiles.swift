import Dispatch
import ParleyModel
import Synchronization

/// What reading a desk's files found: each file loaded or not, and the files checked together.
public struct DeskReading: Sendable {
    /// Every dossier file, in path order.
    public var files: [String]
    /// The files that loaded, by path.
    public var loaded: [String: LoadedDossier]
    /// The files that did not load, in path order, each with why.
    public var failures: [(file: String, failure: DossierLoadFailure)]
    /// The loaded files checked together.
    public var assembly: DeskAssembly
}

/// Finds and reads the dossier files of a desk.
public enum DeskLoader {
    /// Why a desk folder could not be read as one.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The folder is missing or cannot be listed.
        case unreadable(path: String, reason: String)
        /// The folder holds no dossier file.
        case empty(path: String)

        public var description: String {
            switch self {
            case let .unreadable(path, reason): "\(path): \(reason)"
            case let .empty(path): "\(path): no dossier files (*.yaml or *.yml) in this folder or below it"
            }
        }
    }

    /// The deepest folder searched, so a deep tree (or a loop) cannot hold the search up.
    public static let maximumDepth = 16

    /// Every `*.yaml` and `*.yml` file in `directory` or any folder below it, in path order.
    ///
    /// Names starting with a dot (`.git`, an editor's lock file) are skipped, and links to
    /// folders are not followed, so a loop of links is never walked.
    public static func dossierFiles(in directory: String) -> Result<[String], Failure> {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            return .failure(.unreadable(path: directory, reason: FileReader.reason(errno)))
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            return .failure(.unreadable(path: directory, reason: "is not a folder"))
        }
        var files: [String] = []
        var folders: [String] = []
        if let reason = collect(directory, depth: 0, into: &files, folders: &folders) {
            return .failure(.unreadable(path: directory, reason: reason))
        }
        guard !files.isEmpty else { return .failure(.empty(path: directory)) }
        return .success(files.sorted())
    }

    /// `directory` and every folder below it that is searched for dossier files: what changes
    /// (its modification time) when a file is added to the desk, removed or renamed.
    public static func folders(in directory: String) -> [String] {
        var files: [String] = []
        var folders: [String] = []
        _ = collect(directory, depth: 0, into: &files, folders: &folders)
        return folders.sorted()
    }

    /// True when `path` names a folder (following links), which commands read as a desk.
    public static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads every dossier file in `directory` and checks them together.
    public static func read(directory: String) -> Result<DeskReading, Failure> {
        dossierFiles(in: directory).map { read(files: $0, name: folderName(directory)) }
    }

    /// Reads the given dossier files and checks them together as a desk called `name`.
    ///
    /// The files are read on every core at once: each is read on its own, and reading (libyaml
    /// above all) is most of the time a large desk takes to open.
    public static func read(files: [String], name: String) -> DeskReading {
        let results = Mutex<[Result<LoadedDossier, DossierLoadFailure>?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = Result { () throws(DossierLoadFailure) in try DossierLoader.load(path: files[index]) }
            results.withLock { $0[index] = result }
        }
        var loaded: [String: LoadedDossier] = [:]
        var failures: [(file: String, failure: DossierLoadFailure)] = []
        for (file, result) in zip(files, results.withLock { $0 }) {
            switch result {
            case let .success(dossier): loaded[file] = dossier
            case let .failure(failure): failures.append((file, failure))
            case nil: break
            }
        }
        let weeks = files.compactMap { file in
            loaded[file].map { DeskWeek(file: file, dossier: $0.dossier, places: $0.places) }
        }
        return DeskReading(files: files, loaded: loaded, failures: failures, assembly: Desk.assemble(weeks, name: name))
    }

    /// The last component of a folder's path, which names the desk ("ukraine-2022").
    public static func folderName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// Adds the dossier files under `directory` to `files`; the reason when a folder cannot be listed.
    /// The folders listed are added to `folders`.
    private static func collect(
        _ directory: String, depth: Int, into files: inout [String], folders listed: inout [String]
    ) -> String? {
        guard depth <= maximumDepth, let handle = opendir(directory) else {
            return depth > maximumDepth ? nil : FileReader.reason(errno)
        }
        defer { closedir(handle) }
        listed.append(directory)
        var folders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            guard !name.hasPrefix(".") else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            // lstat: a link to a folder is not walked; a link to a file is read like a file.
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                folders.append(path)
            case S_IFREG, S_IFLNK:
                if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { files.append(path) }
            default:
                continue
            }
        }
        for folder in folders {
            // A folder below that cannot be listed is skipped; the desk is the rest.
            _ = collect(folder, depth: depth + 1, into: &files, folders: &listed)
        }
        return nil
    }
}
