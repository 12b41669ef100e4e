#if canImport(Glibc)
import Glibc
#endif

/// A monotonic clock reading in nanoseconds.
enum Clock {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Runs `body` and returns how long it took, in milliseconds.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1_000_000
    }
}

/// Percentiles of a sample of durations.
struct Sample {
    var values: [Double]

    /// The value below which `fraction` of the sample falls (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    var median: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
}

/// Runs a program, waits for it, and reports its wall time, exit status, peak memory and output.
enum Child {
    struct Outcome {
        var milliseconds: Double
        var status: Int32
        var peakMiB: Double
        var output: String
    }

    static func run(_ path: String, _ arguments: [String], captureOutput: Bool = false) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipe: [Int32] = [-1, -1]
        if captureOutput {
            _ = Glibc.pipe(&pipe)
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Clock.now()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
            return Outcome(milliseconds: 0, status: -1, peakMiB: 0, output: "")
        }
        var output: [UInt8] = []
        if captureOutput {
            close(pipe[1])
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = read(pipe[0], &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                output += buffer[0..<count]
            }
            close(pipe[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let elapsed = Double(Clock.now() - start) / 1_000_000
        return Outcome(milliseconds: elapsed, status: (status >> 8) & 0xFF, peakMiB: Double(usage.ru_maxrss) / 1024, output: String(decoding: output, as: UTF8.self))
    }
}

/// Where this executable is, so the other products built beside it can be found.
enum BuiltProducts {
    static var folder: String {
        var buffer = [Int8](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = length > 0 ? String(cString: Array(buffer[0..<length]) + [0]) : CommandLine.arguments[0]
        return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    }
}
