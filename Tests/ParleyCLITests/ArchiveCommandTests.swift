import Foundation
import ParleyArchiveGenerator
import Testing

/// `--quotes FILE`: archives searched beside the dossier from the command line.
struct ArchiveCommandTests {
    /// A generated archive in a temporary file, removed afterwards.
    static func withArchive(quotes: Int = 500, damagedEvery: Int = 0, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-archive-\(UUID().uuidString).jsonl").path
        try SyntheticArchive(quotes: quotes, damagedEvery: damagedEvery).text().write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func countIncludesArchiveQuotes() throws {
        try Self.withArchive { path in
            let dossierOnly = try ParleyProcess.run(["quotes", "--count", "the"])
            let withArchive = try ParleyProcess.run(["quotes", "--count", "the", "--quotes", path])
            #expect(withArchive.status == 0)
            #expect(Int(withArchive.stdout.trimmingCharacters(in: .newlines))! > Int(dossierOnly.stdout.trimmingCharacters(in: .newlines))!)
            let all = try ParleyProcess.run(["quotes", "--count", "--quotes", path])
            #expect(all.stdout == "516\n")
        }
    }

    @Test func twoArchivesAddUp() throws {
        try Self.withArchive(quotes: 300) { first in
            try Self.withArchive(quotes: 200) { second in
                let outcome = try ParleyProcess.run(["quotes", "--count", "--quotes", first, "--quotes", second])
                #expect(outcome.stdout == "516\n")
            }
        }
    }

    @Test func archiveQuotesHaveTheQuoteShapeAndSayWhereTheyComeFrom() throws {
        try Self.withArchive { path in
            let outcome = try ParleyProcess.run(["quotes", "--json", "speaker:anna", "--quotes", path])
            #expect(outcome.status == 0)
            let quotes = try #require(try ParleyProcess.json(outcome.stdout) as? [[String: Any]])
            let first = try #require(quotes.first)
            #expect(first["archive"] as? String == path)
            #expect((first["speaker"] as? [String: Any])?["name"] as? String == "Anna Adams")
            #expect((first["speaker"] as? [String: Any])?["id"] is NSNull)
            #expect(first["engagement"] is NSNull)
            #expect(((first["source"] as? [String: Any])?["url"] as? String)?.hasPrefix("https://www.news-") == true)
            #expect(first["occurrences"] is Int)
            let bundled = try #require(try ParleyProcess.json(ParleyProcess.run(["quotes", "--json", "ryabkov"]).stdout) as? [[String: Any]])
            #expect(bundled[0]["archive"] is NSNull)
        }
    }

    @Test func textOutputMarksArchiveQuotes() throws {
        try Self.withArchive { path in
            let outcome = try ParleyProcess.run(["quotes", "speaker:anna", "--quotes", path, "--width", "400"])
            #expect(outcome.stdout.contains("· Anna Adams\n"))
            #expect(outcome.stdout.contains("archive \(path) · quoted in "))
        }
    }

    @Test func damagedLinesWarnAFewTimesThenCount() throws {
        try Self.withArchive(quotes: 100, damagedEvery: 10) { path in
            let outcome = try ParleyProcess.run(["quotes", "--count", "--quotes", path])
            #expect(outcome.status == 0)
            #expect(outcome.stdout == "106\n")
            let lines = outcome.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == 6)
            #expect(lines[0] == "\(path):10: warning: not a Quotebank quote: the line ends inside a string (column 46)")
            #expect(lines[1] == "\(path):20: warning: not a Quotebank quote: no 'quotation' field")
            #expect(lines[5] == "\(path): warning: 5 more damaged lines skipped (10 in all)")
        }
    }

    @Test func missingArchiveIsNoInput() throws {
        for arguments in [["quotes"], ["week"], ["render"], ["show", "geneva-ssd"], ["positions"], []] {
            let outcome = try ParleyProcess.run(arguments + ["--quotes", "/no/such/archive.jsonl"])
            #expect(outcome.status == 66, "\(arguments)")
            #expect(outcome.stderr == "parley: /no/such/archive.jsonl: no such file\n")
        }
    }

    @Test func commandsThatShowNoArchiveQuoteDoNotReadTheArchive() throws {
        // `show` and `positions` take --quotes like every command, but nothing they print comes
        // from an archive: its damaged lines are not read, so not reported either.
        try Self.withArchive(quotes: 100, damagedEvery: 10) { path in
            for arguments in [["show", "geneva-ssd"], ["positions"]] {
                let outcome = try ParleyProcess.run(arguments + ["--quotes", path])
                let bare = try ParleyProcess.run(arguments)
                #expect(outcome.status == 0, "\(arguments)")
                #expect(outcome.stderr == "", "\(arguments)")
                #expect(outcome.stdout == bare.stdout, "\(arguments)")
            }
        }
    }

    @Test func weekNamesTheArchive() throws {
        try Self.withArchive { path in
            let outcome = try ParleyProcess.run(["week", "--quotes", path, "--width", "200"])
            #expect(outcome.stdout.hasSuffix("Quote archive \(path): 500 quotes, searched with `parley quotes`\n"))
        }
    }

    @Test func quotesScreenShowsArchiveQuotes() throws {
        try Self.withArchive { path in
            let outcome = try ParleyProcess.run(["render", "--screen", "quotes", "--query", "speaker:anna", "--size", "120x30", "--quotes", path])
            #expect(outcome.status == 0)
            #expect(outcome.stdout.contains("Anna Adams ·"))
            #expect(outcome.stdout.contains("· archive"))
            #expect(outcome.stdout.contains("of 516)"))
        }
    }
}
