import Foundation
import Testing

/// `parley export`: the briefing of the bundled week in both formats, and how writing it fails.
struct ExportCommandTests {
    @Test(arguments: [("markdown", "export-week.md"), ("html", "export-week.html")])
    func bundledWeekMatchesTheReviewedBriefing(format: String, expected: String) throws {
        let outcome = try ParleyProcess.run(["export", "--format", format])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        try ExpectedOutput.check(outcome.stdout, named: expected)
    }

    @Test func queryLimitsTheQuotes() throws {
        let outcome = try ParleyProcess.run(["export", "--query", "speaker:ryabkov"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("## Quotes matching “speaker:ryabkov” (3)"))
        #expect(!outcome.stdout.contains("— Wendy Sherman"))
        let bad = try ParleyProcess.run(["export", "--query", "date:yesterday"])
        #expect(bad.status == 64)
        #expect(bad.stdout.isEmpty)
    }

    @Test func outputIsWrittenWholeAndNeverOverAnExistingFileOrTheDossier() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("week.html").path
        let first = try ParleyProcess.run(["export", "--format", "html", "--output", target])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == ParleyProcess.run(["export", "--format", "html"]).stdout)
        let again = try ParleyProcess.run(["export", "--output", target])
        #expect(again.status == 73)
        #expect(again.stderr == "parley: \(target) exists already; --force replaces it\n")
        #expect(try ParleyProcess.run(["export", "--output", target, "--force"]).status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Russia meets"))
        let dossier = folder.appendingPathComponent("week.yaml").path
        try FileManager.default.copyItem(atPath: Fixtures.valid("one-engagement.yaml"), toPath: dossier)
        let onto = try ParleyProcess.run(["export", "--dossier", dossier, "--output", dossier, "--force"])
        #expect(onto.status == 64)
        #expect(onto.stderr == "parley: \(dossier) is one of the files read; parley never writes a file it reads\n")
        // Nothing half-written or temporary is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["week.html", "week.yaml"])
    }

    @Test func aFullDeviceIsAnErrorNotASilentLoss() throws {
        let outcome = try ParleyProcess.run(["export", "--output", "/dev/full"])
        #expect(outcome.status == 74)
        #expect(outcome.stderr == "parley: /dev/full: No space left on device\n")
        let missing = try ParleyProcess.run(["export", "--output", "/nonexistent-folder/week.md"])
        #expect(missing.status == 73)
        #expect(missing.stderr == "parley: /nonexistent-folder/week.md: no such file\n")
    }
}
