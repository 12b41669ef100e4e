import ParleyModel
import ParleySystem

/// Reads a file, a pipe or a device line by line in fixed-size pieces, so an archive far
/// larger than memory can be read (`parley archive build <(bzcat quotes-2019.json.bz2)`).
package struct LineStream {
    /// Why the input could not be read.
    package struct Failure: Error {
        package var reason: String
    }

    private let descriptor: Int32
    /// The size of a regular file; nil for a pipe or a device.
    package let size: Int?

    /// Opens `path` ("-" is standard input).
    package init(path: String) throws(Failure) {
        if path == "-" {
            descriptor = dup(0)
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { throw Failure(reason: FileReader.reason(errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = FileReader.reason(errno)
            Glibc.close(descriptor)
            throw Failure(reason: reason)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            Glibc.close(descriptor)
            throw Failure(reason: "is a directory, not a file")
        }
        size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
    }

    package func close() { Glibc.close(descriptor) }

    /// Calls `body` with each line (without its line break) and its number from 1, and with
    /// the bytes read so far; `body` returns false to stop.
    package func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) throws(Failure) {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var kept = 0
        var lineNumber = 0
        var bytesRead = 0
        while true {
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let got = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + kept, raw.count - kept) }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: FileReader.reason(errno))
            }
            bytesRead += got
            let end = kept + got
            var stop = false
            let consumed = buffer.withUnsafeBufferPointer { bytes -> Int in
                var start = 0
                let base = bytes.baseAddress!
                while start < end, let found = memchr(base + start, 0x0A, end - start) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    lineNumber += 1
                    if !body(UnsafeBufferPointer(rebasing: bytes[start..<index]), lineNumber, bytesRead) {
                        stop = true
                        return index + 1
                    }
                    start = index + 1
                }
                // The last line of the input may have no line break.
                if got == 0, start < end {
                    lineNumber += 1
                    _ = body(UnsafeBufferPointer(rebasing: bytes[start..<end]), lineNumber, bytesRead)
                    return end
                }
                return start
            }
            if stop || got == 0 { return }
            // What is left is the start of a line that goes on in the next read.
            buffer.withUnsafeMutableBufferPointer { bytes in
                for offset in 0..<(end - consumed) { bytes[offset] = bytes[consumed + offset] }
            }
            kept = end - consumed
        }
    }
}
