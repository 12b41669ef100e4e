import Testing

/// Exit statuses and the one-line messages that come with them.
struct ExitStatusTests {
    @Test func unknownSubcommandIsUsage() throws {
        let outcome = try ParleyProcess.run(["weak"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("weak"))
    }

    @Test func unknownOptionIsUsage() throws {
        let outcome = try ParleyProcess.run(["week", "--jsn"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--jsn"))
    }

    @Test func unknownEngagementIsUsageWithAHint() throws {
        let outcome = try ParleyProcess.run(["show", "genva"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "parley: no engagement 'genva' in this dossier; did you mean 'geneva-ssd'? (engagements: geneva-ssd, nato-russia-council, osce-permanent-council)\n")
    }

    @Test func aQueryMayStartWithADash() throws {
        // Sherman has 4 of the 16 quotes; "-sherman" holds "-h", which once printed the help.
        #expect(try ParleyProcess.run(["quotes", "-sherman", "--count"]).stdout == "12\n")
        #expect(try ParleyProcess.run(["quotes", "-nato", "--count"]).stdout == "8\n")
        #expect(try ParleyProcess.run(["quotes", "--count", "ryabkov", "-nato"]).stdout == "2\n")
        let rendered = try ParleyProcess.run(["render", "--screen", "quotes", "--query", "-nato", "--size", "80x24"])
        #expect(rendered.status == 0)
        #expect(rendered.stdout.contains("Quotes (8 of 16)"))
    }

    @Test func aMistypedOptionOfQuotesIsStillUsage() throws {
        let outcome = try ParleyProcess.run(["quotes", "--jsn", "ryabkov"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.hasPrefix("Error: Unknown option '--jsn'\n"))
    }

    @Test func unknownPartyIsUsage() throws {
        let outcome = try ParleyProcess.run(["positions", "rusia"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "parley: no party 'rusia' in this dossier; did you mean 'russia'? (parties: russia, us, nato, ukraine, osce)\n")
    }

    @Test func malformedQueryIsUsage() throws {
        let outcome = try ParleyProcess.run(["quotes", "\"frank and"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "parley: invalid query at column 1: unclosed quote: add a closing \"\n")
    }

    @Test func invalidDossierIsDataErrorWithEveryDiagnostic() throws {
        let path = Fixtures.invalid("many-problems.yaml")
        let outcome = try ParleyProcess.run(["week", "--dossier", path])
        #expect(outcome.status == 65)
        #expect(outcome.stdout == "")
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.first == "\(path):2:5: error: 'Many Problems' is not a valid id for 'id' in the dossier: ids are lowercase letters, digits and dashes, starting with a letter or digit, e.g. 'many-problems'")
    }

    @Test func missingDossierIsNoInput() throws {
        let outcome = try ParleyProcess.run(["quotes", "--dossier", "/no/such/week.yaml"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "parley: /no/such/week.yaml: no such file\n")
    }

    @Test func checkPassesAValidFile() throws {
        let path = Fixtures.valid("example.yaml")
        let outcome = try ParleyProcess.run(["check", path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "\(path): ok (1 engagement, 1 quote, 1 position)\n")
        #expect(outcome.stderr == "")
    }

    @Test func checkFailsAnInvalidFile() throws {
        let path = Fixtures.invalid("unknown-key-top.yaml")
        let outcome = try ParleyProcess.run(["check", path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "\(path):4:1: error: unknown key 'tittle' in the dossier; did you mean 'title'?\n")
    }

    @Test func checkReportsEveryFileAndTheWorstStatus() throws {
        let valid = Fixtures.valid("example.yaml")
        let invalid = Fixtures.invalid("bad-slug.yaml")
        let both = try ParleyProcess.run(["check", valid, invalid])
        #expect(both.status == 65)
        #expect(both.stdout.contains("example.yaml: ok"))
        let withMissing = try ParleyProcess.run(["check", invalid, "/no/such.yaml"])
        #expect(withMissing.status == 66)
        #expect(withMissing.stderr.split(separator: "\n").count == 2)
    }

    @Test func checkWarnsButPassesUnlessStrict() throws {
        let path = Fixtures.valid("with-source-file.yaml")
        let lenient = try ParleyProcess.run(["check", path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasPrefix("\(path):19:11: warning: quote 'misquoted'"))
        let strict = try ParleyProcess.run(["check", "--strict", path])
        #expect(strict.status == 65)
    }

    @Test func hostileTextNeverReachesOutputRaw() throws {
        let path = Fixtures.valid("hostile.yaml")
        for arguments in [["week"], ["show", "castle-talks"], ["quotes"], ["positions"]] {
            let outcome = try ParleyProcess.run(arguments + ["--dossier", path])
            #expect(outcome.status == 0)
            let unsafe = outcome.stdout.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
            #expect(unsafe.isEmpty, "\(arguments) printed \(unsafe.map { String($0.value, radix: 16) })")
        }
        let quotes = try ParleyProcess.run(["quotes", "--dossier", path])
        #expect(quotes.stdout.contains("Before \u{241B}[2J\u{241B}[H after"))
    }
}
