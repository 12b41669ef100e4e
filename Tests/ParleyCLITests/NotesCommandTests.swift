import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// The reader's flags and notes on the command line: found by `flag:` and `note:`, put in a
/// briefing only with `--notes`, and a notes file that does not read said, not obeyed.
struct NotesCommandTests {
    /// A notes file for the bundled week in a data folder of its own.
    static func withNotes(_ text: String, _ body: ([String: String]) throws -> Void) throws {
        try TemporaryFolder.with("parley-notes") { folder in
            try FileManager.default.createDirectory(atPath: folder + "/parley/notes", withIntermediateDirectories: true)
            let id = try BundledDossier.load().id
            try text.write(toFile: folder + "/parley/notes/\(id).yaml", atomically: true, encoding: .utf8)
            try body(["XDG_DATA_HOME": folder])
        }
    }

    static let notes = """
        parley-notes: 1
        dossier: ukraine-security-talks-2022-01
        quotes:
          smith-enlargement: {flag: verified, note: "Matches the CNN interview."}
        engagements:
          geneva-ssd: {note: "Ask about the \\u001B[31m second round."}

        """

    @Test func flagAndNoteFindTheQuotesAndBriefingsShowNotesOnlyWhenAsked() throws {
        try Self.withNotes(Self.notes) { environment in
            let found = try ParleyProcess.run(["quotes", "--json", "flag:verified"], environment: environment)
            #expect(found.status == 0)
            let quotes = try #require(try ParleyProcess.json(found.stdout) as? [[String: Any]])
            #expect(quotes.compactMap { $0["id"] as? String } == ["smith-enlargement"])
            let noted = try ParleyProcess.run(["quotes", "--count", "note:cnn"], environment: environment)
            #expect(noted.stdout == "1\n")
            let plain = try ParleyProcess.run(["export"], environment: environment)
            #expect(!plain.stdout.contains("Your note"))
            let briefing = try ParleyProcess.run(["export", "--notes"], environment: environment)
            #expect(briefing.stdout.contains("*Your note: flagged verified: Matches the CNN interview.*"))
            #expect(briefing.stdout.contains("Your note:** Ask about the"))
            #expect(!briefing.stdout.unicodeScalars.contains("\u{1B}"), "a control character in a note is made visible")
            let html = try ParleyProcess.run(
                ["export", "--notes", "--format", "html", "--query", "flag:verified"], environment: environment)
            #expect(
                html.stdout.contains("<p class=\"note\">Your note: flagged verified: Matches the CNN interview.</p>"))
        }
    }

    @Test func aNotesFileThatDoesNotReadIsAWarningWithItsPlace() throws {
        try Self.withNotes("parley-notes: 1\ndossier: x\nquotes: {q1: {flag: [}}\n") { environment in
            let outcome = try ParleyProcess.run(["quotes", "--count", "flag:verified"], environment: environment)
            #expect(outcome.status == 0)
            #expect(outcome.stdout == "0\n")
            let folder = try #require(environment["XDG_DATA_HOME"])
            #expect(
                outcome.stderr.hasPrefix(
                    "parley: warning: \(folder)/parley/notes/ukraine-security-talks-2022-01.yaml:3:"),
                "\(outcome.stderr)")
        }
    }
}
