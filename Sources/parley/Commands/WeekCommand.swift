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
        output.write(json: { JSONValue.array(dossier.engagements.map(DossierJSON.engagementSummary)) },
                     text: { WeekReport.render(dossier, width: $0, archives: archives) })
    }
}
