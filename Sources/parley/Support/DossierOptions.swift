import ArgumentParser
import ParleyModel

/// The `--dossier FILE` option every subcommand takes, and loading what it names.
struct DossierOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A dossier file to read instead of the bundled week (the dashboard follows it as it is saved).", valueName: "FILE"))
    var dossier: String?

    /// The dossier named by `--dossier`, or the bundled week.
    ///
    /// Warnings go to stderr and loading carries on; errors are printed one per line and end the
    /// command with 65 (invalid data) or 66 (file missing or unreadable).
    func load() throws -> Dossier {
        try loadWithTodos().dossier
    }

    /// The dossier with the placeholders and notes its author has still to settle (none for
    /// the bundled week).
    func loadWithTodos() throws -> (dossier: Dossier, todos: [DossierTodo]) {
        do {
            guard let path = dossier else { return (try BundledDossier.load(), []) }
            let loaded = try DossierLoader.load(path: path)
            for warning in loaded.warnings { Console.error(warning.description) }
            return (loaded.dossier, loaded.todos)
        } catch {
            throw fail(error)
        }
    }
}

/// The `--json` flag of the read commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Wrap text at this many columns (default: the terminal's width, or 80).", valueName: "N"))
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
