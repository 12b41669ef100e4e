import ParleySystem
import Testing
@testable import ParleyModel

/// Answers to the issues' questions: how they load, and how often parties share them.
struct PartyAgreementTests {
    let dossier: Dossier

    init() throws {
        dossier = try DossierLoader.load(path: Fixtures.valid("answers.yaml")).dossier
    }

    @Test func bareYesAndNoAreWordsNotBooleans() throws {
        let answers = dossier.positions.map { "\($0.party)/\($0.issue)/\($0.asOf ?? "-"): \($0.answer?.rawValue ?? "none")" }
        #expect(answers == [
            "north/border/-: yes", "north/trade/-: no", "north/talks/-: yes", "north/sanctions/-: unclear",
            "south/border/-: no", "south/trade/-: no", "south/talks/-: yes",
            "east/border/-: yes", "east/trade/-: no", "east/talks/-: no", "east/talks/second-talks: yes",
            "west/sanctions/-: none",
        ])
    }

    @Test func pairsCountSharedAnswersAndAgreementsAsWorkedOutByHand() {
        let pairs = PartyAgreement.pairs(in: dossier).map { "\($0.first)-\($0.second) \($0.agree)/\($0.shared)" }
        #expect(pairs == ["north-south 2/3", "north-east 3/3", "north-west 0/0", "south-east 2/3", "south-west 0/0", "east-west 0/0"])
    }

    @Test func tableIsSymmetricWithAnEmptyDiagonal() {
        let table = AgreementTable(dossier: dossier)
        #expect(table.cell(0, 0) == nil)
        #expect(table.cell(1, 2) == table.cell(2, 1))
        #expect(table.cell(2, 1)?.agree == 2)
        #expect(table.cell(9, 0) == nil)
    }

    @Test func everyPositionOfTheBundledWeekHasAnAnswer() throws {
        let week = try BundledDossier.load()
        #expect(!week.positions.isEmpty)
        #expect(week.positions.allSatisfy { $0.answer != nil })
        #expect(PartyAgreement.between("us", "nato", in: week) == PartyAgreement(first: "us", second: "nato", shared: 6, agree: 5))
        #expect(PartyAgreement.between("russia", "us", in: week).agree == 0)
    }

    @Test func reportTableFitsAndFallsBackToOneLinePerPair() {
        #expect(AgreementReport.render(dossier, width: 80) == """
            Agreement: issues answered alike / issues both answer (unclear not counted)

                   North  South  East   West
            North  —      2/3    3/3    0/0
            South  2/3    —      2/3    0/0
            East   3/3    2/3    —      0/0
            West   0/0    0/0    0/0    —

            """)
        #expect(AgreementReport.render(dossier, width: 30) == """
            Agreement: issues answered
            alike / issues both answer
            (unclear not counted)

            North \u{2013} South: agree on 2 of 3
            North \u{2013} East: agree on 3 of 3
            North \u{2013} West: agree on 0 of 0
            South \u{2013} East: agree on 2 of 3
            South \u{2013} West: agree on 0 of 0
            East \u{2013} West: agree on 0 of 0

            """)
    }
}
