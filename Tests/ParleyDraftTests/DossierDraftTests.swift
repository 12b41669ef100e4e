@testable import ParleyDraft
import ParleyModel
import Testing

/// The YAML draft: valid for `parley check`, merged across articles, safe to print.
struct DossierDraftTests {
    static let today = Day("2031-05-01")!

    private func article(_ file: String, _ text: String, date: String? = nil, outlet: String? = nil) -> DraftedArticle {
        DraftedArticle(file: file, draft: ArticleDrafter.draft(ArticleText(plain: text)), overrides: ArticleMetadata(outlet: outlet, date: date.flatMap { Day($0) }))
    }

    private func load(_ yaml: String) throws -> Dossier {
        do {
            return try DossierLoader.load(yaml: yaml, file: "draft.yaml").dossier
        } catch {
            Issue.record("the draft does not load: \(error)\n\(yaml)")
            throw error
        }
    }

    @Test func aDraftLoadsWithEverySpeakerSourceAndDate() throws {
        let text = """
        Talks end without a deal
        GENEVA, March 3 (Reuters) - The talks ended on Tuesday.
        “We came to keep the peace,” Valdorian Foreign Minister Anna Kowalczyk told reporters on Monday.
        The White House described the talks as “frank”.
        “It will take weeks,” a senior official said.
        """
        let yaml = DossierDraft(articles: [article("talks.txt", text, date: "2031-03-04")], today: Self.today).yaml()
        let dossier = try load(yaml)
        #expect(dossier.title == "Talks end without a deal")
        #expect(dossier.sources.map(\.outlet) == ["Reuters"])
        #expect(dossier.sources.first?.id == "reuters-2031-03-04")
        #expect(dossier.people.map(\.name) == ["Anna Kowalczyk", "TODO: speaker not found"])
        #expect(dossier.people.first?.role == "Valdorian Foreign Minister")
        #expect(dossier.parties.map(\.name) == ["White House"])
        #expect(dossier.quotes.map(\.text) == ["We came to keep the peace", "frank", "It will take weeks"])
        #expect(dossier.quotes.map(\.date.description) == ["2031-03-03", "2031-03-04", "2031-03-04"])
        #expect(dossier.quotes.map(\.context) == ["told reporters", "described", "said"])
        #expect(dossier.quotes.map(\.partial) == [false, true, false])
        #expect(yaml.contains("# TODO: speaker — the article attributes it to “a senior official”, who is not named"))
        #expect(dossier.engagements.map(\.id) == ["todo-engagement"])
    }

    @Test func onePersonPerSpeakerAcrossArticles() throws {
        let first = article("a.txt", "Talks\n“We are ready,” said Anna Kowalczyk.", date: "2031-03-04", outlet: "The Ledger")
        let second = article("b.txt", "More talks\n“We are still ready,” Anna Kowalczyk said.\n“So are we,” said Anna Berg.", date: "2031-03-05", outlet: "The Ledger")
        let dossier = try load(DossierDraft(articles: [first, second], today: Self.today).yaml())
        #expect(dossier.people.map(\.id) == ["kowalczyk", "berg"])
        #expect(dossier.quotes.map(\.speaker) == ["kowalczyk", "kowalczyk", "berg"])
        #expect(dossier.sources.map(\.id) == ["the-ledger-2031-03-04", "the-ledger-2031-03-05"])
        #expect(dossier.quotes.map(\.source) == ["the-ledger-2031-03-04", "the-ledger-2031-03-05", "the-ledger-2031-03-05"])
        #expect(dossier.title.hasPrefix("TODO"))
    }

    @Test func surnamesSharedByTwoPeopleGetFullNameIDs() throws {
        let text = "Talks\n“Yes,” said Anna Berg.\n“No,” said Tomas Berg."
        let dossier = try load(DossierDraft(articles: [article("a.txt", text, date: "2031-03-04")], today: Self.today).yaml())
        #expect(dossier.people.map(\.id) == ["berg", "tomas-berg"])
    }

    @Test func anArticleWithoutADateUsesTodayAndSaysSo() throws {
        let yaml = DossierDraft(articles: [article("a.txt", "Talks\n“Yes,” said Anna Berg.")], today: Self.today).yaml()
        let dossier = try load(yaml)
        #expect(dossier.quotes.first?.date == Self.today)
        #expect(yaml.contains("# TODO: date — the article's date is unknown"))
        #expect(dossier.sources.first?.outlet == "TODO: outlet")
    }

    @Test func anArticleWithNoQuotationsStillGivesAValidDraft() throws {
        let dossier = try load(DossierDraft(articles: [article("a.txt", "Nothing was said.")], today: Self.today).yaml())
        #expect(dossier.quotes.isEmpty)
        #expect(dossier.parties.map(\.id) == ["todo-party"])
    }

    @Test func controlCharactersAreEscapedAndLoadBackExactly() throws {
        let hostile = "Talks\n“We \u{1B}]0;pwned\u{07} mean \u{202E}it,” said Anna Berg.\u{1B}[2J"
        let yaml = DossierDraft(articles: [article("a\u{1B}[31m.txt", hostile, date: "2031-03-04")], today: Self.today).yaml()
        #expect(!yaml.unicodeScalars.contains { VisibleText.isUnsafe($0) && $0 != "\n" })
        let dossier = try load(yaml)
        #expect(dossier.quotes.first?.text == "We \u{1B}]0;pwned\u{07} mean \u{202E}it")
    }

    @Test func sourceFilesAreWrittenWhenTheirPathIsKnown() throws {
        let yaml = DossierDraft(articles: [article("articles/a.txt", "Talks\n“Yes,” said Anna Berg.", date: "2031-03-04")], today: Self.today, sourceFiles: ["articles/a.txt"]).yaml()
        #expect(yaml.contains("    file: \"articles/a.txt\"\n"))
    }

    @Test(arguments: ["yes", "No", "null", "true", "Off", "NO"])
    func wordsYAMLWouldMisreadStayText(word: String) throws {
        let yaml = DossierDraft(articles: [article("a.txt", "Talks\n“\(word)”, said Anna Berg.", date: "2031-03-04")], today: Self.today).yaml()
        #expect(try load(yaml).quotes.first?.text == word)
    }
}
