/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it.
///
/// A reader (an open dashboard following the file, another program) sees either the old file
/// or the new one, never half of it; an interrupted write leaves only a stray temporary file,
/// which is removed on every failure this code sees.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// False when the file could not even be created (a missing folder, no permission);
        /// true when writing it failed (a full disk, an I/O error).
        public var whileWriting: Bool
        public var description: String { "\(path): \(reason)" }
    }

    /// Writes `bytes` to `path`, replacing what is there; with `mode`, the new file has those
    /// permissions (a file replaced keeps its own) rather than the usual ones.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t? = nil) throws(Failure) {
        let temporary = try temporaryCopy(of: bytes, beside: path, mode: mode)
        guard rename(temporary, path) == 0 else {
            let reason = FileReader.reason(errno)
            unlink(temporary)
            throw Failure(path: path, reason: reason, whileWriting: true)
        }
    }

    /// Writes `bytes` to `path` only if nothing is there, whole or not at all; false, and
    /// nothing written, when a file is there already (one that appeared since it was looked for).
    public static func create(_ bytes: [UInt8], at path: String) throws(Failure) -> Bool {
        let temporary = try temporaryCopy(of: bytes, beside: path, mode: nil)
        defer { unlink(temporary) }
        // A hard link, unlike a rename, never replaces a file that is there.
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw Failure(path: path, reason: FileReader.reason(errno), whileWriting: true)
        }
        return true
    }

    /// Makes `folder` and every folder above it that is missing, as `mkdir -p` does.
    public static func makeFolders(_ folder: String) throws(Failure) {
        var built = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0, errno != EEXIST {
                throw Failure(path: built, reason: FileReader.reason(errno), whileWriting: false)
            }
        }
    }

    /// A temporary file beside `path` holding `bytes`, synced to the disk; its path.
    private static func temporaryCopy(of bytes: [UInt8], beside path: String, mode: mode_t?) throws(Failure) -> String {
        var template = Array((path + ".parley-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(path: path, reason: FileReader.reason(errno), whileWriting: false) }
        let temporary = String(decoding: template.map { UInt8(bitPattern: $0) }.prefix { $0 != 0 }, as: UTF8.self)
        if let code = FileDescriptor.writeAll(bytes, to: descriptor) {
            close(descriptor)
            unlink(temporary)
            throw Failure(path: path, reason: FileReader.reason(code), whileWriting: true)
        }
        // Readable by others as a file written with the usual umask would be.
        let mask = umask(0o022)
        umask(mask)
        fchmod(descriptor, mode ?? (0o666 & ~mask))
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let reason = FileReader.reason(errno)
            unlink(temporary)
            throw Failure(path: path, reason: reason, whileWriting: true)
        }
        return temporary
    }
}
