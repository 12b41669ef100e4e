@testable import ParleyDraft
import Foundation
import ParleyModel
import Testing

/// `parley draft --json`: offsets into the file, pieces, speakers with their mentions.
struct DraftJSONTests {
    private func json(_ text: String, file: String = "a.txt") throws -> [String: Any] {
        let drafted = DraftedArticle(file: file, draft: ArticleDrafter.draft(ArticleText.read(bytes: Array(text.utf8))))
        let serialized = DraftJSON.document([drafted]).serialized()
        let object = try JSONSerialization.jsonObject(with: Data(serialized.utf8)) as? [String: Any]
        let articles = try #require(object?["articles"] as? [[String: Any]])
        return try #require(articles.first)
    }

    private func scalars(_ text: String, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
    }

    @Test func aOnePieceQuoteIsTheFileBetweenItsOffsets() throws {
        let text = "Talks\nUkraine said Tuesday it would not let others decide “on the fate” of the country."
        let article = try json(text)
        let quote = try #require((article["quotes"] as? [[String: Any]])?.first)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(scalars(text, start, end) == quote["text"] as? String)
        #expect(quote["partial"] as? Bool == true)
        let speaker = try #require(quote["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Ukraine")
        #expect(speaker["kind"] as? String == "institution")
        let mentionStart = try #require(speaker["start"] as? Int), mentionEnd = try #require(speaker["end"] as? Int)
        #expect(scalars(text, mentionStart, mentionEnd) == "Ukraine")
    }

    @Test func anInterruptedQuoteHasAPieceEachSide() throws {
        let text = "Talks\n“We need guarantees,” Ryabkov said, “and we need them now.”"
        let quote = try #require((try json(text)["quotes"] as? [[String: Any]])?.first)
        let pieces = try #require(quote["pieces"] as? [[Int]])
        #expect(pieces.map { scalars(text, $0[0], $0[1]) } == ["We need guarantees,", "and we need them now."])
        #expect(quote["start"] as? Int == pieces[0][0])
        #expect(quote["end"] as? Int == pieces[1][1])
        #expect(quote["text"] as? String == "We need guarantees, and we need them now.")
        #expect(quote["cue"] as? String == "said")
    }

    @Test func aQuoteWithoutAttributionHasANullSpeaker() throws {
        let quote = try #require((try json("Talks\n\n“The weather was fine all week, and nobody expected the talks to stall.”")["quotes"] as? [[String: Any]])?.first)
        #expect(quote["speaker"] is NSNull)
        #expect(quote["cue"] is NSNull)
    }

    @Test func offsetsInAnHTMLFilePointIntoThePage() throws {
        let page = "<html><body><h1>Talks</h1><p>&ldquo;We are ready,&rdquo; said Anna&nbsp;Berg.</p></body></html>"
        let article = try json(page, file: "a.html")
        #expect(article["format"] as? String == "html")
        #expect(article["title"] as? String == "Talks")
        let quote = try #require((article["quotes"] as? [[String: Any]])?.first)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(scalars(page, start, end) == "We are ready")
        let speaker = try #require(quote["speaker"] as? [String: Any])
        #expect(scalars(page, try #require(speaker["start"] as? Int), try #require(speaker["end"] as? Int)) == "Anna&nbsp;Berg")
    }
}
