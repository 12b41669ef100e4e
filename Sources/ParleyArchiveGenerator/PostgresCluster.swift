import Foundation

/// A throwaway PostgreSQL server for tests and benchmarks: its own cluster in a temporary
/// folder, listening on 127.0.0.1 on a free port, stopped and removed afterwards.
///
/// Nothing depends on a server started by hand. As root, the server's programs run as the
/// `postgres` user (PostgreSQL refuses to run as root).
public final class PostgresCluster: @unchecked Sendable {
    // Sendable by hand: every property is set once in `init` and only read after.
    public let folder: String
    public let port: Int
    /// The database made for the caller: `postgresql://postgres@127.0.0.1:PORT/parley`.
    public let url: String
    private let binaries: String
    private let asRoot: Bool

    /// Why a cluster could not be started, with what the failing program printed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts a cluster (about three seconds) with one empty database, `parley`.
    public init() throws {
        binaries = try Self.output(of: ["pg_config", "--bindir"], as: false).trimmingCharacters(in: .whitespacesAndNewlines)
        asRoot = getuid() == 0
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if asRoot { _ = try Self.output(of: ["chown", "postgres", folder], as: false) }
        port = try Self.freePort()
        url = "postgresql://postgres@127.0.0.1:\(port)/parley"
        do {
            _ = try run(["initdb", "-D", folder + "/db", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"])
            _ = try run(["pg_ctl", "-D", folder + "/db", "-l", folder + "/log", "-w", "-o",
                         "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off", "start"])
            _ = try run(["createdb", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "parley"])
        } catch {
            stop()
            throw error
        }
    }

    /// Stops the server at once and removes its folder.
    public func stop() {
        _ = try? run(["pg_ctl", "-D", folder + "/db", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs one of the server's programs, as `postgres` when running as root.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        var command = arguments
        command[0] = binaries + "/" + command[0]
        return try Self.output(of: command, as: asRoot)
    }

    /// Runs a program to its end with its output in a file, not a pipe: the server pg_ctl
    /// starts would hold a pipe open for as long as it runs. posix_spawn and waitpid, since
    /// Foundation's Process was seen not to notice such a child end.
    private static func output(of arguments: [String], as postgres: Bool) throws -> String {
        let command = postgres ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("parley-pg-output-\(UUID().uuidString)").path
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let argv = command.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(command[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        // Exited normally with status 0: the low seven bits say how it ended, the next eight its status.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    /// A port nothing listens on now: the one the system gives a socket bound to port 0.
    public static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "no socket for a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
