import ParleyModel

/// The searches typed on the quotes screen, kept across runs in
/// `$XDG_STATE_HOME/parley/history` (`~/.local/state/parley/history`): one query per line,
/// the latest last.
public struct SearchHistoryFile: Sendable {
    /// The most searches kept; the oldest go first.
    public static let limit = 200

    /// The file; nil when neither XDG_STATE_HOME nor HOME is set (nothing is kept then).
    public let path: String?

    public init(environment: [String: String]) {
        path = XDGFolder.path(.state, "history", environment: environment)
    }

    /// The file the environment names.
    public static var current: SearchHistoryFile {
        SearchHistoryFile(environment: ProcessEnvironment.values(["XDG_STATE_HOME", "HOME"]))
    }

    /// The searches kept, oldest first; none when there is no file or it cannot be read.
    public func read() -> [String] {
        guard let path, case let .success(bytes) = FileReader.read(path: path, limit: 1024 * 1024) else { return [] }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return Array(lines.filter { !$0.isEmpty }.suffix(Self.limit))
    }

    /// Writes the searches whole (the folder made when missing); a search holding a line break
    /// is left out, as it could not be read back as one.
    public func write(_ searches: [String]) throws(AtomicFile.Failure) {
        guard let path else { return }
        try AtomicFile.makeFolders(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
        let kept = searches.filter { !$0.contains("\n") && !$0.contains("\r") }.suffix(Self.limit)
        try AtomicFile.write(Array(kept.map { $0 + "\n" }.joined().utf8), to: path)
    }
}
