@testable import ParleyDraft
import Testing

struct QuotationFinderTests {
    @Test(arguments: [
        ("\"We need guarantees,\" he said.", "straight"),
        ("“We need guarantees,” he said.", "curly"),
        ("``We need guarantees,'' he said.", "typewriter"),
        ("‘We need guarantees,’ he said.", "single curly"),
        ("'We need guarantees,' he said.", "single straight"),
        ("«We need guarantees», he said.", "guillemets"),
    ])
    func everyMarkConventionGivesTheSameSpan(text: String, convention: String) {
        #expect(spans(text) == [["We need guarantees"]], "\(convention)")
    }

    @Test func aQuoteInsideAQuoteStaysInside() {
        #expect(spans("“They told us: ‘Never,’ and left,” she said.") == [["They told us: ‘Never,’ and left"]])
        #expect(spans("‘We heard the word “never” again,’ he said.") == [["We heard the word “never” again"]])
    }

    @Test func aPluralsApostropheDoesNotCloseASingleQuote() {
        #expect(spans("‘We will protect our citizens’ rights,’ he said.") == [["We will protect our citizens’ rights"]])
        #expect(spans("The allies’ position hardened.").isEmpty)
    }

    @Test func aQuoteRunningOverParagraphsIsOneWithAPieceEach() {
        let text = "“We came to talk.\n“We will stay as long as it takes,” she said."
        #expect(spans(text) == [["We came to talk.", "We will stay as long as it takes"]])
    }

    @Test func aQuoteInterruptedByItsAttributionIsOne() {
        #expect(spans("“We need guarantees,” Ryabkov said, “and we need them now.”") == [["We need guarantees,", "and we need them now."]])
        #expect(spans("\"We need guarantees,\" said Ryabkov, \"and now.\"") == [["We need guarantees,", "and now."]])
    }

    @Test func aFullStopBetweenQuotesKeepsThemApart() {
        #expect(spans("“We need guarantees,” Ryabkov said. “We need them now.”") == [["We need guarantees"], ["We need them now."]])
    }

    @Test func wordsBetweenQuotesThatAreNotAnAttributionKeepThemApart() {
        #expect(spans("dubbed ‘Iron Viktor’ by colleagues, added: ‘My wife knows.’") == [["Iron Viktor"], ["My wife knows."]])
    }

    @Test func anUnclosedQuoteEndsWithItsParagraph() {
        #expect(spans("He said “this never ends\nNext paragraph.") == [["this never ends"]])
    }

    @Test func emptyMarksAreNotQuotations() {
        #expect(spans("“” and \"\" and “ , ”").isEmpty)
    }

    @Test func theFinalCommaIsNotPartOfTheQuote() {
        let article = ArticleText(plain: "“No,” he said.")
        let found = QuotationFinder.spans(ArticleTokenizer.tokens(article, paragraphs: ParagraphSplitter.split(article.scalars)))
        #expect(found[0].pieces[0].range == 1..<3)
    }
}
