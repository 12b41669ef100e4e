import ArgumentParser
import ParleyModel

/// `parley show ID`: one engagement in full with its quotes.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one engagement in full, with its quotes and sources."
    )

    @Argument(help: ArgumentHelp("The engagement's id (see `parley week`).", valueName: "ID"))
    var id: String

    @OptionGroup var source: DossierOptions
    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        // Engagement ids are unique across a desk: the one asked for is shown from its own week.
        let desk = try source.loadDesk().desk
        // Nothing here comes from an archive: a missing file is still said, none is opened.
        try archives.checkReadable()
        guard let week = desk.weekIndex(ofEngagement: id), let engagement = desk.weeks[week].dossier.engagement(id)
        else {
            throw unknownName(
                "engagement", id, known: desk.combined.engagements.map { ($0.id, [$0.title]) },
                in: desk.weeks.count > 1 ? "desk" : "dossier")
        }
        let dossier = desk.weeks[week].dossier
        output.write(
            json: { DossierJSON.engagement(engagement, in: dossier) },
            text: { EngagementReport.render(engagement, in: dossier, width: $0) })
    }
}
