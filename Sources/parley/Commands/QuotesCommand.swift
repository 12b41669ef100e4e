import ArgumentParser
import ParleyArchive
import ParleyModel
import ParleySystem
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
            date:2022-01-12, date:2022-01 or date:2022-01-10..2022-01-12; on a desk, week: takes \
            a dossier id or a day in the week (week:2022-01-10), and every quote says its week.
            """
    )

    // Words that start with a dash are the query's exclusions ("-nato"), not options: whatever
    // the parser does not recognise is kept here, in order.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The search; several words are joined with spaces; -word excludes a word; @NAME is a search kept with :save NAME.",
            valueName: "QUERY"))
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

    /// `@NAME` alone is the search saved under that name (`:save NAME` in the dashboard);
    /// a name nothing is saved under is a usage error naming those there are.
    static func expandingSaved(_ text: String) throws -> String {
        guard text.hasPrefix("@"), SavedSearch.isName(String(text.dropFirst())) else { return text }
        let name = String(text.dropFirst())
        let file = SavedSearchesFile(environment: Environment.current)
        let read = file.read()
        for problem in read.problems { Console.error("parley: warning: \(problem)") }
        guard let search = read.searches.first(where: { $0.name == name }) else {
            let names = read.searches.map { "@" + $0.name }
            let hint =
                Suggestion.closest(to: name, in: read.searches.map(\.name)).map { "; did you mean '@\($0)'?" } ?? ""
            throw usageFailure(
                "no search saved as @\(name)\(hint) ("
                    + (names.isEmpty
                        ? "none is saved: :save NAME on the quotes screen keeps one"
                        : "saved: " + names.joined(separator: ", "))
                    + ")")
        }
        return search.query
    }

    func run() throws {
        // A desk is searched whole; --week keeps one week's quotes, as `week:` does.
        let loaded = try source.loadDesk()
        let corpus = QuoteCorpus(
            desk: loaded.desk, archives: try archives.load(), notes: ReaderNotes.read(for: loaded.desk))
        let dossier = corpus.dossier
        var query: SearchQuery
        let text = try Self.expandingSaved(self.query.joined(separator: " "))
        do {
            query = try QueryParser.parse(text)
        } catch {
            throw usageFailure("invalid query at \(error.description)")
        }
        if source.week != nil {
            query.clauses.append(SearchQuery.Clause([SearchQuery.Term(.week(.id(loaded.week.id, prefix: false)))]))
        }
        let weekOf = loaded.weekOfQuote
        let dossierMatches = corpus.dossierSearch.search(query)
        if count {
            var total = dossierMatches.count
            for archive in corpus.archives {
                do {
                    total += try archive.count(query, isCancelled: { false }) ?? 0
                } catch {
                    throw fail(error)
                }
            }
            Console.out("\(total)\n")
            return
        }
        // Results may run to millions of quotes: fetched a page at a time and written out in
        // large pieces, never all held at once.
        var output = OutputBuffer()
        var written = 0
        if self.output.json {
            output.append("[")
            for match in dossierMatches {
                let quote = corpus.dossierSearch.quotes[match.index]
                var value = DossierJSON.match(match, quote: quote, in: dossier)
                if let week = weekOf?(quote), case var .object(members) = value {
                    members.insert(("week", .string(week)), at: 1)
                    value = .object(members)
                }
                append(value, first: written == 0, to: &output)
                written += 1
            }
            try forEachArchiveQuote(corpus, query) { quote in
                append(
                    DossierJSON.archiveQuote(quote, match: corpus.match(query, archiveQuote: quote)),
                    first: written == 0, to: &output)
                written += 1
            }
            output.append(written == 0 ? "]\n" : "\n]\n")
            output.flush()
            return
        }
        let chosen = try appearance.appearance(outputIsTerminal: Console.outputIsTerminal)
        chosen.reportWarnings()
        var highlighter = Highlighter.none
        if chosen.usesColour {
            highlighter = .sgr(on: FrameExport.sgr(chosen.theme.style(.match, depth: chosen.depth)), off: "\u{1B}[0m")
        }
        let width = self.output.columns
        output.append(
            QuoteReport.render(
                dossierMatches, quotes: corpus.dossierSearch.quotes, in: dossier, width: width,
                highlighter: highlighter, week: weekOf))
        written = dossierMatches.count
        try forEachArchiveQuote(corpus, query) { quote in
            let lines = QuoteReport.archiveBlock(
                quote, match: corpus.match(query, archiveQuote: quote), width: width, highlighter: highlighter)
            output.append((written == 0 ? "" : "\n") + lines.joined(separator: "\n") + "\n")
            written += 1
        }
        output.flush()
        // Scripts count lines, so stdout stays empty; a person reads why on stderr.
        if written == 0 { Console.error("parley: no quotes match") }
    }

    /// Every archive's matches in turn, best first, a page at a time.
    private func forEachArchiveQuote(_ corpus: QuoteCorpus, _ query: SearchQuery, _ body: (ArchiveQuote) -> Void) throws
    {
        for archive in corpus.archives {
            do {
                try archive.forEachMatch(query) { body($0) }
            } catch {
                throw fail(error)
            }
        }
    }

    private func append(_ value: JSONValue, first: Bool, to output: inout OutputBuffer) {
        let serialized = value.serialized().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            .joined(separator: "\n")
        output.append((first ? "\n" : ",\n") + serialized)
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
