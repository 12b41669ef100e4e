import ParleyModel

/// What the command palette lists for what is typed: the screen's actions and the commands,
/// best match first; or, once a command and a space are typed, that command's arguments.
public enum PaletteRows {
    /// One row of the palette.
    public struct Row: Hashable, Sendable {
        /// What the row is called: an action's name, or a command with its argument ("theme light").
        public var title: String
        public var keys: String
        public var help: String
        /// What Enter does with it.
        public var run: Run
    }

    /// What choosing a row does.
    public enum Run: Hashable, Sendable {
        /// Close the palette and do this.
        case action(Action)
        /// Put this in the palette's line, to be given an argument ("theme ").
        case fill(String)
    }

    /// A command that takes an argument, with what it does and what its argument is.
    struct Command {
        var name: String
        var argument: String
        var help: String
    }

    static let commands = [
        Command(name: "theme", argument: "NAME", help: "draw with the theme of that name"),
        Command(name: "export", argument: "markdown|html", help: "write a briefing of this screen in that format"),
        Command(
            name: "week", argument: "ID|YYYY-MM-DD", help: "show the week of that id, or the week holding that day"),
        Command(name: "goto", argument: "QUOTE_ID", help: "read the quote of that id"),
        Command(name: "save", argument: "NAME", help: "keep the quotes screen's search as @NAME"),
    ]

    /// The rows for the palette's text, best first.
    public static func rows(_ palette: CommandPalette, context: DashboardContext, saved: [SavedSearch] = []) -> [Row] {
        let text = palette.text
        // `@NAME`: the searches kept by name.
        if text.hasPrefix("@") {
            let typed = String(text.dropFirst())
            return saved.compactMap { search in FuzzyMatch.score(typed, in: search.name).map { ($0, search) } }
                .sorted { $0.0 > $1.0 }
                .map {
                    Row(
                        title: "@" + $0.1.name, keys: "", help: "the search " + $0.1.query,
                        run: .action(.runSearch($0.1.query)))
                }
        }
        if let space = text.firstIndex(of: " "), let command = commands.first(where: { $0.name == text[..<space] }) {
            let argument = text[text.index(after: space)...].trimmingCharacters(in: .whitespaces)
            return arguments(of: command, typed: argument, context: context)
        }
        let typed = text.trimmingCharacters(in: .whitespaces)
        var scored: [(score: Int, order: Int, row: Row)] = []
        for (order, entry) in palette.entries.enumerated() {
            let row = Row(title: entry.name, keys: entry.keys, help: entry.help, run: .action(entry.action))
            // A key typed exactly as bound finds its action first.
            let byKey = entry.keys.split(separator: " ").contains { $0 == typed } ? 30 : nil
            let byName = FuzzyMatch.score(typed, in: entry.name)
            // What it does counts too, as words typed out: "colour" finds next-theme.
            let byHelp = typed.count >= 3 && entry.help.lowercased().contains(typed.lowercased()) ? typed.count : nil
            guard let score = [byKey, byName, byHelp].compactMap({ $0 }).max() else { continue }
            scored.append((score, order, row))
        }
        for (order, command) in commands.enumerated() {
            guard let score = FuzzyMatch.score(typed, in: command.name) else { continue }
            let row = Row(
                title: command.name + " " + command.argument, keys: ":" + command.name, help: command.help,
                run: .fill(command.name + " "))
            scored.append((score, palette.entries.count + order, row))
        }
        for (order, search) in saved.enumerated() {
            guard let score = FuzzyMatch.score(typed, in: search.name) else { continue }
            let row = Row(
                title: "@" + search.name, keys: "", help: "the search " + search.query,
                run: .action(.runSearch(search.query)))
            scored.append((score - 1, palette.entries.count + commands.count + order, row))
        }
        return scored.sorted { ($0.score, -$0.order) > ($1.score, -$1.order) }.map(\.row)
    }

    /// A command's arguments that match what is typed after it.
    private static func arguments(of command: Command, typed: String, context: DashboardContext) -> [Row] {
        func row(_ argument: String, _ help: String, _ action: Action) -> Row {
            Row(title: command.name + " " + argument, keys: "", help: help, run: .action(action))
        }
        func matching(_ candidates: [(argument: String, help: String, action: Action)]) -> [Row] {
            let typedLower = typed.lowercased()
            return candidates.compactMap { candidate in
                FuzzyMatch.score(typedLower, in: candidate.argument).map { ($0, candidate) }
            }
            .sorted { $0.0 > $1.0 }
            .map { row($0.1.argument, $0.1.help, $0.1.action) }
        }
        switch command.name {
        case "theme":
            return matching(context.themeNames.map { ($0, "draw with the \($0) theme", Action.chooseTheme($0)) })
        case "export":
            return matching([
                ("markdown", "a Markdown briefing of this screen", Action.exportBriefingAs(html: false)),
                ("html", "an HTML briefing of this screen, one file", Action.exportBriefingAs(html: true)),
            ])
        case "week":
            if let day = Day(typed) {
                guard let index = context.desk.weeks.firstIndex(where: { $0.dossier.span?.contains(day) == true })
                else {
                    return []
                }
                return [
                    row(
                        typed, "the week \(context.desk.weeks[index].id), which holds \(day.longText)", .showWeek(index)
                    )
                ]
            }
            return matching(
                context.desk.weeks.enumerated().map { index, week in
                    (week.id, week.dossier.span?.text ?? week.dossier.title, Action.showWeek(index))
                })
        case "save":
            guard SavedSearch.isName(typed) else { return [] }
            return [row(typed, "keep the search as @\(typed)", .saveSearch(typed))]
        default:
            // Quote ids: those that begin with what is typed, then those holding it, in the desk's order.
            let lowered = typed.lowercased()
            let quotes = context.corpus.dossier.quotes
            let starting = quotes.filter { $0.id.lowercased().hasPrefix(lowered) }
            let holding =
                lowered.isEmpty
                ? [] : quotes.filter { !$0.id.lowercased().hasPrefix(lowered) && $0.id.lowercased().contains(lowered) }
            return (starting + holding).prefix(200).map { quote in
                let speaker = context.corpus.dossier.person(quote.speaker)?.name ?? quote.speaker
                return row(quote.id, "\(speaker), \(quote.date.longText)", .goToQuote(quote.id))
            }
        }
    }
}
