import Foundation
import ParleyTestSupport
import Testing

/// Each subcommand's text output for the bundled week, against files kept beside the tests.
struct CommandOutputTests {
    @Test(arguments: [
        (["week"], "week.txt"),
        (["show", "geneva-ssd"], "show-geneva-ssd.txt"),
        (["quotes", "ryabkov"], "quotes-ryabkov.txt"),
        (["quotes", "speaker:sherman", "date:2022-01-12"], "quotes-sherman-brussels.txt"),
        (["positions", "russia", "us"], "positions-russia-us.txt"),
        (["positions", "russia", "us", "nato", "--width", "120"], "positions-three-120.txt"),
    ])
    func textOutput(arguments: [String], expected: String) throws {
        let outcome = try ParleyProcess.run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        try ExpectedOutput.check(outcome.stdout, named: expected)
    }

    @Test func plainParleyOffATerminalPrintsTheWeek() throws {
        let plain = try ParleyProcess.run([])
        let week = try ParleyProcess.run(["week"])
        #expect(plain.status == 0)
        #expect(plain.stdout == week.stdout)
    }

    @Test func textOutputFitsEightyColumnsOffATerminal() throws {
        for arguments in [["week"], ["show", "nato-russia-council"], ["quotes"], ["positions"]] {
            let outcome = try ParleyProcess.run(arguments)
            for line in outcome.stdout.split(separator: "\n") {
                #expect(line.count <= 80, "\(arguments): \(line)")
            }
        }
    }

    @Test func countPrintsOnlyTheNumber() throws {
        #expect(try ParleyProcess.run(["quotes", "--count", "ryabkov"]).stdout == "3\n")
        #expect(try ParleyProcess.run(["quotes", "--count"]).stdout == "16\n")
        #expect(try ParleyProcess.run(["quotes", "--count", "nothing-like-this"]).stdout == "0\n")
    }

    @Test func partiesCanBeNamedByNameInAnyCase() throws {
        let byID = try ParleyProcess.run(["positions", "russia", "us"])
        let byName = try ParleyProcess.run(["positions", "RUSSIA", "united states"])
        #expect(byName.status == 0)
        #expect(byName.stdout == byID.stdout)
    }

    @Test func otherDossiersLoadWithDossierOption() throws {
        let path = Fixtures.valid("example.yaml")
        let outcome = try ParleyProcess.run(["week", "--dossier", path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("An example week\n2030-03-01 · 1 engagement · 1 quote · 1 issue · 2 parties\n"))
        #expect(try ParleyProcess.run(["quotes", "--count", "--dossier", path, "door"]).stdout == "1\n")
    }
}

/// Paths of the model tests' fixture dossiers, shared with these tests.
enum Fixtures {
    static let folder = Repository.path("Tests/ParleyModelTests/Fixtures")

    static func valid(_ name: String) -> String { folder + "/valid/" + name }
    static func invalid(_ name: String) -> String { folder + "/invalid/" + name }
}
