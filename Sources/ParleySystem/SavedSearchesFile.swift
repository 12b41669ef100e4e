import ParleyModel

/// The searches kept by name (`:save NAME` on the quotes screen, `parley quotes @NAME`), in
/// `$XDG_DATA_HOME/parley/searches` (`~/.local/share/parley/searches`): one `NAME<TAB>QUERY`
/// per line, names in the order first saved.
public struct SavedSearchesFile: Sendable {
    /// The file; nil when neither XDG_DATA_HOME nor HOME is set (nothing is kept then).
    public let path: String?

    public init(environment: [String: String]) {
        path = XDGFolder.path(.data, "searches", environment: environment)
    }

    /// The file the environment names.
    public static var current: SavedSearchesFile {
        SavedSearchesFile(environment: ProcessEnvironment.values(["XDG_DATA_HOME", "HOME"]))
    }

    /// The searches kept, by name in the order saved, and a problem for each line that does
    /// not read (`FILE:LINE: …`), which is left out.
    public func read() -> (searches: [SavedSearch], problems: [String]) {
        guard let path, case let .success(bytes) = FileReader.read(path: path, limit: 1024 * 1024) else {
            return ([], [])
        }
        return Self.parse(bytes, path: path)
    }

    /// The searches a file's bytes hold, the last of a name winning, and a problem for each
    /// line that does not read; `path` names the file in the problems.
    public static func parse(_ bytes: [UInt8], path: String) -> (
        searches: [SavedSearch], problems: [String]
    ) {
        var searches: [SavedSearch] = []
        var problems: [String] = []
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).enumerated() {
            if line.isEmpty { continue }
            guard let tab = line.firstIndex(of: "\t"), SavedSearch.isName(String(line[..<tab])) else {
                problems.append("\(path):\(index + 1): a saved search is NAME, a tab, then the query")
                continue
            }
            let name = String(line[..<tab])
            let query = String(line[line.index(after: tab)...])
            searches.removeAll { $0.name == name }
            searches.append(SavedSearch(name: name, query: query))
        }
        return (searches, problems)
    }

    /// The query saved under `name`; nil when there is none.
    public func query(named name: String) -> String? {
        read().searches.last { $0.name == name }?.query
    }

    /// Keeps `query` under `name`: the line of that name replaced, or one added at the end;
    /// every other line, one that does not read included, kept as it was.
    public func save(_ query: String, as name: String) throws(AtomicFile.Failure) {
        guard let path else { return }
        var lines: [String] = []
        if case let .success(bytes) = FileReader.read(path: path, limit: 1024 * 1024) {
            lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            if lines.last == "" { lines.removeLast() }
        }
        let line =
            name + "\t" + query.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        if let index = lines.lastIndex(where: { $0.hasPrefix(name + "\t") }) {
            lines[index] = line
        } else {
            lines.append(line)
        }
        try AtomicFile.makeFolders(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
        try AtomicFile.write(Array(lines.map { $0 + "\n" }.joined().utf8), to: path)
    }
}
