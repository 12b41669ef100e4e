@testable import ParleyDraft
import Testing

struct ParagraphSplitterTests {
    private func paragraphs(_ text: String) -> [String] {
        let article = ArticleText(plain: text)
        return ParagraphSplitter.split(article.scalars).map { article.string($0.range) }
    }

    @Test func eachLineIsAParagraphInTextSavedFromAPage() {
        #expect(paragraphs("Headline\n\nFirst paragraph.\nSecond paragraph.\r\n  \nThird.") == ["Headline", "First paragraph.", "Second paragraph.", "Third."])
    }

    @Test func hardWrappedTextJoinsLinesUntilABlankLine() {
        let text = """
        GENEVA, Jan 10 (Reuters) - The talks ended on Monday without a deal, and
        both delegations said they would report back to their capitals before
        deciding whether to meet again later this month.

        "We heard each other," the envoy said after the session, adding that the
        next round would depend on what the ministers decided over the weekend.
        """
        let found = paragraphs(text)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("GENEVA") && found[0].hasSuffix("this month."))
        #expect(found[1].hasPrefix("\"We heard"))
    }

    @Test func anIndentedLineStartsAParagraphInWrappedText() {
        let text = """
        The talks ended on Monday without a deal, and both delegations said
        they would report back to their capitals before deciding what to do.
          The next round would depend on what the ministers decided over the
        weekend, officials from both sides said after the talks had ended.
        """
        #expect(paragraphs(text).count == 2)
    }

    @Test func emptyAndBlankTextsHaveNoParagraphs() {
        #expect(paragraphs("").isEmpty)
        #expect(paragraphs("\n \n\t\n").isEmpty)
    }
}
