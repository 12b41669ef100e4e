import Foundation
import ParleyTestSupport
import Testing

/// The commands on a desk: `--desk`, several `--dossier`, `$PARLEY_DESK`, `--week`, and the
/// desk's own commands `timeline`, `history` and `agreement --by-week`.
struct DeskCommandTests {
    static let desk = DeskFixture.folder
    static let weekFiles = DeskFixture.weeks.map { desk + "/" + $0 }

    @Test(arguments: [
        (["timeline"], "timeline-zenda.txt"),
        (["history", "border"], "history-zenda-border.txt"),
        (["history", "Border monitors", "ALL", "rur"], "history-zenda-monitors.txt"),
        (["agreement", "--by-week"], "agreement-zenda-by-week.txt"),
        (["export"], "export-zenda-desk.md"),
        (["export", "--format", "html"], "export-zenda-desk.html"),
    ])
    func textOutput(arguments: [String], expected: String) throws {
        let outcome = try ParleyProcess.run(arguments + ["--desk", Self.desk])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        try ExpectedOutput.check(outcome.stdout, named: expected)
    }

    @Test func anExportWithAWeekIsThatWeeksBriefing() throws {
        let outcome = try ParleyProcess.run(["export", "--desk", Self.desk, "--week", "2030-03-09"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("# Zenda talks, week two\n"))
        #expect(!outcome.stdout.contains("## Timeline"))
        #expect(!outcome.stdout.contains("Summit at Tarlenheim"))
    }

    @Test func anExportOfTheDeskWithAQueryKeepsTheQuotesOfEveryWeekItFinds() throws {
        let outcome = try ParleyProcess.run(["export", "--desk", Self.desk, "--query", "border"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("## Quotes matching “border” (1)"))
        #expect(outcome.stdout.contains("9 March 2030"))
    }

    @Test func theTimelineAsJSONHasEachEngagementWithItsWeek() throws {
        let outcome = try ParleyProcess.run(["timeline", "--json", "--desk", Self.desk])
        #expect(outcome.status == 0)
        let entries = try #require(try ParleyProcess.json(outcome.stdout) as? [[String: Any]])
        #expect(
            entries.map { $0["id"] as? String } == [
                "castle-talks", "strelsau-round", "monitors-working-group", "tarlenheim-summit",
            ])
        #expect(
            entries.map { $0["week"] as? String } == [
                "zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-08", "zenda-2030-03-15",
            ])
        #expect(entries.map { $0["quotes"] as? Int } == [2, 1, 1, 1])
        #expect(entries[3]["end"] as? String == "2030-03-17")
        #expect(entries[3]["city"] as? String == "Tarlenheim")
        #expect(entries[3]["parties"] as? [String] == ["ruritania", "alliance"])
        #expect(Set(entries[0].keys) == ["week", "id", "title", "date", "end", "city", "parties", "quotes"])
    }

