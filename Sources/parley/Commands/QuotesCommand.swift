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

    // Words that start with a dash are the query's exclusions ("-nato"), not options: whatever
    // the parser does not recognise is kept here, in order.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The search; several words are joined with spaces; -word excludes a word.", valueName: "QUERY"))
    var query: [String] = []

    @Flag(name: .long, help: "Print only the number of matching quotes.")
    var count = false

    @OptionGroup var source: DossierOptions
    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var appearance: AppearanceOptions

    func validate() throws {
        // The query language has no "--": a word that starts with two dashes is a mistyped option.
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(unknown)'")
        }
    }

    func run() throws {
        let dossier = try source.load()
        let corpus = QuoteCorpus(dossier: dossier, archives: try archives.load())
        let text = query.joined(separator: " ")
        let results: SearchResults
        do {
            results = try corpus.search(text)
        } catch {
            throw usageFailure("invalid query at \(error.description)")
        }
        if count {
            Console.out("\(results.count)\n")
            return
        }
        // Results may run to a million quotes: written out in large pieces, not one by one.
        var output = OutputBuffer()
        if self.output.json {
            output.append("[")
            for position in 0..<results.count {
                let value: JSONValue
                switch results.item(at: position) {
                case let .dossier(match):
                    value = DossierJSON.match(match, quote: corpus.dossierSearch.quotes[match.index], in: dossier)
                case let .archive(archive, number):
                    let quote = corpus.archives[archive].quote(number)
                    value = DossierJSON.archiveQuote(quote, match: corpus.match(results.query, archiveQuote: quote))
                }
                let serialized = value.serialized().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
                output.append((position == 0 ? "\n" : ",\n") + serialized)
            }
            output.append(results.count == 0 ? "]\n" : "\n]\n")
            output.flush()
            return
        }
        // Scripts count lines, so stdout stays empty; a person reads why on stderr.
        if results.count == 0 {
            Console.error("parley: no quotes match")
            return
        }
        let environment = Environment.current
        let chosen = try appearance.appearance(catalog: ThemeCatalog(environment: environment), environment: environment)
        for warning in chosen.warnings { Console.error(warning.description) }
        var highlighter = Highlighter.none
        if appearance.color.allowsColour(environment: environment, outputIsTerminal: Console.outputIsTerminal) {
            let depth = ColourDepth.forRender(environment: environment)
            highlighter = .sgr(on: FrameExport.sgr(chosen.theme.style(.match, depth: depth)), off: "\u{1B}[0m")
        }
        let width = self.output.columns
        output.append(QuoteReport.render(results.dossier, quotes: corpus.dossierSearch.quotes, in: dossier, width: width, highlighter: highlighter))
        var first = results.dossier.isEmpty
        for position in results.dossier.count..<results.count {
            guard case let .archive(archive, number) = results.item(at: position) else { continue }
            let quote = corpus.archives[archive].quote(number)
            let lines = QuoteReport.archiveBlock(quote, match: corpus.match(results.query, archiveQuote: quote), width: width, highlighter: highlighter)
            output.append((first ? "" : "\n") + lines.joined(separator: "\n") + "\n")
            first = false
        }
        output.flush()
    }
}

/// Collects output and writes it in large pieces.
struct OutputBuffer {
    private var text = ""

    mutating func append(_ piece: String) {
        text += piece
        if text.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !text.isEmpty else { return }
        Console.out(text)
        text = ""
    }
}
