@testable import ParleyDraft
import Testing

struct MentionFinderTests {
    /// Each mention of the first sentence as (kind, as written, role).
    private func mentions(_ text: String) -> [(Mention.Kind, String, String?)] {
        let article = ArticleText(plain: text)
        let tokens = ArticleTokenizer.tokens(article, paragraphs: ParagraphSplitter.split(article.scalars))
        let coverage = QuoteCoverage(tokenCount: tokens.count, quotes: QuotationFinder.spans(tokens))
        let sentences = SentenceSplitter.sentences(tokens, coverage: coverage, lexicon: .standard)
        let classes = WordClasses(tokens: tokens, lexicon: .standard, sentenceStarts: sentences.map(\.lowerBound))
        let finder = MentionFinder(classes: classes, coverage: coverage)
        return finder.mentions(in: 0..<tokens.count).map { ($0.kind, finder.text($0.tokens), $0.role) }
    }

    private func first(_ text: String) -> String {
        guard let mention = mentions(text).first else { return "none" }
        return "\(mention.0.rawValue): \(mention.1)" + (mention.2.map { " [\($0)]" } ?? "")
    }

    @Test(arguments: [
        ("US Ambassador to NATO Julianne Smith told CNN", "name: US Ambassador to NATO Julianne Smith [US Ambassador to NATO]"),
        ("Deputy Foreign Minister Sergei Ryabkov said", "name: Deputy Foreign Minister Sergei Ryabkov [Deputy Foreign Minister]"),
        ("Julianne Smith, the US ambassador to NATO, said", "name: Julianne Smith [US ambassador to NATO]"),
        ("Russia's deputy foreign minister, Sergei Ryabkov, said", "name: Sergei Ryabkov [Russia's deputy foreign minister]"),
        ("Mr. Ryabkov said", "name: Mr. Ryabkov"),
        ("Ingrid van der Berg said", "name: Ingrid van der Berg"),
        ("President Mohammed al-Rashid said", "name: President Mohammed al-Rashid [President]"),
        ("Kremlin spokesman Dmitry Peskov said", "name: Kremlin spokesman Dmitry Peskov [Kremlin spokesman]"),
    ])
    func namesWithTheRolesBesideThem(text: String, expected: String) {
        #expect(first(text) == expected)
    }

    @Test(arguments: [
        ("The White House said", "institution: White House"),
        ("Ukraine said", "institution: Ukraine"),
        ("The Valdorian energy ministry said", "institution: Valdorian energy ministry"),
        ("the Council for Security in the North said", "institution: Council for Security in the North"),
        ("The Northern Compact said", "institution: Northern Compact"),
        ("Russia's foreign ministry said", "institution: Russia's foreign ministry"),
    ])
    func institutions(text: String, expected: String) {
        #expect(first(text) == expected)
    }

    @Test(arguments: [
        ("the minister said", "description: the minister"),
        ("Russia's top diplomat said", "description: Russia's top diplomat"),
        ("a senior official said", "anonymous: a senior official"),
        ("diplomats said", "anonymous: diplomats"),
        ("the spokesman for President Dmitri Sokolov said", "description: the spokesman for President Dmitri Sokolov"),
        ("he said", "pronoun: he"),
    ])
    func descriptionsSourcesAndPronouns(text: String, expected: String) {
        #expect(first(text) == expected)
    }

    @Test func wordsThatOnlyOpenASentenceAreNotNames() {
        #expect(first("Talks resumed after the talks failed") == "none")
        #expect(first("However, it rained") == "pronoun: it")
    }

    @Test func aPossessorIsNotASpeaker() {
        #expect(first("Smith's decision surprised everyone") == "none")
    }
}
