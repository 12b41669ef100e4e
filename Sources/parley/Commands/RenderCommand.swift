import ArgumentParser
import ParleyArchive
import ParleyDashboard
import ParleyModel
import ParleyUI

/// `parley render`: one frame of the dashboard, drawn without a terminal.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one dashboard screen without a terminal, exactly as the terminal would get it."
    )

    /// The screens `--screen` names.
    enum ScreenName: String, ExpressibleByArgument, CaseIterable {
        case home, meeting, quotes, positions, timeline, help
    }

    /// The formats `--format` names.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, ansi, svg
    }

    @Option(help: "The screen to draw: home, meeting, quotes, positions, timeline (of a desk) or help.")
    var screen: ScreenName = .home

    @Option(help: ArgumentHelp("The terminal size, WIDTHxHEIGHT.", valueName: "WxH"))
    var size: String = "80x24"

    @Option(help: "text (plain lines), ansi (with SGR colours) or svg (a picture, for documentation).")
    var format: Format = .text

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("A search for the quotes screen (it may start with -, as in --query -nato).", valueName: "Q")
    )
    var query: String?

    @Option(
        help: ArgumentHelp(
            "An engagement id (home, meeting), a quote id (quotes) or a party pair like russia,us (positions).",
            valueName: "ID"))
    var select: String?

    @Flag(help: "Draw with ASCII only, as on a terminal whose locale is not UTF-8.")
    var ascii = false

    @OptionGroup var source: DossierOptions
    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var appearance: AppearanceOptions
    @OptionGroup var accessibility: AccessOptions

    func validate() throws {
        guard Size(parsing: size) != nil else { throw ValidationError("--size must be WIDTHxHEIGHT, such as 120x40") }
    }

    func run() throws {
        let loaded = try source.loadDesk()
        // Asking for ANSI is asking for colour, unless NO_COLOR or --color never says otherwise.
        let chosen = try appearance.appearance(outputIsTerminal: Console.outputIsTerminal, explicitlyRequested: true)
        chosen.reportWarnings()
        let notes = ReaderNotes.read(for: loaded.desk)
        let corpus = QuoteCorpus(desk: loaded.desk, archives: try archives.load(), notes: notes)
        let context = DashboardContext(
            desk: loaded.desk, week: loaded.chosenWeek, corpus: corpus, notes: notes, glyphs: ascii ? .ascii : .unicode,
            themeNames: [chosen.themeName])
        var store = InlineDashboard(
            DashboardStore(
                size: Size(parsing: size)!, context: context,
                accessible: accessibility.isOn(environment: Environment.current))
        )
        do {
            try FrameScript(screen: screen.rawValue, query: query, select: select).apply(to: &store)
        } catch {
            throw usageFailure(error.message)
        }
        let grid = store.render()
        switch format {
        case .text: Console.out(FrameExport.text(grid))
        case .ansi: Console.out(FrameExport.ansi(grid, theme: chosen.theme, depth: chosen.depth))
        case .svg:
            Console.out(FrameExport.svg(grid, theme: chosen.theme))
        }
    }
}
