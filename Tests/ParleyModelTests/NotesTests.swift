import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The reader's flags and notes: their file read and written back, every problem with its
/// place, and `flag:` and `note:` finding them.
struct NotesTests {
    @Test func aNotesFileReadsBackAsWrittenWhateverItsText() throws {
        var notes = DossierNotes(dossier: "week-2022-01-10")
        notes.quotes["smith-enlargement"] = QuoteNote(
            flag: "follow up", note: "Ask CNN for the \"full\" clip: \u{202E}odd")
        notes.quotes["ryabkov-ironclad"] = QuoteNote(flag: "verified")
        notes.engagements["geneva-ssd"] = "Second round: #2, maybe"
        let text = notes.yaml()
        #expect(!text.unicodeScalars.contains("\u{202E}"), "a bidi override is written escaped")
        let read = try DossierNotes.parse(Array(text.utf8), file: "notes.yaml")
        #expect(read == notes)
        #expect(DossierNotes(dossier: "x").yaml().hasSuffix("quotes:\nengagements:\n"))
        #expect(
            try DossierNotes.parse(Array(DossierNotes(dossier: "x").yaml().utf8), file: "n")
                == DossierNotes(dossier: "x"))
    }

    @Test(arguments: [
        ("parley-notes: 2\ndossier: a\n", "n.yaml:1:15: error: parley-notes must be 1"),
        ("parley-notes: 1\n", "n.yaml:1:1: error: a notes file names its dossier: dossier: ID"),
        ("- a\n", "n.yaml:1:1: error: a notes file is a mapping of parley-notes, dossier, quotes and engagements"),
        (
            "dossier: a\nquotes:\n  q1: {flag: verified, colour: red}\n",
            "n.yaml:3:24: error: unknown key 'colour' in the notes of a quote (flag, note)"
        ),
        (
            "dossier: a\nquotes:\n  q1: verified\n",
            "n.yaml:3:7: error: the notes of quote 'q1' must be a mapping of flag and note"
        ),
        (
            "dossier: a\nengagements:\n  e1: {note: [x]}\n",
            "n.yaml:3:7: error: the notes of engagement 'e1' must be {note: TEXT}"
        ),
        (
            "dossier: a\nnotes: {}\n",
            "n.yaml:2:1: error: unknown key 'notes' in a notes file (parley-notes, dossier, quotes, engagements)"
        ),
        (
            "dossier: a\nquotes: [x\n",
            "n.yaml:3:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at 2:9)"
        ),
    ])
    func aBrokenNotesFileSaysWhereAndWhat(text: String, message: String) {
        do throws(DossierNotes.Failure) {
            _ = try DossierNotes.parse(Array(text.utf8), file: "n.yaml")
            Issue.record("read: \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func theExampleInTheDocsIsAFileParleyReadsAndWritesTheSame() throws {
        let page = try String(contentsOfFile: Repository.path("docs/notes-format.md"), encoding: .utf8)
        let start = try #require(page.range(of: "```yaml\n"))
        let end = try #require(page.range(of: "```", range: start.upperBound..<page.endIndex))
        let example = String(page[start.upperBound..<end.lowerBound])
        let notes = try DossierNotes.parse(Array(example.utf8), file: "notes-format.md")
        #expect(notes.quotes["smith-enlargement"] == QuoteNote(flag: "verified", note: "Matches the CNN interview."))
        #expect(notes.engagements["geneva-ssd"] == "Ask about the second round.")
        #expect(notes.yaml() == example, "the page shows the layout parley writes")
    }

    @Test func settingANoteOnlyToEmptyTakesItOff() {
        var book = NotesBook()
        book.set(QuoteNote(flag: "verified"), quote: "q1", dossier: "a")
        book.set(engagementNote: "later", engagement: "e1", dossier: "a")
        #expect(book.quote("q1") == QuoteNote(flag: "verified") && book.engagement("e1") == "later")
        let emptied = book.set(QuoteNote(), quote: "q1", dossier: "a")
        #expect(emptied.quotes.isEmpty && emptied.engagements == ["e1": "later"])
        book.set(engagementNote: "", engagement: "e1", dossier: "a")
        #expect(book.isEmpty)
    }

    @Test func flagAndNoteFindTheReadersOwnWords() throws {
        let dossier = try BundledDossier.load()
        var book = NotesBook()
        book.set(
            QuoteNote(flag: "follow up", note: "Checked against the transcript"), quote: "smith-enlargement",
            dossier: dossier.id)
        book.set(QuoteNote(flag: "verified"), quote: "ryabkov-ironclad", dossier: dossier.id)
        let search = QuoteSearch(dossier: dossier, notes: book)
        func ids(_ query: String) throws -> [String] {
            try search.search(query).map { search.quotes[$0.index].id }.sorted()
        }
        #expect(try ids("flag:verified") == ["ryabkov-ironclad"])
        #expect(try ids("flag:\"follow up\"") == ["smith-enlargement"])
        #expect(try ids("flag:fol") == ["smith-enlargement"], "the last word typed is a prefix")
        #expect(try ids("note:transcript") == ["smith-enlargement"])
        #expect(try ids("flag:verified | note:transcript") == ["ryabkov-ironclad", "smith-enlargement"])
        #expect(try ids("-flag:verified").count == dossier.quotes.count - 1)
        #expect(try ids("transcript").contains("smith-enlargement") == false, "a bare word is not looked for in notes")
        // Without notes nothing is flagged, and the index and the full scan agree.
        #expect(try QuoteSearch(dossier: dossier).search("flag:verified").isEmpty)
        let query = try QueryParser.parse("flag:verified")
        #expect(search.search(query, narrowing: false) == search.search(query, narrowing: true))
    }
}
