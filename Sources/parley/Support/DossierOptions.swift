import ArgumentParser
import ParleyModel
import ParleySystem

/// The options every subcommand takes to say what to read — `--dossier FILE` (once or
/// more), `--desk DIR`, `--week ID` — and loading what they name.
struct DossierOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A dossier file to read instead of the bundled week; given more than once, the files are read together as a desk. The dashboard follows every file as it is saved.",
            valueName: "FILE"))
    var dossier: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A folder of dossier files (*.yaml or *.yml, at any depth) to read together as a desk, one dossier per week or period (also $PARLEY_DESK).",
            valueName: "DIR"))
    var desk: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "On a desk, the week to show where a command shows one: a dossier id or a day in its period (default: the latest week).",
            valueName: "ID|DATE"))
    var week: String?

    /// The desk's folder: `--desk`, or `$PARLEY_DESK` when no `--dossier` names files instead.
    var deskFolder: String? {
        if let desk { return desk }
        guard dossier.isEmpty, let folder = ProcessEnvironment.value("PARLEY_DESK"), !folder.isEmpty else { return nil }
        return folder
    }

    /// Every file read, in path order: the desk's and those named with `--dossier`; empty
    /// for the bundled week.
    func files() throws -> [String] {
        var files: [String] = []
        if let folder = deskFolder {
            switch DeskLoader.dossierFiles(in: folder) {
            case let .success(found): files = found
            case let .failure(failure): throw fail(failure)
            }
        }
        for file in dossier where !files.contains(file) { files.append(file) }
        return files
    }

    /// The week a command shows: the dossier of `--week`, or the latest week of the desk.
    func load() throws -> Dossier {
        try loadDesk().week.dossier
    }

    /// The week a command shows, with the placeholders and notes its author has still to
    /// settle (none for the bundled week).
    func loadWithTodos() throws -> (dossier: Dossier, todos: [DossierTodo]) {
        let loaded = try loadDesk()
        return (loaded.week.dossier, loaded.todos[loaded.week.file] ?? [])
    }

    /// Everything named, as a desk: the bundled week alone, one file, or many.
    ///
    /// Warnings go to stderr and loading carries on. Any file that does not load, or an id
    /// two files both claim, ends the command after every problem is printed: 66 when a file
    /// cannot be read, otherwise 65. A `--week` the desk does not hold is a usage error (64).
    /// - Parameter keepingWhatLoads: the dashboard's way: files of a desk that do not load are
    ///   left out and their problems kept in `LoadedDesk.problems` (to be shown, and the files
    ///   followed until fixed) rather than stopping the command, as long as some file loads.
    func loadDesk(keepingWhatLoads: Bool = false) throws -> LoadedDesk {
        let files = try files()
        let loaded: LoadedDesk
        if files.isEmpty {
            loaded = LoadedDesk(
                desk: Desk(single: DeskWeek(file: BundledDossier.fileName, dossier: try BundledDossier.load())),
                todos: [:])
        } else if files.count == 1, deskFolder == nil {
            // One file reads exactly as it always has: its own messages, its own status.
            do {
                let one = try DossierLoader.load(path: files[0])
                for warning in one.warnings { Console.error(warning.description) }
                loaded = LoadedDesk(
                    desk: Desk(single: DeskWeek(file: files[0], dossier: one.dossier, places: one.places)),
                    todos: [files[0]: one.todos])
            } catch {
                throw fail(error)
            }
        } else {
            let name = deskFolder.map(DeskLoader.folderName) ?? "Desk"
            loaded = try Self.assemble(DeskLoader.read(files: files, name: name), keepingWhatLoads: keepingWhatLoads)
        }
        var chosen = loaded
        chosen.files = files
        if let week {
            guard let index = loaded.desk.weekIndex(named: week) else {
                throw unknownName(
                    "week", week, known: loaded.desk.weeks.map { ($0.id, [$0.dossier.title]) }, in: "desk")
            }
            chosen.chosenWeek = index
        }
        return chosen
    }

    /// The desk a reading makes, every problem printed; throws the status when there is none.
    /// Keeping what loads, files that do not load are left out, their first problems returned
    /// instead of printed, when the rest makes a desk.
    static func assemble(_ reading: DeskReading, keepingWhatLoads: Bool = false) throws -> LoadedDesk {
        if keepingWhatLoads, !reading.failures.isEmpty, !reading.loaded.isEmpty, let desk = reading.assembly.desk {
            var loaded = LoadedDesk(desk: desk, todos: reading.loaded.mapValues(\.todos))
            loaded.problems = reading.failures.map { ($0.file, $0.failure.firstProblem) }
            return loaded
        }
        var status: ExitCode?
        for file in reading.files {
            if let warnings = reading.loaded[file]?.warnings {
                for warning in warnings { Console.error(warning.description) }
            } else if let failure = reading.failures.first(where: { $0.file == file })?.failure {
                let code = fail(failure)
                if status == nil || code == ExitStatus.noInput { status = code }
            }
        }
        for diagnostic in reading.assembly.diagnostics { Console.error(diagnostic.description) }
        if let status { throw status }
        guard let desk = reading.assembly.desk else { throw ExitStatus.invalidData }
        return LoadedDesk(desk: desk, todos: reading.loaded.mapValues(\.todos))
    }
}

/// A desk as the commands use it: the weeks, what each file has left to do, the week chosen.
struct LoadedDesk {
    var desk: Desk
    /// Placeholders and notes by file.
    var todos: [String: [DossierTodo]]
    /// The index of the week `--week` chose, or the latest.
    var chosenWeek: Int
    /// Every file read, in path order; empty for the bundled week.
    var files: [String] = []
    /// The files left out because they do not load, in path order, each with its first problem.
    var problems: [(file: String, problem: String)] = []

    init(desk: Desk, todos: [String: [DossierTodo]]) {
        self.desk = desk
        self.todos = todos
        chosenWeek = desk.latestIndex
    }

    /// The week `--week` chose, or the latest.
    var week: DeskWeek { desk.weeks[chosenWeek] }

    /// The week's dossier id for each quote, or nil on a desk of one week (where it goes without saying).
    var weekOfQuote: ((Quote) -> String?)? {
        guard desk.weeks.count > 1 else { return nil }
        let desk = desk
        return { quote in desk.weekIndex(ofQuote: quote.id).map { desk.weeks[$0].id } }
    }
}

extension DeskLoader.Failure: CommandFailure {
    var messages: [String] { ["parley: " + VisibleText.escaped(description)] }
    var exitStatus: ExitCode { ExitStatus.noInput }
}

/// The `--json` flag of the read commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp("Wrap text at this many columns (default: the terminal's width, or 80).", valueName: "N"))
    var width: Int?

    /// The width to lay text out in.
    var columns: Int { width ?? Console.width }

    /// Prints a report as JSON or as text laid out in `columns`, as the flags ask.
    func write(json: () -> JSONValue, text: (_ width: Int) -> String) {
        Console.out(self.json ? json().serialized() + "\n" : text(columns))
    }

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }
}
