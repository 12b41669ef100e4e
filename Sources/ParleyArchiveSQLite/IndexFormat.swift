import ParleyArchive
import ParleyModel
import ParleySystem

/// What makes a file parley's quote index, and the checks made before SQLite is let near it.
///
/// An index is an SQLite database whose header carries parley's application id and the
/// index format's version (`user_version`). Both are read straight from the 100-byte header,
/// so a foreign or truncated file is refused with a clear message before any query runs.
public enum IndexFormat {
    /// `prly`, in SQLite's `application_id`.
    package static let applicationID: Int32 = 0x7072_6C79
    /// The layout this parley writes and reads. A change to the tables, the words indexed or
    /// their meaning is a new version.
    package static let version: Int32 = 6
    /// The 16 bytes every SQLite database starts with.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// True when the file at `path` starts as an SQLite database does. Only a regular file
    /// is looked at: reading the start of a pipe would take those bytes from its reader.
    public static func isSQLite(path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        guard let header = readHeader(path: path, count: 16) else { return false }
        return header == magic
    }

    /// Checks the header of an SQLite file: parley's, a version this parley reads, and as
    /// long as the header says. Throws the reason a file is refused.
    static func check(path: String) throws(ArchiveLoadFailure) {
        guard let header = readHeader(path: path, count: 100), header.count == 100, Array(header[0..<16]) == magic else {
            throw ArchiveLoadFailure(path: path, reason: "not a parley quote index: the SQLite header is missing or cut short", kind: .invalid)
        }
        func integer(at offset: Int) -> UInt32 {
            header[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let application = Int32(bitPattern: integer(at: 68))
        guard application == applicationID else {
            throw ArchiveLoadFailure(path: path, reason: "an SQLite database, but not a quote index built by parley (`parley archive build` makes one)", kind: .invalid)
        }
        let version = Int32(bitPattern: integer(at: 60))
        if version > IndexFormat.version {
            throw ArchiveLoadFailure(path: path, reason: "a quote index of format version \(version), newer than this parley reads (version \(IndexFormat.version)): update parley, or build the index again with this one", kind: .invalid)
        }
        if version < 1 {
            throw ArchiveLoadFailure(path: path, reason: "an unfinished quote index (its build was interrupted): build it again", kind: .invalid)
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pages = Int(integer(at: 28))
        var status = stat()
        guard stat(path, &status) == 0 else { throw ArchiveLoadFailure(path: path, reason: FileReader.reason(errno)) }
        let expected = pageSize * pages
        if Int(status.st_size) < expected {
            throw ArchiveLoadFailure(path: path, reason: "a damaged quote index: \(status.st_size) bytes where its header promises \(expected) (cut short?)", kind: .invalid)
        }
    }

    private static func readHeader(path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
        guard got >= 0 else { return nil }
        return Array(bytes[0..<got])
    }
}
