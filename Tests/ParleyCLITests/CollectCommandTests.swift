import Foundation
import ParleyArchiveGenerator
import ParleyTestSupport
import Testing

/// `parley collect`: a quote from an archive kept in a dossier the user owns, and nothing else
/// of the file touched.
struct CollectCommandTests {
    /// A copy of a Zenda week (comments and all) and a generated archive, in a temporary folder.
    static func withDossierAndArchive(_ body: (_ dossier: String, _ archive: String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-collect-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dossier = folder + "/week.yaml"
        try FileManager.default.copyItem(atPath: DeskFixture.folder + "/" + DeskFixture.weeks[0], toPath: dossier)
        let archive = folder + "/archive.jsonl"
        try SyntheticArchive(quotes: 60).text().write(toFile: archive, atomically: true, encoding: .utf8)
        try body(dossier, archive)
    }

    /// An archive quote's id, text and speaker, as `parley quotes --json` gives them.
    static func archiveQuote(_ archive: String, query: String) throws -> (id: String, text: String, speaker: String) {
        let outcome = try ParleyProcess.run(["quotes", "--json", query, "--quotes", archive])
        let quotes = try #require(try ParleyProcess.json(outcome.stdout) as? [[String: Any]])
        let first = try #require(quotes.first { $0["archive"] is String })
        return (
            try #require(first["id"] as? String), try #require(first["text"] as? String),
            try #require((first["speaker"] as? [String: Any])?["name"] as? String)
        )
    }

    @Test func aQuoteIsAddedWithItsSpeakerAndSourceAndTheRestKept() throws {
        try Self.withDossierAndArchive { dossier, archive in
            let original = try String(contentsOfFile: dossier, encoding: .utf8)
            let quote = try Self.archiveQuote(archive, query: "speaker:anna")
            let outcome = try ParleyProcess.run([
                "collect", quote.id, "--quotes", archive, "--dossier", dossier, "--json",
            ])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let said = try #require(try ParleyProcess.json(outcome.stdout) as? [String: Any])
            let id = try #require(said["quote"] as? String)
            #expect(said["newSpeaker"] as? Bool == true)
            #expect(said["newSource"] as? Bool == true)
            // The file now holds the quote, word for word, and every line it had, in order.
            let edited = try String(contentsOfFile: dossier, encoding: .utf8)
            let kept = edited.components(separatedBy: "\n").filter {
                original.components(separatedBy: "\n").contains($0)
            }
            #expect(kept.joined(separator: "\n") + "\n" == original || kept.joined(separator: "\n") == original)
            #expect(try String(contentsOfFile: dossier + "~", encoding: .utf8) == original)
            let shown = try ParleyProcess.run(["quotes", "--json", "--dossier", dossier, "speaker:\(quote.speaker)"])
            let found = try #require(try ParleyProcess.json(shown.stdout) as? [[String: Any]])
            #expect(found.contains { $0["id"] as? String == id && $0["text"] as? String == quote.text })
            // What is left for the author: the new person's party and role.
            let todo = try ParleyProcess.run(["check", "--todo", dossier])
            #expect(todo.status == 1)
            #expect(todo.stdout.contains("todo: party — who does \(quote.speaker) speak for?"))
            // Collected twice: the same person and source, a second id.
            let again = try ParleyProcess.run(["collect", quote.id, "--quotes", archive, "--dossier", dossier])
            #expect(again.status == 0)
            #expect(again.stdout.contains("said by \(said["speaker"] as? String ?? "?"),"))
            #expect(!again.stdout.contains("(new"))
        }
    }

    @Test func anUnknownIdOrEngagementWritesNothing() throws {
        try Self.withDossierAndArchive { dossier, archive in
            let original = try Data(contentsOf: URL(fileURLWithPath: dossier))
            let unknown = try ParleyProcess.run(["collect", "no-such-quote", "--quotes", archive, "--dossier", dossier])
            #expect(unknown.status == 64)
            #expect(unknown.stderr == "parley: no quote 'no-such-quote' in \(archive)\n")
            let quote = try Self.archiveQuote(archive, query: "speaker:anna")
            let meeting = try ParleyProcess.run([
                "collect", quote.id, "--quotes", archive, "--dossier", dossier, "--engagement", "no-such-meeting",
            ])
            #expect(meeting.status == 65)
            #expect(meeting.stderr == "parley: \(dossier): no engagement 'no-such-meeting'\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: dossier)) == original)
            #expect(!FileManager.default.fileExists(atPath: dossier + "~"))
        }
    }

    @Test func aKnownSpeakerIsCreditedAndTheQuoteTiedToAMeeting() throws {
        try Self.withDossierAndArchive { dossier, archive in
            let quote = try Self.archiveQuote(archive, query: "speaker:anna")
            let outcome = try ParleyProcess.run([
                "collect", quote.id, "--quotes", archive, "--dossier", dossier, "--speaker", "rassendyll",
                "--engagement", "castle-talks", "--issue", "border",
            ])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stdout.contains("said by rassendyll, source"))
            let shown = try ParleyProcess.run(["show", "castle-talks", "--json", "--dossier", dossier])
            #expect(shown.stdout.contains(quote.text.replacingOccurrences(of: "\"", with: "\\\"")))
        }
    }

    @Test func aWriteThatFailsLeavesTheFileAsItWas() throws {
        try Self.withDossierAndArchive { dossier, archive in
            let original = try Data(contentsOf: URL(fileURLWithPath: dossier))
            let quote = try Self.archiveQuote(archive, query: "speaker:anna")
            // Files may grow to 1 KiB only: the copy and the new version cannot be written, as on a full disk.
            let outcome = try ParleyProcess.run(
                [
                    "-c", "ulimit -f 1; exec \"$0\" collect \"$1\" --quotes \"$2\" --dossier \"$3\"",
                    ParleyProcess.executable, quote.id, archive, dossier,
                ],
                shell: true)
            #expect(outcome.status == 73)
            #expect(outcome.stderr.hasPrefix("parley: \(dossier)~: File too large"), "\(outcome.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: dossier)) == original)
            let leftovers = try FileManager.default.contentsOfDirectory(
                atPath: (dossier as NSString).deletingLastPathComponent)
            #expect(leftovers.sorted() == ["archive.jsonl", "week.yaml"])
        }
    }

    @Test func onADeskTheQuoteGoesIntoTheWeekChosen() throws {
        try DeskFixture.withCopy { folder in
            try Self.withDossierAndArchive { _, archive in
                let quote = try Self.archiveQuote(archive, query: "speaker:anna")
                let second = folder + "/" + DeskFixture.weeks[1]
                let before = try String(contentsOfFile: folder + "/" + DeskFixture.weeks[2], encoding: .utf8)
                let outcome = try ParleyProcess.run([
                    "collect", quote.id, "--quotes", archive, "--desk", folder, "--week", "2030-03-09",
                ])
                #expect(outcome.status == 0, "\(outcome.stderr)")
                #expect(outcome.stdout.hasPrefix("\(second): added quote "))
                #expect(try String(contentsOfFile: folder + "/" + DeskFixture.weeks[2], encoding: .utf8) == before)
                // The desk still reads as one, with the quote in its second week.
                let check = try ParleyProcess.run(["check", folder])
                #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            }
        }
        let bundled = try ParleyProcess.run(["collect", "x", "--quotes", "/nonexistent.jsonl"])
        #expect(bundled.status == 64)
        #expect(
            bundled.stderr.contains("collect writes a dossier of yours: --dossier FILE, or --desk DIR with --week ID"))
    }
}
