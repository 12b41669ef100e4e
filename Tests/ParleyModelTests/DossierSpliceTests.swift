import Foundation
import ParleySystem
import ParleyTestSupport
import ParleyYAML
import Testing

@testable import ParleyModel

/// Adding to a dossier the user owns: only insertions, every other byte kept, the result
/// always loading with the quote in it, on every dossier the project has.
struct DossierSpliceTests {
    /// Every dossier of the project that loads: the bundled week, the valid fixtures, the Zenda desk.
    static var dossiers: [String] {
        let valid = Repository.path("Tests/ParleyModelTests/Fixtures/valid")
        let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: valid)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { valid + "/" + $0 }
        return [Repository.path("Sources/ParleyModel/Bundled/week-2022-01-10.yaml")] + fixtures
            + DeskFixture.weeks.map { DeskFixture.folder + "/" + $0 }
    }

    /// The part of `edited` that `original` lacks, when `edited` is `original` with one run
    /// of text inserted somewhere; nil when anything of `original` changed.
    static func insertion(from original: String, to edited: String) -> String? {
        let a = Array(original.unicodeScalars)
        let b = Array(edited.unicodeScalars)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        guard prefix + suffix == a.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: b[prefix..<(b.count - suffix)])
        return String(view)
    }

    static let item = DossierSplice.Item(
        [.init("id", "added-item"), .init("name", YAMLScalar.quoted("Added \"one\""))], notes: ["TODO: party"])

    @Test(arguments: dossiers)
    func eachListGrowsByAnInsertionOnly(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for key in ["people", "sources", "quotes", "parties"] {
            let edited = try DossierSplice.appending([Self.item], to: key, in: text)
            let inserted = try #require(Self.insertion(from: text, to: edited), "\(path): \(key) changed other text")
            #expect(inserted.contains("added-item"), "\(path): \(key)")
            // The list holds the item, as its last entry, and the rest of the file reads the same.
            guard
                case let .mapping(root)? = try YAMLText.compose(bytes: Array(edited.utf8), file: path, noun: "dossier")
                    .get(),
                case let .sequence(list)? = root[key]
            else {
                Issue.record("\(path): no list \(key) after the splice")
                continue
            }
            guard case let .mapping(last)? = list.nodes.last else {
                Issue.record("\(path): \(key) does not end in a mapping")
                continue
            }
            #expect(last["id"]?.string == "added-item", "\(path): \(key)")
            #expect(last["name"]?.string == "Added \"one\"", "\(path): \(key)")
        }
    }

    @Test(arguments: dossiers)
    func aCollectedQuoteLoadsWithItsSpeakerAndSourceAndLeavesTheRest(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let before = try DossierLoader.load(yaml: text, file: path).dossier
        let found = QuoteCollection.Found(
            text: "We will not \u{202E}be moved,\" he said.", speaker: "Ana Example-Nova", date: Day("2030-01-02")!,
            url: "https://news.example/a?b=1", outlet: "news.example")
        let result = try QuoteCollection.adding(found, to: text, dossier: before, file: path)
        let after = try DossierLoader.load(yaml: result.text, file: path).dossier
        #expect(after.quotes.count == before.quotes.count + 1)
        #expect(Array(after.quotes.prefix(before.quotes.count)) == before.quotes)
        let quote = try #require(after.quote(result.quote))
        #expect(quote.text == found.text)
        #expect(quote.speaker == result.speaker && result.newSpeaker)
        #expect(after.person(result.speaker)?.name == "Ana Example-Nova")
        #expect(after.sources.first { $0.id == quote.source }?.url == found.url)
        #expect(after.engagements == before.engagements)
        #expect(after.positions == before.positions)
        // The new person's TODOs are notes the check lists.
        let todos = try DossierLoader.load(yaml: result.text, file: path).todos.map(\.message)
        #expect(todos.contains { $0.hasPrefix("party — who does Ana Example-Nova speak for?") })
        // The bidi override is written escaped, never raw.
        #expect(!result.text.unicodeScalars.contains("\u{202E}"))
    }

    /// True when every line of `original` is in `edited`, in order, and only whole lines were added.
    static func keepsEveryLine(of original: String, in edited: String) -> Bool {
        let kept = original.split(separator: "\n", omittingEmptySubsequences: false)
        var rest = edited.split(separator: "\n", omittingEmptySubsequences: false)[...]
        for line in kept {
            guard let index = rest.firstIndex(of: line) else { return false }
            rest = rest[(index + 1)...]
        }
        return true
    }

    @Test(arguments: dossiers)
    func quotationsAcceptedInAReviewLoadAsTheReviewerLeftThemAndLeaveTheRest(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let before = try DossierLoader.load(yaml: text, file: path).dossier
        var article = ReviewFixture.article
        article.items[3].speaker = "Strelsau Council"
        article.items[3].speakerIsBody = true
        let found = [1, 3].map { QuoteCollection.Found(reviewed: article.items[$0], of: article) }
        let results = try QuoteCollection.adding(found, to: text, dossier: before, file: path)
        let edited = try #require(results.last).text
        #expect(Self.keepsEveryLine(of: text, in: edited), "\(path): a line of the file changed")
        let loaded = try DossierLoader.load(yaml: edited, file: path)
        let after = loaded.dossier
        #expect(after.quotes.count == before.quotes.count + 2)
        let joined = try #require(after.quote(results[0].quote))
        #expect(joined.text == "Nor will we, move a single soldier.")
        #expect(joined.pieces == ["Nor will we,", "move a single soldier."])
        #expect(joined.context == "said later" && !joined.partial && joined.date == Day("2030-01-04"))
        let envoy = try #require(after.person(joined.speaker))
        #expect(envoy.name == "Bertram Bertrand" && envoy.role == "the king's envoy")
        let source = try #require(after.sources.first { $0.id == joined.source })
        #expect(source.outlet == "Strelsau Gazette" && source.title == "Castle talks end without a deal")
        #expect(source.file == "castle.txt")
        // The second quotation's article is the same source; its speaker a new party.
        let fragment = try #require(after.quote(results[1].quote))
        #expect(fragment.source == joined.source && fragment.partial)
        #expect(after.party(fragment.speaker)?.name == "Strelsau Council")
        // What the reviewer left unsettled is a TODO `parley check --todo` lists.
        let todos = loaded.todos.map(\.message)
        #expect(todos.contains { $0.hasPrefix("date — the article does not say when; 2030-01-05 stands in") })
        #expect(todos.contains { $0.hasPrefix("kind — is Strelsau Council a state") })
    }

    @Test(arguments: dossiers)
    func aQuoteIsTakenOutByItsLinesAloneAndTheRestLoadsAsBefore(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let before = try DossierLoader.load(yaml: text, file: path).dossier
        guard !text.contains("quotes: ["), let quote = before.quotes.last else { return }
        let removed = try QuoteCollection.removing([quote.id], from: text, file: path)
        // Whole lines taken out, nothing else changed: the result's lines are the file's, in order.
        #expect(Self.keepsEveryLine(of: removed.text, in: text), "\(path): a kept line changed")
        #expect(removed.dossier.quotes == Array(before.quotes.dropLast()))
        #expect(removed.dossier.people == before.people && removed.dossier.sources == before.sources)
        // Put back as it was, the file reads the same again.
        let found = QuoteCollection.Found(dossierQuote: quote, in: before)
        let again = try QuoteCollection.adding(found, to: removed.text, dossier: removed.dossier, file: path)
        #expect(again.dossier.quotes.count == before.quotes.count)
    }

    @Test func takingOutADraftedQuotationTakesItsNotesWithIt() throws {
        let draft = """
            parley: 1
            id: d
            title: D
            parties:
              - {id: p, name: P}
            people:
              - {id: a, name: A}
            engagements:
              - {id: e, title: E, date: 2030-01-01}
            sources:
              - {id: s, outlet: S}
            quotes:
              # a.txt:3:1 — said by “A” (after); high confidence: name before the speech verb
              - id: one
                text: "One."
                speaker: a
                date: 2030-01-01
                source: s
              # a.txt:4:1 — said by “he” (after); low confidence: pronoun
              # CHECK: speaker — is “he” A? Low confidence: pronoun
              - id: two
                text: "Two."
                speaker: a
                date: 2030-01-01
                source: s

            # TODO: the issues
            issues: []

            """
        let withoutTwo = try QuoteCollection.removing(["two"], from: draft, file: "d.yaml").text
        #expect(!withoutTwo.contains("CHECK") && !withoutTwo.contains("Two.") && !withoutTwo.contains("a.txt:4:1"))
        #expect(withoutTwo.contains("# a.txt:3:1") && withoutTwo.contains("\n\n# TODO: the issues\nissues: []\n"))
        let withoutOne = try QuoteCollection.removing(["one"], from: draft, file: "d.yaml").text
        #expect(!withoutOne.contains("a.txt:3:1") && withoutOne.contains("  # CHECK: speaker"))
        let neither = try QuoteCollection.removing(["one", "two"], from: draft, file: "d.yaml")
        #expect(neither.dossier.quotes.isEmpty)
        #expect(neither.text.contains("quotes:\n\n# TODO: the issues"))
        do throws(QuoteCollection.Failure) {
            _ = try QuoteCollection.removing(["three"], from: draft, file: "d.yaml")
            Issue.record("removed a quote that is not there")
        } catch {
            #expect(error.description == "d.yaml: no quotes item with id 'three'")
        }
    }

    @Test func aKnownSpeakerAndSourceAreReused() throws {
        let path = Repository.path("Sources/ParleyModel/Bundled/week-2022-01-10.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let dossier = try DossierLoader.load(yaml: text, file: path).dossier
        let source = try #require(dossier.sources.first { $0.url != nil })
        let person = try #require(dossier.people.first)
        let found = QuoteCollection.Found(
            text: "A second thing said.", speaker: person.name.uppercased(), date: Day("2022-01-11")!, url: source.url,
            outlet: "ignored")
        let result = try QuoteCollection.adding(found, to: text, dossier: dossier, file: path)
        #expect(result.speaker == person.id && !result.newSpeaker)
        #expect(result.source == source.id && !result.newSource)
        #expect(try #require(Self.insertion(from: text, to: result.text)).hasPrefix("  - id: \(result.quote)\n"))
    }

    @Test func flowBlockEmptyAndMissingListsAllTakeTheItem() throws {
        let base =
            "parley: 1\nid: d\ntitle: D\nparties: [{id: a, name: A}]\nengagements: [{id: e, title: E, date: 2030-01-01}]\n"
        let cases: [(String, String)] = [
            // A flow list, a flow list over lines, an empty one, a bare key, none at all.
            (
                base + "people: [{id: p, name: P}]  # the people\n",
                base
                    + "people: [{id: p, name: P}, {id: added-item, name: \"Added \\\"one\\\"\"}]  # the people\n# TODO: party\n"
            ),
            (
                base + "people: [\n  {id: p, name: P},\n  {id: q, name: Q}\n]\n",
                base
                    + "people: [\n  {id: p, name: P},\n  {id: q, name: Q}\n, {id: added-item, name: \"Added \\\"one\\\"\"}]\n# TODO: party\n"
            ),
            (base + "people: []\n", base + "people: [{id: added-item, name: \"Added \\\"one\\\"\"}]\n# TODO: party\n"),
            (
                base + "people:\n# later\n",
                base + "people:\n  - id: added-item\n    name: \"Added \\\"one\\\"\"\n    # TODO: party\n# later\n"
            ),
            (base, base + "people:\n  - id: added-item\n    name: \"Added \\\"one\\\"\"\n    # TODO: party\n"),
            (
                String(base.dropLast()),
                base + "people:\n  - id: added-item\n    name: \"Added \\\"one\\\"\"\n    # TODO: party\n"
            ),
        ]
        for (text, expected) in cases {
            #expect(try DossierSplice.appending([Self.item], to: "people", in: text) == expected)
        }
    }

    @Test func aBlockListEndsBeforeTheCommentsOfTheNextKey() throws {
        let text = """
            parley: 1\r
            people:\r
            - id: p\r
              name: P\r
              # about P\r
            \r
            # The engagements\r
            engagements: []\r

            """
        let edited = try DossierSplice.appending([Self.item], to: "people", in: text)
        #expect(
            Self.insertion(from: text, to: edited)
                == "- id: added-item\r\n  name: \"Added \\\"one\\\"\"\r\n  # TODO: party\r\n")
        #expect(edited.contains("  # about P\r\n- id: added-item"))
    }

    @Test func lineBreaksOtherThanLFAndCRLFAreRefused() {
        // YAML breaks lines at a lone CR and at NEL, LS and PS too; spliced by LF they would misplace the item.
        for text in [
            "parley: 1\rpeople: []\r", "parley: 1\u{85}people: []\n", "parley: 1\npeople: []\u{2028}", "people: []\r",
        ] {
            #expect(throws: DossierSplice.Failure.self, "\(text.debugDescription)") {
                try DossierSplice.appending([Self.item], to: "people", in: text)
            }
        }
    }

    @Test func whatCannotBePlacedIsSaid() {
        #expect(throws: DossierSplice.Failure.self) {
            try DossierSplice.appending([Self.item], to: "title", in: "title: T\n")
        }
        #expect(throws: DossierSplice.Failure.self) {
            try DossierSplice.appending([Self.item], to: "people", in: "[1, 2]\n")
        }
    }
}
