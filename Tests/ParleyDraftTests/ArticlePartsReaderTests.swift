@testable import ParleyDraft
import ParleyModel
import Testing

struct ArticlePartsReaderTests {
    private func read(_ text: String) -> (ArticleMetadata, [String], [ParagraphRole]) {
        let article = ArticleText(plain: text)
        let parts = ArticlePartsReader.read(article, paragraphs: ParagraphSplitter.split(article.scalars))
        return (parts.metadata, parts.body.map { article.string($0.range) }, parts.roles.map(\.1))
    }

    @Test func headlineBylineDateAndAddressAreNotBody() {
        let (metadata, body, roles) = read("""
        Envoys trade barbs at council
        By Jane Doe, The Ledger
        Published 9 October 2031, 18:42 BST
        https://example.org/envoys
        The council met on Thursday.
        Pictured: the chamber in Vienna. Photograph: Getty Images
        Reporting by Jane Doe; Editing by John Roe
        """)
        #expect(metadata.title == "Envoys trade barbs at council")
        #expect(metadata.byline == "Jane Doe")
        #expect(metadata.outlet == "The Ledger")
        #expect(metadata.date == Day("2031-10-09"))
        #expect(metadata.url == "https://example.org/envoys")
        #expect(body == ["The council met on Thursday."])
        #expect(roles == [.headline, .byline, .date, .url, .body, .caption, .boilerplate])
    }

    @Test(arguments: [
        ("GENEVA, Jan 10 (Reuters) - The talks ended.", "Reuters"),
        ("(CNN) — The talks ended.", "CNN"),
        ("KYIV, Ukraine (AP) — The talks ended.", "AP"),
    ])
    func datelineNamesTheOutletAndIsCutFromTheBody(line: String, outlet: String) {
        let (metadata, body, _) = read("Talks end\n\(line)")
        #expect(metadata.outlet == outlet)
        #expect(body == ["The talks ended."])
    }

    @Test func aDatelineWithoutOutletIsCutToo() {
        let (metadata, body, _) = read("Talks end\nLONDON — The talks ended.")
        #expect(metadata.outlet == nil)
        #expect(body == ["The talks ended."])
    }

    @Test func aRepeatedHeadlineIsNotBody() {
        let (_, body, _) = read("Talks end in Geneva\nThe talks ended.\nTalks end in Geneva\nThey will resume.")
        #expect(body == ["The talks ended.", "They will resume."])
    }

    @Test(arguments: [
        ("Thu 9 Oct 2031 18.42 BST", "2031-10-09"),
        ("January 22, 2031", "2031-01-22"),
        ("Published Jan. 15, 2032, 9:41 p.m. ET", "2032-01-15"),
        ("PUBLISHED: 10:14 GMT, 12 March 2031 | UPDATED: 11:02 GMT, 12 March 2031", "2031-03-12"),
        ("2031-03-04T09:00:00Z", "2031-03-04"),
    ])
    func dateLinesInTheirUsualForms(line: String, date: String) {
        #expect(read("Talks end\n\(line)\nThe talks ended.").0.date == Day(date))
    }
}
