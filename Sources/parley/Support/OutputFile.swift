import ArgumentParser
import ParleyModel
import ParleySystem

/// The `--output FILE` of the commands that write one: replaced whole or not at all.
enum OutputFile {
    /// Writes `text` to `path` through a temporary file renamed into place, refusing to replace
    /// a file the command read (`inputs`) and, without `force`, any existing file.
    ///
    /// Exit statuses: 64 for a file that was read, 73 when the file exists or cannot be
    /// created, 74 when writing it failed (a full disk): nothing half-written is left behind.
    static func write(_ text: String, to path: String, force: Bool, inputs: [String]) throws {
        var target = stat()
        // A device or a pipe (/dev/stdout, /dev/full, a named pipe) is written to as it is:
        // it cannot be replaced by renaming, and nothing in it can be left half-written.
        if stat(path, &target) == 0, target.st_mode & S_IFMT != S_IFREG, target.st_mode & S_IFMT != S_IFDIR {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else {
                Console.error("parley: \(path): \(FileReader.reason(errno))")
                throw ExitStatus.cannotCreate
            }
            defer { close(descriptor) }
            if let code = FileDescriptor.writeAll(Array(text.utf8), to: descriptor) {
                Console.error("parley: \(path): \(FileReader.reason(code))")
                throw ExitStatus.ioError
            }
            return
        }
        try checkReplaceable(path, force: force, inputs: inputs)
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            Console.error("parley: \(error.description)")
            throw error.whileWriting ? ExitStatus.ioError : ExitStatus.cannotCreate
        }
    }

    /// Refuses (64) to replace a file the command reads, and (73) without `force` any file
    /// that exists already.
    static func checkReplaceable(_ path: String, force: Bool, inputs: [String]) throws {
        var target = stat()
        if stat(path, &target) == 0 {
            for input in inputs where input != "-" {
                var source = stat()
                if stat(input, &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
                    Console.error("parley: \(path) is one of the files read; parley never writes a file it reads")
                    throw ExitStatus.usage
                }
            }
            guard force else {
                Console.error("parley: \(path) exists already; --force replaces it")
                throw ExitStatus.cannotCreate
            }
        }
    }
}
