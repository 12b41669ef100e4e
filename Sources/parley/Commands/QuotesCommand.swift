import ArgumentParser
import ParleyModel
import ParleyUI

/// `parley quotes [QUERY]`: quotes matching a search, best first.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Search the quotes, best matches first (all quotes without a query).",
        discussion: """
        Query language: words must all match (case and accents ignored; the last word may be \
        the start of a word); "exact phrase"; -word excludes; a | b matches either; fields \
        speaker: party: meeting: issue: take a name or id (speaker:"Wendy Sherman"); \
        date:2022-01-12, date:2022-01 or date:2022-01-10..2022-01-12.
        """
    )

    @Argument(parsing: .remaining, help: ArgumentHelp("The search; several words are joined with spaces.", valueName: "QUERY"))
    var query: [String] = []

    @Flag(name: .long, help: "Print only the number of matching quotes.")
    var count = false

    @OptionGroup var source: DossierOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var appearance: AppearanceOptions

    func run() throws {
        let dossier = try source.load()
        let text = query.joined(separator: " ")
        let search = QuoteSearch(dossier: dossier)
        let matches: [QuoteMatch]
        do {
            matches = try search.search(text)
        } catch {
            throw usageFailure("invalid query at \(error.description)")
        }
        if count {
            Console.out("\(matches.count)\n")
        } else if output.json {
            let values = matches.map { DossierJSON.match($0, quote: search.quotes[$0.index], in: dossier) }
            Console.out(JSONValue.array(values).serialized() + "\n")
        } else {
            let environment = Environment.current
            let chosen = try appearance.appearance(catalog: ThemeCatalog(environment: environment), environment: environment)
            for warning in chosen.warnings { Console.error(warning.description) }
            if let notice = chosen.notice { Console.error("parley: \(notice)") }
            var highlighter = Highlighter.none
            if appearance.color.allowsColour(environment: environment, outputIsTerminal: Console.outputIsTerminal) {
                let depth = ColourDepth.forRender(environment: environment)
                highlighter = .sgr(on: FrameExport.sgr(chosen.theme.style(.match, depth: depth)), off: "\u{1B}[0m")
            }
            Console.out(QuoteReport.render(matches, quotes: search.quotes, in: dossier, width: output.columns, highlighter: highlighter))
        }
    }
}
