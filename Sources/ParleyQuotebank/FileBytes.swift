import ParleyModel
import ParleySystem

/// The bytes of a file in memory: mapped when it is a regular file, read to its end when it
/// is a pipe or a device.
///
/// Quotebank ships compressed, so `--quotes <(bzcat quotes-2020.json.bz2)` or `/dev/stdin`
/// are natural ways to hand parley an archive; those cannot be mapped and are read instead.
package struct FileBytes {
    /// Why a file could not be read.
    package struct Failure: Error {
        package var reason: String
    }

    private enum Storage {
        case none
        case mapped(length: Int)
        case allocated
    }

    package let bytes: UnsafeRawBufferPointer
    private let storage: Storage

    /// Opens `path`; `reading` is told the bytes read so far after each read of a pipe.
    package init(path: String, reading: (Int) -> Void) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: FileReader.reason(errno)) }
        defer { Glibc.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: FileReader.reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw Failure(reason: "is a directory, not a file")
        case S_IFREG:
            let length = Int(status.st_size)
            guard length > 0 else {
                (bytes, storage) = (UnsafeRawBufferPointer(start: nil, count: 0), .none)
                return
            }
            guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
                throw Failure(reason: FileReader.reason(errno))
            }
            madvise(address, length, MADV_SEQUENTIAL)
            (bytes, storage) = (UnsafeRawBufferPointer(start: address, count: length), .mapped(length: length))
        default:
            bytes = try Self.readToEnd(descriptor, reading: reading)
            storage = bytes.baseAddress == nil ? .none : .allocated
        }
    }

    /// Gives the memory back.
    package func release() {
        guard let address = bytes.baseAddress else { return }
        switch storage {
        case .none: break
        case let .mapped(length): munmap(UnsafeMutableRawPointer(mutating: address), length)
        case .allocated: free(UnsafeMutableRawPointer(mutating: address))
        }
    }

    /// Reads a descriptor to its end into one growing allocation (realloc moves pages, not bytes).
    private static func readToEnd(_ descriptor: Int32, reading: (Int) -> Void) throws(Failure) -> UnsafeRawBufferPointer {
        var capacity = 1 << 20
        var count = 0
        guard var buffer = malloc(capacity) else { throw Failure(reason: "out of memory") }
        while true {
            if count == capacity {
                guard let grown = realloc(buffer, capacity * 2) else {
                    free(buffer)
                    throw Failure(reason: "out of memory after reading \(count) bytes")
                }
                buffer = grown
                capacity *= 2
            }
            let got = read(descriptor, buffer + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                let reason = FileReader.reason(errno)
                free(buffer)
                throw Failure(reason: reason)
            }
            if got == 0 { break }
            count += got
            reading(count)
        }
        guard count > 0 else {
            free(buffer)
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: buffer, count: count)
    }
}
