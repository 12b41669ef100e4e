import ArgumentParser
import ParleyModel
import ParleySystem

/// `parley check FILE|DIR...`: validates dossier files, and folders of them as desks, reporting every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check dossier files; every problem is printed as FILE:LINE:COLUMN: error: MESSAGE.",
        discussion: """
            A folder is checked as a desk: each of its dossier files (*.yaml, *.yml, at any depth), \
            then the files together: an engagement or quote id two files claim is an error, a person, \
            issue or party defined two different ways a warning, both places named.

            Exit status: 0 when every file is valid, 65 when any has errors, 66 when any cannot be read. \
            With --todo, every placeholder and note a draft leaves is listed as FILE:LINE:COLUMN: todo: WHAT \
            (or check: for an attribution to verify), and the status is 1 while any remain.
            """
    )

    @Argument(help: ArgumentHelp("Dossier files, or folders of them to check as desks.", valueName: "FILE|DIR"))
    var files: [String]

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(
        name: .long, help: "List every placeholder (TODO) and every attribution to verify (CHECK) still in the files.")
    var todo = false

    @OptionGroup var archives: ArchiveOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one dossier file to check") }
    }

    func run() throws {
        var status: ExitCode = .success
        // A file that cannot be read outranks one that is merely invalid.
        func note(_ code: ExitCode) {
            if code == ExitStatus.noInput || status == .success || status == Self.todosRemain { status = code }
        }
        for argument in files {
            guard DeskLoader.isFolder(argument) else {
                if let code = check(argument).status { note(code) }
                continue
            }
            // A folder is a desk: every file on its own, then the files together.
            switch DeskLoader.dossierFiles(in: argument) {
            case let .failure(failure):
                note(fail(failure))
            case let .success(found):
                var weeks: [DeskWeek] = []
                for file in found {
                    let result = check(file)
                    if let code = result.status { note(code) }
                    if let loaded = result.loaded {
                        weeks.append(DeskWeek(file: file, dossier: loaded.dossier, places: loaded.places))
                    }
                }
                let assembly = Desk.assemble(weeks, name: DeskLoader.folderName(argument))
                for diagnostic in assembly.diagnostics { Console.error(diagnostic.description) }
                let warned = assembly.diagnostics.contains { $0.severity == .warning }
                guard let desk = assembly.desk, !(strict && warned) else {
                    note(ExitStatus.invalidData)
                    continue
                }
                if weeks.count == found.count, !todo {
                    Console.out(
                        "\(VisibleText.escaped(argument)): desk ok (\(WeekReport.count(desk.weeks.count, "week")), \(WeekReport.count(desk.combined.engagements.count, "engagement")), \(WeekReport.count(desk.combined.quotes.count, "quote")))\n"
                    )
                }
            }
        }
        // Archives named with --quotes are read too, so their damaged lines are reported.
        let loaded = try archives.load()
        for archive in loaded {
            Console.out("\(VisibleText.escaped(archive.name)): ok (\(WeekReport.count(archive.count, "quote")))\n")
        }
        if status != .success { throw status }
    }

    /// Checks one file, printing what it finds; the file as loaded (nil when it does not load)
    /// and the status it calls for (nil when it passes).
    private func check(_ file: String) -> (loaded: LoadedDossier?, status: ExitCode?) {
        do {
            let loaded = try DossierLoader.load(path: file)
            for warning in loaded.warnings { Console.error(warning.description) }
            if strict, !loaded.warnings.isEmpty { return (loaded, ExitStatus.invalidData) }
            let dossier = loaded.dossier
            if todo {
                for item in loaded.todos { Console.out(item.description + "\n") }
                Console.out("\(VisibleText.escaped(file)): \(Self.summary(loaded.todos))\n")
                return (loaded, loaded.todos.isEmpty ? nil : Self.todosRemain)
            }
            Console.out(
                "\(VisibleText.escaped(file)): ok (\(WeekReport.count(dossier.engagements.count, "engagement")), \(WeekReport.count(dossier.quotes.count, "quote")), \(WeekReport.count(dossier.positions.count, "position")))\n"
            )
            return (loaded, nil)
        } catch {
            return (nil, fail(error))
        }
    }

    /// The status of `check --todo` while any placeholder or note remains (as `grep` answers 1).
    static let todosRemain = ExitCode(1)

    /// "3 to do, 1 to check", or "nothing left to do".
    static func summary(_ todos: [DossierTodo]) -> String {
        let missing = todos.filter { $0.kind == .todo }.count
        let checks = todos.count - missing
        guard !todos.isEmpty else { return "nothing left to do" }
        return [missing > 0 ? "\(missing) to do" : nil, checks > 0 ? "\(checks) to check" : nil].compactMap { $0 }
            .joined(separator: ", ")
    }
}
