import ArgumentParser
import ParleyModel

/// `parley agreement`: for every pair of parties, how often they answer the issues alike.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "For every pair of parties, on how many issues both answer the question and on how many alike.",
        discussion: """
            An answer of 'unclear' is not counted; a party's latest position on an issue gives its answer. \
            On a desk, the week of --week (the latest by default), or every week with --by-week.
            """
    )

    @Flag(
        name: .customLong("by-week"),
        help: "On a desk, the table for every week in turn, so a rapprochement or a split shows.")
    var byWeek = false

    @OptionGroup var source: DossierOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try source.loadDesk()
        guard byWeek else {
            let dossier = loaded.week.dossier
            output.write(json: { DeskJSON.agreement(dossier) }, text: { AgreementReport.render(dossier, width: $0) })
            return
        }
        let desk = loaded.desk
        output.write(
            json: { DeskJSON.agreementByWeek(desk) },
            text: { width in
                desk.weeks.indices.map { index in
                    let heading = TextWrap.lines(VisibleText.escaped(TimelineReport.heading(of: index, in: desk)), width: width, splittingWords: false)
                    return TextWrap.joinedLines(heading) + "\n" + AgreementReport.render(desk.weeks[index].dossier, width: width)
                }.joined(separator: "\n")
            }
        )
    }
}
