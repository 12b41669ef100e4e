import ArgumentParser
import ParleyModel

/// `parley agreement`: for every pair of parties, how often they answer the issues alike.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "For every pair of parties, on how many issues both answer the question and on how many alike.",
        discussion: "An answer of 'unclear' is not counted; a party's latest position on an issue gives its answer."
    )

    @OptionGroup var source: DossierOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let dossier = try source.load()
        output.write(
            json: {
                .array(PartyAgreement.pairs(in: dossier).map { pair in
                    .object([
                        ("parties", .array([.string(pair.first), .string(pair.second)])),
                        ("shared", .int(pair.shared)),
                        ("agree", .int(pair.agree)),
                    ])
                })
            },
            text: { AgreementReport.render(dossier, width: $0) }
        )
    }
}
