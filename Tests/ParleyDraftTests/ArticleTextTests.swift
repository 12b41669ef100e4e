@testable import ParleyDraft
import Testing

struct ArticleTextTests {
    @Test func plainTextOffsetsAreTheFilesOwn() {
        let text = ArticleText.read(bytes: Array("Geneva — “We talked.”".utf8))
        #expect(text.format == .plain)
        #expect(text.fileRange(3..<7) == 3..<7)
        #expect(text.string(0..<6) == "Geneva")
    }

    @Test func byteOrderMarkIsDroppedAndInvalidUTF8Replaced() {
        let text = ArticleText.read(bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42])
        #expect(String(String.UnicodeScalarView(text.scalars)) == "A\u{FFFD}B")
    }

    @Test func textThatMerelyHoldsAnAngleBracketIsNotHTML() {
        #expect(ArticleText.read(bytes: Array("Turnout < 40% in <some> towns".utf8)).format == .plain)
        #expect(ArticleText.read(bytes: Array("  <p>Hello</p>".utf8)).format == .html)
    }

    @Test func htmlKeepsTheVisibleWordsOnly() {
        let page = """
        <!DOCTYPE html><html><head><title>Talks &amp; tension</title>
        <meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2031-03-04T09:00:00Z">
        <link rel="canonical" href="https://example.org/talks"><style>p { color: red }</style></head>
        <body><nav>Home | World</nav><h1>Talks end</h1><script>var quote = "not this";</script>
        <p>&ldquo;We will return,&rdquo; said   Anna&nbsp;Kowalczyk.</p><figure><img src=x><figcaption>“Not a quote,” a caption</figcaption></figure>
        <p>The minister<br>left.</p><!-- “hidden” --></body></html>
        """
        let text = ArticleText.read(bytes: Array(page.utf8))
        #expect(text.format == .html)
        let visible = String(String.UnicodeScalarView(text.scalars))
        #expect(visible == "Talks end\n\n“We will return,” said Anna\u{00A0}Kowalczyk.\n\nThe minister\n\nleft.")
        #expect(text.embedded == EmbeddedMetadata(title: "Talks & tension", site: "The Ledger", date: "2031-03-04T09:00:00Z", url: "https://example.org/talks"))
    }

    @Test func htmlOffsetsPointIntoThePage() {
        let page = "<p>&ldquo;We will return,&rdquo; he said.</p>"
        let text = ArticleText.read(bytes: Array(page.utf8))
        let scalars = Array(page.unicodeScalars)
        // "We" is visible at 1..<3 and written in the page after "<p>&ldquo;".
        let range = text.fileRange(1..<3)
        #expect(String(String.UnicodeScalarView(scalars[range])) == "We")
        // The closing entity is covered whole.
        let quote = text.fileRange(0..<17)
        #expect(String(String.UnicodeScalarView(scalars[quote])) == "&ldquo;We will return,&rdquo;")
    }

    @Test func positionsAreLinesAndColumnsOfTheFile() {
        let text = ArticleText(plain: "Title\n\nBody “quote”")
        #expect(text.position(of: 0) == (1, 1))
        #expect(text.position(of: 12) == (3, 6))
    }

    @Test func unclosedTagsAndEntitiesDoNotStopReading() {
        let text = ArticleText.read(bytes: Array("<p>a &bogus; b &#99999999; c <b".utf8))
        #expect(String(String.UnicodeScalarView(text.scalars)).hasPrefix("a &bogus; b \u{FFFD} c"))
    }
}
