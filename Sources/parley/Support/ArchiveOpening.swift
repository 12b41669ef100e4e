#if canImport(Glibc)
import Glibc
#endif
import ParleyArchiveMemory
import ParleyModel

/// Opens an archive of whichever kind it is, told by its content rather than its name.
///
/// Every engine sits behind `ArchiveStore`; this is the one place that knows them all.
enum ArchiveOpening {
    /// Opens `path`: Quotebank JSON Lines are read into memory.
    @Sendable static func open(_ path: String, progress: @escaping @Sendable (ArchiveProgress) -> Void) throws(ArchiveLoadFailure) -> OpenedArchive {
        try ArchiveLoader.load(path: path, progress: progress).opened
    }
}
