@testable import ParleyDraft
import ParleyModel
import Testing

/// The YAML draft: valid for `parley check`, merged across articles, safe to print.
struct DossierDraftTests {

    private func article(_ file: String, _ text: String, date: String? = nil, outlet: String? = nil) -> DraftedArticle {
        // The rules alone: these tests are about the YAML written, not what the learned filter keeps.
        DraftedArticle(file: file, draft: ArticleDrafter.draft(ArticleText(plain: text), models: .rulesOnly), overrides: ArticleMetadata(outlet: outlet, date: date.flatMap { Day($0) }))
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
        let yaml = DossierDraft(articles: [article("talks.txt", text, date: "2031-03-04")]).yaml()
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
        let dossier = try load(DossierDraft(articles: [first, second]).yaml())
        #expect(dossier.people.map(\.id) == ["kowalczyk", "berg"])
        #expect(dossier.quotes.map(\.speaker) == ["kowalczyk", "kowalczyk", "berg"])
        #expect(dossier.sources.map(\.id) == ["the-ledger-2031-03-04", "the-ledger-2031-03-05"])
        #expect(dossier.quotes.map(\.source) == ["the-ledger-2031-03-04", "the-ledger-2031-03-05", "the-ledger-2031-03-05"])
        #expect(dossier.title.hasPrefix("TODO"))
    }

    @Test func surnamesSharedByTwoPeopleGetFullNameIDs() throws {
        let text = "Talks\n“Yes,” said Anna Berg.\n“No,” said Tomas Berg."
        let dossier = try load(DossierDraft(articles: [article("a.txt", text, date: "2031-03-04")]).yaml())
        #expect(dossier.people.map(\.id) == ["berg", "tomas-berg"])
    }

    /// Never today's date, which looks right and is not: a placeholder marked TODO.
    @Test func anArticleWithoutADateGetsAPlaceholderMarkedTodo() throws {
        let yaml = DossierDraft(articles: [article("a.txt", "Talks\n“Yes,” said Anna Berg.")]).yaml()
        let dossier = try load(yaml)
        #expect(dossier.quotes.first?.date == DossierDraft.placeholderDate)
        #expect(yaml.contains("  # TODO: date — the article's date is unknown (--date gives it); 2000-01-01 stands in\n"))
        #expect(dossier.sources.first?.outlet == "TODO: outlet")
    }

    /// Another article's date is the nearest stand-in, still marked TODO.
    @Test func anUndatedArticleBorrowsTheOthersDateAndSaysSo() throws {
        let yaml = DossierDraft(articles: [article("a.txt", "Talks\n“Yes,” said Anna Berg.", date: "2031-03-04"), article("b.txt", "Talks\n“No,” said Tomas Berg.")]).yaml()
        let dossier = try load(yaml)
        #expect(dossier.quotes.map(\.date) == [Day("2031-03-04"), Day("2031-03-04")])
        #expect(yaml.components(separatedBy: "# TODO: date — the article's date is unknown").count == 2)
    }

    /// "In a March 2016 meeting … she said": the day is not the article's, and not known.
    @Test func aMonthTheTextNamesIsADateToSettle() throws {
        let text = "Talks\n\nIn a March 2031 meeting with donors, Anna Berg said: “We will win this county.”"
        let yaml = DossierDraft(articles: [article("a.txt", text, date: "2031-06-10")]).yaml()
        #expect(try load(yaml).quotes.first?.date == Day("2031-03-01"))
        #expect(yaml.contains("# TODO: date — the article says it was said March 2031, not on which day; 2031-03-01 stands in\n"))
    }

    /// Several articles get an id of their days, not one article's headline.
    @Test func severalArticlesAreNotNamedAfterOne() throws {
        let first = article("a.txt", "Border talks open\n\n“Yes,” said Anna Berg.", date: "2031-03-04")
        let second = article("b.txt", "Border talks close\n\n“No,” said Tomas Berg.", date: "2031-03-06")
        #expect(try load(DossierDraft(articles: [first, second]).yaml()).id == "draft-2031-03-04-to-2031-03-06")
    }

    @Test func anArticleWithNoQuotationsStillGivesAValidDraft() throws {
        let dossier = try load(DossierDraft(articles: [article("a.txt", "Nothing was said.")]).yaml())
        #expect(dossier.quotes.isEmpty)
        #expect(dossier.parties.map(\.id) == ["todo-party"])
    }

    @Test func controlCharactersAreEscapedAndLoadBackExactly() throws {
        let hostile = "Talks\n“We \u{1B}]0;pwned\u{07} mean \u{202E}it,” said Anna Berg.\u{1B}[2J"
        let yaml = DossierDraft(articles: [article("a\u{1B}[31m.txt", hostile, date: "2031-03-04")]).yaml()
        #expect(!yaml.unicodeScalars.contains { VisibleText.isUnsafe($0) && $0 != "\n" })
        let dossier = try load(yaml)
        #expect(dossier.quotes.first?.text == "We \u{1B}]0;pwned\u{07} mean \u{202E}it")
    }

    @Test func sourceFilesAreWrittenWhenTheirPathIsKnown() throws {
        let yaml = DossierDraft(articles: [article("articles/a.txt", "Talks\n“Yes,” said Anna Berg.", date: "2031-03-04")], sourceFiles: ["articles/a.txt"]).yaml()
        #expect(yaml.contains("    file: \"articles/a.txt\"\n"))
    }

    @Test(arguments: ["yes", "No", "null", "true", "Off", "NO"])
    func wordsYAMLWouldMisreadStayText(word: String) throws {
        let yaml = DossierDraft(articles: [article("a.txt", "Talks\n“\(word)”, said Anna Berg.", date: "2031-03-04")]).yaml()
        #expect(try load(yaml).quotes.first?.text == word)
    }
}
