import ParleyArchive
import ParleyArchiveMemory
import ParleyArchivePostgres
import ParleyArchiveSQLite
import ParleyModel

/// The archive engines parley knows: the one list that opening (`--quotes`) and building
/// (`parley archive build --output`) both choose from, and the only place that knows them all.
///
/// Every engine sits behind `ArchiveStore`; which one holds an archive is told by what it is
/// (an address, an SQLite file), never by its name.
enum ArchiveEngine: CaseIterable {
    /// A PostgreSQL database a build loaded, named by its `postgresql://` address.
    case postgres
    /// An index file built by `parley archive build`.
    case index
    /// Quotebank JSON Lines, read into memory.
    case memory

    /// The engine that holds the archive at `path`.
    static func holding(_ path: String) -> ArchiveEngine {
        if PostgresAddress.isAddress(path) { return .postgres }
        if IndexFormat.isSQLite(path: path) { return .index }
        return .memory
    }

    /// The engine `parley archive build --output output` builds with: a database for an
    /// address, an index file otherwise.
    static func building(_ output: String) -> ArchiveEngine {
        PostgresAddress.isAddress(output) ? .postgres : .index
    }

    /// How `path` is named in messages: a database's address without its password.
    func shownName(_ path: String) -> String {
        self == .postgres ? PostgresAddress(path).description : path
    }

    /// True for an archive on a server rather than in a file.
    var isDatabase: Bool { self == .postgres }

    /// Opens `path` with the engine that holds it.
    @Sendable static func open(_ path: String, progress: @escaping @Sendable (ArchiveProgress) -> Void)
        throws(ArchiveLoadFailure) -> OpenedArchive
    {
        switch holding(path) {
        case .postgres: return OpenedArchive(store: try PostgresArchive.open(PostgresAddress(path)))
        case .index: return OpenedArchive(store: try IndexedArchive.open(path: path))
        case .memory: return try ArchiveLoader.load(path: path, progress: progress).opened
        }
    }

    /// Builds an archive of `inputs` at `output` with this engine; `replace` lets a database's
    /// archive be replaced (a file's replacement is checked before, by `OutputFile`).
    func build(
        inputs: [String], output: String, replace: Bool, report: (ArchiveBuildStep) -> Void, interruption: () -> Int32?
    ) throws(ArchiveBuildFailure) -> ArchiveBuildSummary {
        switch self {
        case .postgres:
            return try PostgresBuilder.build(
                inputs: inputs, address: PostgresAddress(output), replace: replace, report: report,
                interruption: interruption)
        case .index, .memory:
            // `building(_:)` never gives memory: that engine reads the JSON Lines themselves.
            return try IndexBuilder.build(inputs: inputs, output: output, report: report, interruption: interruption)
        }
    }
}
