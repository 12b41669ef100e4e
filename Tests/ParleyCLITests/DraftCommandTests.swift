import Foundation
import Testing

/// `parley draft` run as a user would: the dossier and JSON it prints, what it reads, where it
/// writes, and how it refuses.
struct DraftCommandTests {
    static let example = "docs/examples/zenda-talks.txt"

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theExampleArticleDraftsTheExpectedDossier() throws {
        let outcome = try ParleyProcess.run(["draft", Self.example], directory: ParleyProcess.repository)
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        try ExpectedOutput.check(outcome.stdout, named: "draft-zenda.yaml")
    }

    @Test func theExampleArticlesQuotationsAsJSON() throws {
        let outcome = try ParleyProcess.run(["draft", "--json", Self.example], directory: ParleyProcess.repository)
        #expect(outcome.status == 0)
        try ExpectedOutput.check(outcome.stdout, named: "draft-zenda.json")
        // Every one-piece quotation is the file's text between its offsets.
        let text = Array(try String(contentsOf: ParleyProcess.repository.appendingPathComponent(Self.example), encoding: .utf8).unicodeScalars)
        let object = try #require(try ParleyProcess.json(outcome.stdout) as? [String: Any])
        let quotes = try #require((object["articles"] as? [[String: Any]])?.first?["quotes"] as? [[String: Any]])
        for quote in quotes where (quote["pieces"] as? [[Int]])?.count == 1 {
            let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == quote["text"] as? String)
        }
    }

    @Test func theDraftPassesCheck() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("zenda.yaml").path
        let written = try ParleyProcess.run(["draft", Self.example, "--output", draft], directory: ParleyProcess.repository)
        #expect(written.status == 0)
        #expect(written.stdout == "")
        // Written beside the article's folder, the draft names the article as its source's file,
        // so check looks for every quotation in it.
        let yaml = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(yaml.contains("    file: \""), "\(yaml)")
        let checked = try ParleyProcess.run(["check", "--strict", draft])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout == "\(draft): ok (1 engagement, 6 quotes, 0 positions)\n")
    }

    /// A quotation its attribution interrupts is written piece by piece, and check finds every
    /// piece in the article: the draft passes `check --strict`.
    @Test func anInterruptedQuotationIsCheckedPieceByPiece() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("talks.txt").path
        try "Border talks resume\n\nCASTREL, March 3 (Reuters) - “We came here to find a way,” Anna Berg said on Tuesday, “and we have not found it yet.”\n"
            .write(toFile: article, atomically: true, encoding: .utf8)
        let draft = folder.appendingPathComponent("talks.yaml").path
        #expect(try ParleyProcess.run(["draft", "--date", "2031-03-04", article, "--output", draft]).status == 0)
        let yaml = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(yaml.contains("    pieces:\n      - \"We came here to find a way,\"\n      - \"and we have not found it yet.\"\n"), "\(yaml)")
        let checked = try ParleyProcess.run(["check", "--strict", draft])
        #expect(checked.status == 0, "\(checked.stderr)")
    }

    /// What a draft leaves to do is listed where it is, and the status says whether any is left.
    @Test func checkTodoListsWhatTheDraftLeft() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("zenda.yaml").path
        #expect(try ParleyProcess.run(["draft", Self.example, "--output", draft], directory: ParleyProcess.repository).status == 0)
        let listed = try ParleyProcess.run(["check", "--todo", draft])
        #expect(listed.status == 1)
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        let text = try String(contentsOfFile: draft, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let title = try #require(text.firstIndex { $0.hasPrefix("    title: \"TODO: the engagement") })
        #expect(lines.contains("\(draft):\(title + 1):12: todo: 'title' is a placeholder: TODO: the engagement these articles report"), "\(listed.stdout)")
        #expect(lines.last?.hasPrefix("\(draft): ") == true && lines.last?.hasSuffix(" to do") == true, "\(listed.stdout)")
        // Every listed place is a real line and column of the file.
        for line in lines.dropLast() {
            let parts = line.dropFirst(draft.count + 1).split(separator: ":")
            let number = try #require(Int(parts[0])), column = try #require(Int(parts[1]))
            #expect(text[number - 1].unicodeScalars.count >= column, "\(line)")
        }

        let exported = try ParleyProcess.run(["export", "--dossier", draft])
        #expect(exported.status == 0)
        #expect(exported.stderr.contains("parley: warning: \(draft) still has "), "\(exported.stderr)")
        #expect(exported.stderr.contains("`parley check --todo \(draft)` lists them"))

        let finished = try ParleyProcess.run(["check", "--todo", "Tests/ParleyModelTests/Fixtures/valid/example.yaml"], directory: ParleyProcess.repository)
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.hasSuffix(": nothing left to do\n"))
    }

    @Test func standardInputIsAnArticleToo() throws {
        let outcome = try ParleyProcess.run(["draft", "--json", "--date", "2031-03-04", "-"], input: "Talks\n“We are ready,” said Anna Berg on Monday.\n")
        #expect(outcome.status == 0)
        let object = try #require(try ParleyProcess.json(outcome.stdout) as? [String: Any])
        let article = try #require((object["articles"] as? [[String: Any]])?.first)
        #expect(article["file"] as? String == "-")
        let quote = try #require((article["quotes"] as? [[String: Any]])?.first)
        #expect(quote["text"] as? String == "We are ready")
        #expect(quote["date"] as? String == "2031-03-03")
        #expect((quote["speaker"] as? [String: Any])?["name"] as? String == "Anna Berg")
    }

    @Test func severalArticlesMergeIntoOneDraft() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.txt"), second = folder.appendingPathComponent("b.html")
        try "Talks begin\n“We are ready,” said Anna Berg.\n".write(to: first, atomically: true, encoding: .utf8)
        try "<html><body><h1>Talks end</h1><p>&ldquo;We are still ready,&rdquo; Anna Berg said.</p></body></html>".write(to: second, atomically: true, encoding: .utf8)
        let outcome = try ParleyProcess.run(["draft", "--outlet", "The Ledger", "--date", "2031-03-04", "--date", "2031-03-05", first.path, second.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("  - {id: berg, name: Anna Berg}   # TODO: party — whom Anna Berg speaks for\n"))
        #expect(outcome.stdout.contains("\nid: draft-2031-03-04-to-2031-03-05\n"))
        #expect(outcome.stdout.components(separatedBy: "    speaker: berg\n").count == 3)
        #expect(outcome.stdout.contains("  - id: the-ledger-2031-03-04\n"))
        #expect(outcome.stdout.contains("  - id: the-ledger-2031-03-05\n"))
    }

    @Test func aMissingArticleIsNoInput() throws {
        let outcome = try ParleyProcess.run(["draft", "/no/such/article.txt"])
        #expect(outcome.status == 66)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "parley: /no/such/article.txt: no such file\n")
    }

    @Test(arguments: [
        (["draft"], "name at least one article"),
        (["draft", "--date", "2031-13-01", "a.txt"], "'2031-13-01' is not a date for --date"),
        (["draft", "--outlet", "A", "--outlet", "B", "a.txt"], "--outlet is given 2 times for 1 articles"),
        (["draft", "-", "-"], "standard input (-) can be read only once"),
    ])
    func badUsageIsRefused(arguments: [String], message: String) throws {
        let outcome = try ParleyProcess.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func theOutputIsNeverAnArticleAndNeverReplacedUnasked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("a.txt")
        let original = "Talks\n“We are ready,” said Anna Berg.\n"
        try original.write(to: article, atomically: true, encoding: .utf8)
        let onto = try ParleyProcess.run(["draft", article.path, "--output", article.path, "--force"])
        #expect(onto.status == 64)
        #expect(onto.stderr == "parley: \(article.path) is one of the files read; parley never writes a file it reads\n")
        #expect(try String(contentsOf: article, encoding: .utf8) == original)

        let draft = folder.appendingPathComponent("draft.yaml")
        try "mine".write(to: draft, atomically: true, encoding: .utf8)
        let refused = try ParleyProcess.run(["draft", article.path, "--output", draft.path])
        #expect(refused.status == 73)
        #expect(refused.stderr == "parley: \(draft.path) exists already; --force replaces it\n")
        #expect(try String(contentsOf: draft, encoding: .utf8) == "mine")

        let forced = try ParleyProcess.run(["draft", article.path, "--output", draft.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: draft, encoding: .utf8).contains("    file: \"a.txt\"\n"))
        // Nothing but the draft is left in the folder: the temporary file was renamed into place.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.txt", "draft.yaml"])
    }

    @Test func controlCharactersInAnArticleNeverReachTheTerminal() throws {
        let outcome = try ParleyProcess.run(["draft", "--date", "2031-03-04", "-"], input: "Talks\n“Clear \u{1B}]0;pwned\u{07}\u{1B}[2J the screen \u{202E}now,” said Anna Berg.\n")
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(outcome.stdout.contains(#"text: "Clear \e]0;pwned\x07\e[2J the screen \u202Enow""#))
    }
}
