import ArgumentParser
import ParleyModel

/// `parley week`: the engagements in date order.
struct WeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "List the engagements in date order."
    )

    @OptionGroup var source: DossierOptions
    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dossier = try source.load()
        let archives = try self.archives.load()
        if output.json {
            Console.out(JSONValue.array(dossier.engagements.map(DossierJSON.engagementSummary)).serialized() + "\n")
        } else {
            Console.out(WeekReport.render(dossier, width: output.columns, archives: archives))
        }
    }
}