    @Test func theHistoryAsJSONHasEveryStepOfEveryParty() throws {
        let outcome = try ParleyProcess.run(["history", "monitors", "ruritania", "--json", "--desk", Self.desk])
        #expect(outcome.status == 0)
        let history = try #require(try ParleyProcess.json(outcome.stdout) as? [String: Any])
        #expect(history["issue"] as? String == "monitors")
        #expect(history["question"] as? String == "Should monitors patrol the border?")
        let parties = try #require(history["parties"] as? [[String: Any]])
        #expect(parties.map { $0["party"] as? String } == ["ruritania"])
        let steps = try #require(parties[0]["steps"] as? [[String: Any]])
        #expect(
            steps.map { $0["week"] as? String } == [
                "zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-08", "zenda-2030-03-15",
            ])
        #expect(steps.map { $0["engagement"] is NSNull } == [true, true, false, true])
        #expect(steps[2]["engagement"] as? String == "monitors-working-group")
        #expect(steps.map { $0["answer"] as? String } == ["no", "no", "qualified", "qualified"])
        #expect(steps.map { $0["moved"] as? Bool } == [false, false, true, false])
        #expect(steps[2]["stance"] as? String == "Unarmed monitors only.")
    }

    @Test func agreementByWeekAsJSONHasAnEntryPerWeek() throws {
        let outcome = try ParleyProcess.run(["agreement", "--by-week", "--json", "--desk", Self.desk])
        let weeks = try #require(try ParleyProcess.json(outcome.stdout) as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-15"])
        let agree = weeks.map { (($0["pairs"] as? [[String: Any]])?.first?["agree"] as? Int) }
        #expect(agree == [0, 0, 1])
    }

    @Test func severalDossiersAreReadTogetherAsADeskNotTheLastAlone() throws {
        let arguments = Self.weekFiles.flatMap { ["--dossier", $0] }
        let files = try ParleyProcess.run(["timeline", "--json"] + arguments)
        let folder = try ParleyProcess.run(["timeline", "--json", "--desk", Self.desk])
        #expect(files.status == 0)
        #expect(files.stdout == folder.stdout)
        #expect(try ParleyProcess.run(["quotes", "--count"] + arguments).stdout == "5\n")
    }

    @Test func theEnvironmentNamesADeskAndADossierOptionOverridesIt() throws {
        let environment = ["PARLEY_DESK": Self.desk]
        #expect(try ParleyProcess.run(["quotes", "--count"], environment: environment).stdout == "5\n")
        let example = Fixtures.valid("example.yaml")
        #expect(
            try ParleyProcess.run(["quotes", "--count", "--dossier", example], environment: environment).stdout == "1\n"
        )
    }

    @Test func commandsThatShowOneWeekShowTheLatestOrTheOneAsked() throws {
        let latest = try ParleyProcess.run(["week", "--desk", Self.desk])
        #expect(latest.stdout.hasPrefix("Zenda talks, week three\n"))
        for name in ["zenda-2030-03-08", "2030-03-10"] {
            let chosen = try ParleyProcess.run(["week", "--desk", Self.desk, "--week", name])
            #expect(chosen.status == 0)
            #expect(chosen.stdout.hasPrefix("Zenda talks, week two\n"))
        }
        let positions = try ParleyProcess.run([
            "positions", "--json", "--desk", Self.desk, "--week", "zenda-2030-03-01",
        ])
        #expect(positions.stdout.contains("No foreign monitors on its soil."))
    }

    @Test func aWeekTheDeskDoesNotHoldIsAUsageErrorListingTheWeeks() throws {
        let outcome = try ParleyProcess.run(["week", "--desk", Self.desk, "--week", "zenda-2030-3-08"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout == "")
        #expect(
            outcome.stderr
                == "parley: no week 'zenda-2030-3-08' in this desk; did you mean 'zenda-2030-03-08'? (weeks: zenda-2030-03-01, zenda-2030-03-08, zenda-2030-03-15)\n"
        )
    }

    @Test func quotesAcrossTheDeskSayTheirWeek() throws {
        let text = try ParleyProcess.run(["quotes", "speaker:sapt", "--desk", Self.desk])
        #expect(text.status == 0)
        #expect(text.stdout.contains("week: zenda-2030-03-08"))
        let json = try ParleyProcess.run(["quotes", "speaker:sapt", "--json", "--desk", Self.desk])
        let quotes = try #require(try ParleyProcess.json(json.stdout) as? [[String: Any]])
        #expect(quotes.map { $0["week"] as? String } == ["zenda-2030-03-08"])
        #expect(
            try ParleyProcess.run(["quotes", "--count", "--desk", Self.desk, "--week", "zenda-2030-03-08"]).stdout
                == "2\n")
        #expect(try ParleyProcess.run(["quotes", "--count", "--desk", Self.desk, "week:2030-03-17"]).stdout == "1\n")
        // One dossier is not a desk: its quotes say nothing of weeks.
        #expect(!(try ParleyProcess.run(["quotes", "ryabkov"]).stdout.contains("week:")))
    }

    @Test func showFindsAnEngagementInWhicheverWeekHoldsIt() throws {
        let outcome = try ParleyProcess.run(["show", "strelsau-round", "--desk", Self.desk])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Strelsau round"))
        let unknown = try ParleyProcess.run(["show", "strelsau", "--desk", Self.desk])
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr.hasPrefix("parley: no engagement 'strelsau' in this desk; did you mean 'strelsau-round'?"))
    }

    @Test func checkingAFolderChecksEveryFileAndTheDesk() throws {
        let outcome = try ParleyProcess.run(["check", Self.desk])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout == Self.weekFiles.map { "\($0): ok" }.enumerated().map { index, line in
                line
                    + [
                        " (1 engagement, 2 quotes, 4 positions)", " (2 engagements, 2 quotes, 5 positions)",
                        " (1 engagement, 1 quote, 5 positions)",
                    ][index] + "\n"
            }.joined() + "\(Self.desk): desk ok (3 weeks, 4 engagements, 5 quotes)\n")
    }

    @Test func aContradictionWarnsAndStrictMakesItAnError() throws {
        try DeskFixture.withCopy(adding: ["contradiction.yaml"]) { folder in
            let outcome = try ParleyProcess.run(["check", folder])
            #expect(outcome.status == 0)
            #expect(
                outcome.stderr.split(separator: "\n").map { String($0.prefix(while: { $0 != " " })) } == [
                    "\(folder)/contradiction.yaml:9:10:", "\(folder)/contradiction.yaml:11:10:",
                    "\(folder)/contradiction.yaml:22:10:",
                ])
            #expect(outcome.stdout.hasSuffix("\(folder): desk ok (4 weeks, 5 engagements, 6 quotes)\n"))
            #expect(try ParleyProcess.run(["check", "--strict", folder]).status == 65)
            // Other commands read the desk with the same warnings, and carry on.
            let timeline = try ParleyProcess.run(["timeline", "--desk", folder])
            #expect(timeline.status == 0)
            #expect(timeline.stderr.split(separator: "\n").count == 3)
        }
    }

    @Test func anIdClashIsAnErrorForEveryCommand() throws {
        try DeskFixture.withCopy(adding: ["clash.yaml"]) { folder in
            for arguments in [["check", folder], ["timeline", "--desk", folder], ["week", "--desk", folder]] {
                let outcome = try ParleyProcess.run(arguments)
                #expect(outcome.status == 65, "\(arguments)")
                #expect(
                    outcome.stderr.contains(
                        "\(folder)/clash.yaml:14:9: error: engagement id 'castle-talks' is also defined at \(folder)/2030-03-01.yaml:16:9; engagement ids must be unique across the desk\n"
                    ))
                #expect(!outcome.stdout.contains("desk ok"))
            }
        }
    }

    @Test func aBrokenFileFailsTheCommandWithItsPositionedError() throws {
        try DeskFixture.withCopy(adding: ["broken.yaml"]) { folder in
            let outcome = try ParleyProcess.run(["timeline", "--desk", folder])
            #expect(outcome.status == 65)
            #expect(outcome.stdout == "")
            #expect(
                outcome.stderr
                    == "\(folder)/broken.yaml:4:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at 3:8)\n"
            )
            let check = try ParleyProcess.run(["check", folder])
            #expect(check.status == 65)
            #expect(check.stdout.split(separator: "\n").count == 3)
        }
    }

    @Test func aDeskFolderThatIsMissingOrEmptyIsSaidOnce() throws {
        let missing = try ParleyProcess.run(["timeline", "--desk", Self.desk + "/nowhere"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "parley: \(Self.desk)/nowhere: no such file\n")
        try DeskFixture.withCopy { folder in
            for week in DeskFixture.weeks { try FileManager.default.removeItem(atPath: folder + "/" + week) }
            let empty = try ParleyProcess.run(["week", "--desk", folder])
            #expect(empty.status == 66)
            #expect(
                empty.stderr == "parley: \(folder): no dossier files (*.yaml or *.yml) in this folder or below it\n")
        }
    }
}
