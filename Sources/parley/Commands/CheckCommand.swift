import ArgumentParser
import ParleyModel

/// `parley check FILE...`: validates dossier files and reports every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check dossier files; every problem is printed as FILE:LINE:COLUMN: error: MESSAGE.",
        discussion: """
        Exit status: 0 when every file is valid, 65 when any has errors, 66 when any cannot be read. \
        With --todo, every placeholder and note a draft leaves is listed as FILE:LINE:COLUMN: todo: WHAT \
        (or check: for an attribution to verify), and the status is 1 while any remain.
        """
    )

    @Argument(help: ArgumentHelp("Dossier files to check.", valueName: "FILE"))
    var files: [String]

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "List every placeholder (TODO) and every attribution to verify (CHECK) still in the files.")
    var todo = false

    @OptionGroup var archives: ArchiveOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one dossier file to check") }
    }

    func run() throws {
        var status: ExitCode = .success
        for file in files {
            do {
                let loaded = try DossierLoader.load(path: file)
                for warning in loaded.warnings { Console.error(warning.description) }
                if strict, !loaded.warnings.isEmpty {
                    if status == .success { status = ExitStatus.invalidData }
                    continue
                }
                let dossier = loaded.dossier
                if todo {
                    for item in loaded.todos { Console.out(item.description + "\n") }
                    Console.out("\(VisibleText.escaped(file)): \(Self.summary(loaded.todos))\n")
                    if !loaded.todos.isEmpty, status == .success { status = Self.todosRemain }
                    continue
                }
                Console.out("\(VisibleText.escaped(file)): ok (\(WeekReport.count(dossier.engagements.count, "engagement")), \(WeekReport.count(dossier.quotes.count, "quote")), \(WeekReport.count(dossier.positions.count, "position")))\n")
            } catch {
                let code = fail(error)
                // A file that cannot be read outranks one that is merely invalid.
                if code == ExitStatus.noInput || status == .success || status == Self.todosRemain { status = code }
            }
        }
        // Archives named with --quotes are read too, so their damaged lines are reported.
        let loaded = try archives.load()
        for archive in loaded { Console.out("\(VisibleText.escaped(archive.name)): ok (\(WeekReport.count(archive.count, "quote")))\n") }
        if status != .success { throw status }
    }

    /// The status of `check --todo` while any placeholder or note remains (as `grep` answers 1).
    static let todosRemain = ExitCode(1)

    /// "3 to do, 1 to check", or "nothing left to do".
    static func summary(_ todos: [DossierTodo]) -> String {
        let missing = todos.filter { $0.kind == .todo }.count, checks = todos.count - missing
        guard !todos.isEmpty else { return "nothing left to do" }
        return [missing > 0 ? "\(missing) to do" : nil, checks > 0 ? "\(checks) to check" : nil].compactMap { $0 }.joined(separator: ", ")
    }
}
