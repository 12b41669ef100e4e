import ArgumentParser
import ParleyModel

/// The `parley` command: the week of diplomacy on one screen, and the same model for scripts.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Follow a week of diplomacy: meetings, quotes and positions.",
        discussion: """
        With no subcommand, prints the week's overview. Every subcommand reads the bundled \
        week of 10–13 January 2022 unless --dossier names another file.

        Exit status: 0 success, 64 usage error, 65 invalid dossier, 66 file not found.
        """,
        subcommands: [WeekCommand.self, ShowCommand.self, QuotesCommand.self, PositionsCommand.self, CheckCommand.self]
    )

    @OptionGroup var source: DossierOptions

    mutating func run() throws {
        let dossier = try source.load()
        Console.out(WeekReport.render(dossier, width: Console.width))
    }
}
