import ArgumentParser
import ParleyModel

/// `parley positions [PARTY ...]`: stances side by side, one row per issue.
struct PositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "positions",
        abstract: "Put parties' positions side by side, one row per issue (all parties if none named)."
    )

    @Argument(help: ArgumentHelp("Parties by id or name, e.g. russia us.", valueName: "PARTY"))
    var parties: [String] = []

    @OptionGroup var source: DossierOptions
    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dossier = try source.load()
        // Nothing here comes from an archive: a missing file is still said, none is opened.
        try archives.checkReadable()
        var ids: [String] = []
        for name in parties {
            guard let party = dossier.findParty(name) else { throw unknownName("party", name, known: dossier.parties.map { ($0.id, [$0.name, $0.short].compactMap { $0 }) }) }
            if !ids.contains(party.id) { ids.append(party.id) }
        }
        if ids.isEmpty { ids = dossier.parties.map(\.id) }
        let comparison = PositionComparison(dossier: dossier, parties: ids)
        output.write(json: { DossierJSON.comparison(comparison) }, text: { PositionsReport.render(comparison, in: dossier, width: $0) })
    }
}
