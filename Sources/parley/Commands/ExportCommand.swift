import ArgumentParser
import ParleyModel

/// `parley export`: the week as a briefing to hand on, in Markdown or HTML.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the week, or a desk's period, as a briefing: engagements, key quotes with citations, positions and sources.",
        discussion: """
            Markdown renders on common renderers (GitHub, GitLab, pandoc); HTML is one printable \
            file with no scripts and nothing fetched from elsewhere. Dossier text is escaped in both, \
            and only http(s) addresses become links. On a desk of several weeks the briefing \
            covers the whole period (the timeline, each issue's positions week by week, every \
            week's engagements and key quotes) unless --week names one week.

            Exit status: 0 success, 64 usage error, 65 invalid dossier, 66 dossier not found, \
            73 the output file exists or cannot be created, 74 writing failed.
            """
    )

    /// The formats a briefing is written in.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case markdown, html
    }

    @Option(name: .long, help: ArgumentHelp("markdown or html.", valueName: "FORMAT"))
    var format: Format = .markdown

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this file (replaced whole, never half-written) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file when it exists already.")
    var force = false

    @Option(
        name: .long,
        help: ArgumentHelp("Only the quotes this search finds (the query language of `parley quotes`).", valueName: "Q")
    )
    var query: String?

    @Flag(name: .long, help: "Put your flags and notes (m and M in the dashboard) beside their quotes and engagements.")
    var notes = false

    @OptionGroup var source: DossierOptions

    func run() throws {
        let loaded = try source.loadDesk()
        // A desk of several weeks is briefed as a period unless --week names one of them.
        let wholeDesk = loaded.desk.weeks.count > 1 && source.week == nil
        let weeks = wholeDesk ? loaded.desk.weeks : [loaded.week]
        for week in weeks where !loaded.files.isEmpty {
            let todos = loaded.todos[week.file] ?? []
            guard !todos.isEmpty else { continue }
            let file = VisibleText.escaped(week.file)
            // A briefing of a draft still holding placeholders or unsure attributions says so.
            Console.error(
                "parley: warning: \(file) still has \(CheckCommand.summary(todos)); `parley check --todo \(file)` lists them"
            )
        }
        // Read only when used: a search may ask for flags and notes (flag:, note:), --notes shows them.
        let readerNotes = query != nil || notes ? ReaderNotes.read(for: loaded.desk) : .empty
        var quotes: [Quote]?
        if let query {
            let search =
                wholeDesk
                ? QuoteSearch(desk: loaded.desk, notes: readerNotes)
                : QuoteSearch(dossier: loaded.week.dossier, notes: readerNotes)
            do {
                quotes = try search.search(query).map { search.quotes[$0.index] }
            } catch {
                throw usageFailure("invalid query at \(error.description)")
            }
        }
        var briefing =
            wholeDesk
            ? Briefing(desk: loaded.desk, quotes: quotes, query: query)
            : Briefing(dossier: loaded.week.dossier, quotes: quotes, query: query)
        if notes { briefing.notes = readerNotes }
        let text = format == .markdown ? BriefingMarkdown.render(briefing) : BriefingHTML.render(briefing)
        guard let output else {
            Console.out(text)
            return
        }
        try OutputFile.write(text, to: output, force: force, inputs: loaded.files)
    }
}
