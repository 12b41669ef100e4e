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
        let dossier = try source.load()
        _ = try archives.load()
        guard let engagement = dossier.engagement(id) else {
            let ids = dossier.engagements.map(\.id)
            let hint = Suggestion.hint(for: id, in: ids)
            throw usageFailure("no engagement '\(VisibleText.escaped(id))' in this dossier\(hint) (engagements: \(ids.joined(separator: ", ")))")
        }
        if output.json {
            Console.out(DossierJSON.engagement(engagement, in: dossier).serialized() + "\n")
        } else {
            Console.out(EngagementReport.render(engagement, in: dossier, width: output.columns))
        }
    }
}
