#if canImport(Glibc)
import Glibc
#endif
import ParleyArchiveMemory
import ParleyArchivePostgres
import ParleyArchiveSQLite
import ParleyModel

/// Opens an archive of whichever kind it is, told by its content rather than its name.
///
/// Every engine sits behind `ArchiveStore`; this is the one place that knows them all.
enum ArchiveOpening {
    /// Opens `path`: a `postgresql://` address on its server, an index built by
    /// `parley archive build` where it is, anything else as Quotebank JSON Lines read into memory.
    @Sendable static func open(_ path: String, progress: @escaping @Sendable (ArchiveProgress) -> Void) throws(ArchiveLoadFailure) -> OpenedArchive {
        if isDatabase(path) { return OpenedArchive(store: try PostgresArchive.open(PostgresAddress(path))) }
        if IndexFormat.isSQLite(path: path) { return OpenedArchive(store: try IndexedArchive.open(path: path)) }
        return try ArchiveLoader.load(path: path, progress: progress).opened
    }

    /// True when `path` is a database's address rather than a file.
    static func isDatabase(_ path: String) -> Bool {
        PostgresAddress.isAddress(path)
    }
}
