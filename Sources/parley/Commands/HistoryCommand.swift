import ArgumentParser
import ParleyModel

/// `parley history ISSUE [PARTY ...]`: each party's answer and stance on an issue, week by week.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show each party's answer and stance on an issue week by week, and where it moved.",
        discussion: """
            The issue and parties are named by id or name. A step is a week's position, or one as of \
            an engagement within the week; it moved when its answer or stance differs from the step before.
            """
    )

    @Argument(help: ArgumentHelp("The issue's id or title (see `parley positions`).", valueName: "ISSUE"))
    var issue: String

    @Argument(
        help: ArgumentHelp("Parties by id or name (all parties with a position if none named).", valueName: "PARTY"))
    var parties: [String] = []

    @OptionGroup var source: DossierOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let desk = try source.loadDesk().desk
        let dossier = desk.combined
        let wanted = issue.lowercased()
        guard
            let found = dossier.issue(issue)
                ?? dossier.issues.first(where: { $0.id.lowercased() == wanted || $0.title.lowercased() == wanted })
        else {
            throw unknownName(
                "issue", issue, known: dossier.issues.map { ($0.id, [$0.title]) },
                in: desk.weeks.count > 1 ? "desk" : "dossier")
        }
        var ids: [String] = []
        for name in parties {
            guard let party = dossier.findParty(name) else {
                throw unknownName(
                    "party", name, known: dossier.parties.map { ($0.id, [$0.name, $0.short].compactMap { $0 }) },
                    in: desk.weeks.count > 1 ? "desk" : "dossier")
            }
            if !ids.contains(party.id) { ids.append(party.id) }
        }
        guard let history = StanceHistory(desk: desk, issue: found.id, parties: ids) else { return }
        output.write(json: { DeskJSON.history(history) }, text: { HistoryReport.render(history, width: $0) })
    }
}
