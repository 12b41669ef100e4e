import ParleySystem
import ParleyUI

/// Opens a web address in the user's browser without waiting for it and without letting it
/// write over the dashboard: `$BROWSER`, else `xdg-open`, else `open`.
///
/// The address is passed as one argument to the program, never through a shell, so nothing in
/// a dossier's URL can run a command.
public struct LinkOpener {
    /// The process environment, read once ($BROWSER and $PATH).
    public var environment: [String: String]
    private var children: [pid_t] = []

    public init(environment: [String: String] = LinkOpener.processEnvironment()) {
        self.environment = environment
    }

    /// Starts the browser on `url`; what the status line should say.
    public mutating func open(_ url: String) -> Notice {
        guard let program = browser() else {
            return Notice("no browser found (set $BROWSER): \(url)", isWarning: true)
        }
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The browser's own output would land on the dashboard's screen.
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let arguments = [program, url]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let status = posix_spawn(&pid, program, &actions, nil, &argv, environ)
        guard status == 0 else {
            return Notice("could not start \(program): \(String(cString: strerror(status))); the address is \(url)", isWarning: true)
        }
        children.append(pid)
        return Notice("opened in \(program.split(separator: "/").last.map(String.init) ?? program): \(url)")
    }

    /// Collects browsers that have exited, so none is left a zombie.
    public mutating func reap() {
        children.removeAll { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }

    /// The program to run: the first usable entry of `$BROWSER` (a colon-separated list, as
    /// xdg-utils reads it), else `xdg-open`, else `open`, each looked up on `$PATH`.
    func browser() -> String? {
        let wanted = (environment["BROWSER"] ?? "").split(separator: ":").map(String.init) + ["xdg-open", "open"]
        for name in wanted where !name.isEmpty {
            if let found = executable(name) { return found }
        }
        return nil
    }

    private func executable(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    /// The environment of this process.
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { result[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        return result
    }
}
