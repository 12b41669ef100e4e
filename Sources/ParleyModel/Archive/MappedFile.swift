#if canImport(Glibc)
import Glibc
#endif

/// A file mapped into memory for reading.
struct MappedFile {
    /// Why a file could not be mapped.
    struct Failure: Error {
        var reason: String
    }

    let bytes: UnsafeRawBufferPointer
    private let length: Int

    init(path: String) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: FileReader.reason(errno)) }
        defer { Glibc.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: FileReader.reason(errno)) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw Failure(reason: "is a directory, not a file") }
        length = Int(status.st_size)
        guard length > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw Failure(reason: FileReader.reason(errno))
        }
        madvise(address, length, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: address, count: length)
    }

    func close() {
        if let address = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: address), length) }
    }
}
