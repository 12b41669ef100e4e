import ParleyModel
import ParleySystem
import ParleyUI

/// The user's keymap file, `$XDG_CONFIG_HOME/parley/keys.yaml`, read and put in force over
/// the keys parley ships with; what it could not use, with where.
struct UserKeymap {
    /// The file; nil when neither XDG_CONFIG_HOME nor HOME is set.
    var path: String?
    /// True when the file is there (whether or not it reads).
    var exists: Bool
    var file: KeymapFile
    var dashboard: Keymap
    var review: ReviewKeymap
    /// Every problem, as warnings in file order; each entry with one keeps its action's keys.
    var problems: [Diagnostic]

    /// The keymap file the environment names, read now.
    static func read(environment: [String: String]) -> UserKeymap {
        let path = XDGFolder.path(.config, "keys.yaml", environment: environment)
        var file = KeymapFile(file: path ?? "keys.yaml")
        var exists = false
        if let path {
            switch FileReader.read(path: path, limit: 1024 * 1024) {
            case let .success(bytes):
                exists = true
                file = KeymapFile.parse(bytes: bytes, file: path)
            case .failure(.unreadable("no such file")):
                break
            case let .failure(failure):
                exists = true
                let reason: String
                switch failure {
                case let .unreadable(words): reason = words
                case .tooLarge: reason = "larger than a keymap can be (1 MiB)"
                }
                file.problems = [
                    Diagnostic(file: path, line: 1, column: 1, severity: .warning, message: "not read: \(reason)")
                ]
            }
        }
        let dashboard = Keymap.standard.applying(file)
        let review = ReviewKeymap.standard.applying(file)
        // The file's own problems are the dashboard's to report; the review adds its section's.
        let problems = (dashboard.problems + review.problems)
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return UserKeymap(
            path: path, exists: exists, file: file, dashboard: dashboard.keymap, review: review.keymap,
            problems: problems)
    }

    /// The keymap file of this process's environment.
    static var current: UserKeymap {
        read(environment: ProcessEnvironment.values(["XDG_CONFIG_HOME", "HOME"]))
    }

    /// The status line's word on the file at the start: its first problem, and how many more.
    var notice: String? {
        guard let first = problems.first else { return nil }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more: parley keys lists them)" : ""
        return first.description + more
    }
}
