/// Reads whole files with a size cap, so a huge file or an endless device is refused, not swallowed.
public enum FileReader {
    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Equatable {
        /// Missing, a directory, no permission: the reason in words.
        case unreadable(String)
        /// More than the limit; the size when the file system reports one.
        case tooLarge(Int?)
    }

    /// The file's bytes, reading at most `limit` (one byte more proves it is too large).
    public static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(reason(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable("is a directory, not a file")) }
        let regular = (status.st_mode & S_IFMT) == S_IFREG
        if regular, Int(status.st_size) > limit { return .failure(.tooLarge(Int(status.st_size))) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(regular ? Int(status.st_size) : 64 * 1024)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                #else
                Darwin.read(descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(regular ? Int(status.st_size) : nil)) }
        }
        return .success(bytes)
    }

    /// A short lowercase reason for an `errno`, as users expect to read it.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory, not a file"
        case ENOTDIR: return "a folder in the path is not a folder"
        default: return String(cString: strerror(code))
        }
    }
}
