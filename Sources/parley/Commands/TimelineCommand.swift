import ArgumentParser
import ParleyModel

/// `parley timeline`: every engagement of the desk on one date axis.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List every engagement of the desk in date order, grouped by week.",
        discussion: "Reads the desk of --desk (or $PARLEY_DESK), the files of --dossier, or the bundled week."
    )

    @OptionGroup var source: DossierOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let desk = try source.loadDesk().desk
        output.write(json: { DeskJSON.timeline(desk) }, text: { TimelineReport.render(desk, width: $0) })
    }
}
