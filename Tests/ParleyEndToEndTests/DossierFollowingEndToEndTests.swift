import Foundation
import ParleyTestSupport
import Testing

/// The dashboard following its dossier file, and every file of a desk, while an editor saves them.
@Suite(.serialized)
struct DossierFollowingEndToEndTests {
    static let example = Repository.dossierFixture("valid/example.yaml")

    /// A copy of the example dossier in a folder of its own.
    private func copy() throws -> (folder: String, file: String, text: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-follow-\(UUID().uuidString.prefix(8))"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        let file = folder + "/week.yaml"
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return (folder, file, text)
    }

    /// Saves as an editor that writes the file in place.
    private func saveInPlace(_ text: String, to file: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// Saves as an editor that writes a new file and renames it over the old one.
    private func saveByRenaming(_ text: String, to file: String) throws {
        let temporary = file + ".swp"
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, file) == 0 else { throw HarnessError("rename failed") }
    }

    @Test func aSaveIsShownABrokenSaveIsExplainedAndAFixIsShownAgain() throws {
        let (folder, file, text) = try copy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let harness = try TmuxHarness(arguments: ["--dossier", file], width: 100, height: 30)
        try harness.waitFor("Talks at the castle")
        try harness.press("Right", "Enter")
        try harness.waitFor("Delegations")

        // Saved in place: the meeting page shows the new title and stays open.
        try saveInPlace(
            text.replacingOccurrences(of: "title: Talks at the castle", with: "title: Talks in the great hall"),
            to: file)
        try harness.waitFor("Talks in the great hall")
        try harness.waitFor("week.yaml reloaded")
        #expect(try harness.screen().contains("Delegations"))

        // A save that does not load: the first diagnostic, and the last good version still there.
        try saveByRenaming(
            text.replacingOccurrences(of: "title: Talks at the castle", with: "title: Talks in the tower")
                .replacingOccurrences(of: "issues:", with: "isues:"), to: file)
        let broken = try harness.waitFor("error: unknown key 'isues'")
        #expect(broken.contains("week.yaml:21:1: error: unknown key 'isues' in the dossier"))
        #expect(broken.contains("Talks in the great hall"))
        #expect(!broken.contains("Talks in the tower"))

        // Fixed, by renaming over again: the new version, and the problem gone.
        try saveByRenaming(
            text.replacingOccurrences(of: "title: Talks at the castle", with: "title: Talks in the tower"), to: file)
        try harness.waitFor("Talks in the tower")
        try harness.waitForAbsence("error: unknown key")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Talks in the tower"))
        try harness.quitAndExpectRestored()
    }

    @Test func aDeskShowsAFileAddedKeepsABrokenOneAndShowsItFixed() throws {
        try DeskFixture.withCopy { folder in
            let harness = try TmuxHarness(arguments: ["--desk", folder], width: 160, height: 30)
            try harness.waitFor("week 3 of 3")
            try harness.press("4")
            try harness.waitFor("Timeline (3 weeks, 4 engagements)")

            // A new week in the folder: on the timeline within a second, its contradiction said.
            try FileManager.default.copyItem(
                atPath: DeskFixture.extra("contradiction.yaml"), toPath: folder + "/contradiction.yaml")
            let added = try harness.waitFor("Timeline (4 weeks, 5 engagements)")
            #expect(added.contains("Joint commission named"))
            #expect(added.contains("contradiction.yaml added"))

            // One week broken: its last good version stays, with the problem, the rest untouched.
            let second = folder + "/2030-03-08.yaml"
            let text = try String(contentsOfFile: second, encoding: .utf8)
            try saveByRenaming("parley: 1\nid: zenda-broken\ntitle: [unclosed\n", to: second)
            let broken = try harness.waitFor("2030-03-08.yaml:4:1: error: YAML syntax")
            #expect(broken.contains("Timeline (4 weeks, 5 engagements)"))
            #expect(broken.contains("Strelsau round"))

            // Fixed: the new version, and the problem gone.
            try saveInPlace(
                text.replacingOccurrences(of: "title: Strelsau round", with: "title: Strelsau round, resumed"),
                to: second)
            try harness.waitFor("Strelsau round, resumed")
            try harness.waitForAbsence("error: YAML syntax")
            try harness.quitAndExpectRestored()
        }
    }

    @Test func aDeskWithABrokenFileOpensOnTheRestAndReadsItOnceFixed() throws {
        try DeskFixture.withCopy(adding: ["broken.yaml"]) { folder in
            let harness = try TmuxHarness(arguments: ["--desk", folder], width: 160, height: 30)
            // The three good weeks, and the broken file's problem on the status line.
            // (Waited for by the status line, drawn last, so the whole first frame is there.)
            let opened = try harness.waitFor("not shown until fixed: ")
            #expect(opened.contains("week 3 of 3"))
            #expect(opened.contains("not shown until fixed: \(folder)/broken.yaml:4:1: error: YAML syntax"))
            try harness.press("4")
            try harness.waitFor("Timeline (3 weeks, 4 engagements)")
            // Fixed: a week like any other, within a second.
            try saveInPlace(
                try String(contentsOfFile: DeskFixture.extra("contradiction.yaml"), encoding: .utf8),
                to: folder + "/broken.yaml")
            let fixed = try harness.waitFor("Timeline (4 weeks, 5 engagements)")
            #expect(fixed.contains("broken.yaml added"))
            try harness.waitForAbsence("error: YAML syntax")
            try harness.quitAndExpectRestored()
        }
    }

    @Test func cKeepsAnArchiveQuoteInTheDossierAndTheDashboardShowsIt() throws {
        try DeskFixture.withCopy { folder in
            let week = folder + "/" + DeskFixture.weeks[0]
            let archive = folder + "/archive.jsonl"
            try
                (#"{"quoteID":"2020-01-05-000123","quotation":"We will not be moved on the border, not now.","speaker":"Anna Adams","qids":["Q1"],"date":"2020-01-05 10:00:00","numOccurrences":3,"probas":[["Anna Adams","0.9"]],"urls":["https://www.news-example.com/a/1"],"phase":"E"}"#
                + "\n").write(toFile: archive, atomically: true, encoding: .utf8)
            let original = try String(contentsOfFile: week, encoding: .utf8)
            let harness = try TmuxHarness(arguments: ["--dossier", week, "--quotes", archive], width: 160, height: 30)
            try harness.waitFor("1 quotes loaded")
            try harness.press("2")
            try harness.press("/")
            try harness.type("speaker:anna")
            try harness.press("Enter")
            // The archive's quote selected (its detail says how often it was quoted): c keeps it.
            try harness.waitFor("Quoted      in 3 articles")
            try harness.press("c")
            // Where it was said (no engagement), and what about (none marked).
            try harness.waitFor("Said at which engagement")
            try harness.press("Enter")
            try harness.waitFor("About which issues?")
            try harness.press("Enter")
            // Kept: said on the status line, then read back from the file as the dossier's own.
            try harness.waitFor("kept in \(week) as adams-we-will-not")
            let edited = try String(contentsOfFile: week, encoding: .utf8)
            #expect(edited.hasPrefix(String(original.prefix(200))))
            #expect(edited.contains("  - id: adams-we-will-not\n"))
            try harness.waitFor("reloaded")
            // Searched again: the dossier's own quote first, the archive's after it.
            let both = try harness.waitFor("2 quotes")
            #expect(both.contains("Anna Adams · 5 Jan 2020 · archive"))
            try harness.press("Up")
            try harness.press("c")
            try harness.waitFor("c: this quote is in the dossier already")
            try harness.quitAndExpectRestored()
        }
    }
}
