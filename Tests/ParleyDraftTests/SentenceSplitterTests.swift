@testable import ParleyDraft
import Testing

struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let article = ArticleText(plain: text)
        let tokens = ArticleTokenizer.tokens(article, paragraphs: ParagraphSplitter.split(article.scalars))
        let coverage = QuoteCoverage(tokenCount: tokens.count, quotes: QuotationFinder.spans(tokens))
        return SentenceSplitter.sentences(tokens, coverage: coverage, lexicon: .standard).map { range in
            article.string(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
        }
    }

    @Test func fullStopsInsideAQuoteDoNotEndTheSentenceAroundIt() {
        #expect(sentences("“We need guarantees. Now,” he said. Talks resume.") == ["“We need guarantees. Now,” he said.", "Talks resume."])
    }

    @Test func aQuoteEndingASentenceEndsIt() {
        #expect(sentences("She smiled. “It is a description.” He left.") == ["She smiled.", "“It is a description.”", "He left."])
    }

    @Test func anAttributionAfterAQuestionStaysInItsSentence() {
        #expect(sentences("“Are you serious?” he asked. Nobody answered.") == ["“Are you serious?” he asked.", "Nobody answered."])
        #expect(sentences("“What now?” Ryabkov asked reporters.") == ["“What now?” Ryabkov asked reporters."])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Smith met Gen. Haas. They talked.") == ["Mr. Smith met Gen. Haas.", "They talked."])
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(sentences("No full stop here\nNor here") == ["No full stop here", "Nor here"])
    }
}
