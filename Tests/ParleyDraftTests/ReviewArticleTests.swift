import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyDraft
@testable import ParleyUI

/// A drafted article as the review screen holds it: every quotation and mention at the right
/// characters of the text shown, whatever the article's line ends and characters.
struct ReviewArticleTests {
    /// Each item's ranges hold its pieces (white space aside), and its mention its mention.
    static func expectAligned(_ article: ReviewArticle, sourceLocation: SourceLocation = #_sourceLocation) {
        let characters = Array(article.text)
        func words(_ range: Range<Int>) -> String {
            String(characters[range.clamped(to: 0..<characters.count)])
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        for item in article.items {
            for (piece, range) in zip(item.pieces, item.ranges) {
                #expect(
                    words(range) == piece.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    sourceLocation: sourceLocation)
            }
            if let mention = item.mention, let range = item.mentionRange {
                #expect(
                    words(range) == mention.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    sourceLocation: sourceLocation)
            }
        }
    }

    static func reviewed(_ text: String) -> ReviewArticle {
        let draft = ArticleDrafter.draft(ArticleText.read(bytes: Array(text.utf8)))
        return ReviewArticle(drafted: DraftedArticle(file: "a.txt", draft: draft), sourceFile: "a.txt")
    }

    @Test func theExampleArticlesQuotationsAndMentionsStandWhereTheyAre() throws {
        let text = try String(contentsOfFile: Repository.path("docs/examples/zenda-talks.txt"), encoding: .utf8)
        let article = Self.reviewed(text)
        #expect(article.items.count == 6)
        Self.expectAligned(article)
        #expect(article.people.map(\.name).contains("Rudolf Rassendyll"))
    }

    @Test func lineEndsEmojiAndCombiningMarksDoNotShiftThem() {
        let text =
            "Talks 👩🏽‍💼 in Zenda\r\n\r\nThe envoy, Ana Mare\u{301}chal, arrived. “We will not move,” Ana Mare\u{301}chal told\r\nreporters 🇷🇺🇺🇦. “Not an inch.”\r\n"
        let article = Self.reviewed(text)
        #expect(article.items.count == 2)
        Self.expectAligned(article)
        // A line break inside a paragraph reads as a space (CR and LF one each, so offsets
        // keep); the blank line still parts paragraphs.
        #expect(article.text.contains("told  reporters"))
        #expect(article.text.contains("Zenda \n \nThe envoy"))
        #expect(article.text.unicodeScalars.count == text.unicodeScalars.count)
        #expect(article.items.first?.speaker == "Ana Mare\u{301}chal")
    }

    @Test func hostileTextInTheArticleNeverReachesTheFrameRaw() {
        let text = "Talks\n\n“We will \u{202E}not\u{1B}[31m move,” Ana Vale told reporters \u{7}today.\n"
        let article = Self.reviewed(text)
        #expect(article.items.count == 1)
        let state = ReviewState(
            size: Size(width: 100, height: 20), session: ReviewSession(articles: [article]), file: "w\u{1B}.yaml")
        let frame = ReviewView.render(state, glyphs: .unicode).lines.joined(separator: "\n")
        #expect(!frame.unicodeScalars.contains { VisibleText.isUnsafe($0) && $0 != "\n" })
        #expect(frame.contains("Ana Vale"))
    }
}
