import Foundation
import ParleySystem
import Testing
@testable import ParleyModel

/// Briefings in Markdown and HTML: what they hold, and that no dossier text can change their
/// structure or link anywhere but the web.
struct BriefingTests {
    let hostile: Dossier

    init() throws {
        hostile = try DossierLoader.load(path: Fixtures.valid("markup.yaml")).dossier
    }

    // MARK: Markdown

    @Test func markdownTextCannotOpenStructure() {
        #expect(MarkdownText.escaped("# title") == "\\# title")
        #expect(MarkdownText.escaped("- item") == "\\- item")
        #expect(MarkdownText.escaped("12. item") == "12\\. item")
        #expect(MarkdownText.escaped("a | b") == "a \\| b")
        #expect(MarkdownText.escaped("[x](javascript:y)") == "\\[x\\](javascript:y)")
        #expect(MarkdownText.escaped("<b>&amp;</b>") == "\\<b\\>\\&amp;\\</b\\>")
        #expect(MarkdownText.escaped("two\nlines") == "two lines")
        #expect(MarkdownText.escaped("bell\u{07}") == "bell\u{2407}")
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(WebLink.address("javascript:alert(1)") == nil)
        #expect(WebLink.address("JavaScript:alert(1)") == nil)
        #expect(WebLink.address("data:text/html,x") == nil)
        #expect(WebLink.address("file:///etc/passwd") == nil)
        #expect(WebLink.address("//example.org") == nil)
        #expect(WebLink.address("https://") == nil)
        #expect(WebLink.address("https://exa mple.org") == nil)
        #expect(WebLink.address("https://example.org/\u{202E}x") == nil)
        #expect(WebLink.address("https://example.org/a?x=1&y=<b>\"q\"(p)") == "https://example.org/a?x=1&y=%3Cb%3E%22q%22%28p%29")
        #expect(WebLink.address("http://example.org/é") == "http://example.org/%C3%A9")
    }

    @Test func hostileMarkdownKeepsItsStructure() throws {
        let markdown = BriefingMarkdown.render(Briefing(dossier: hostile))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        // Headings are the briefing's own, nothing from the dossier.
        let headings = lines.filter { $0.hasPrefix("#") }.map { String($0.prefix { $0 == "#" }) + " " + ($0.split(separator: " ").dropFirst().first ?? "") }
        #expect(headings == ["# \\#", "## Engagements", "### Talks", "## Key", "## Positions", "### The", "### Agreement", "## Sources"])
        // Every row of a table has as many unescaped pipes as its header: no cell was split.
        func pipes(_ line: Substring) -> Int { zip(line, [" "] + line.dropLast()).filter { $0 == "|" && $1 != "\\" }.count }
        var header: Int?
        for line in lines {
            guard line.hasPrefix("|") else { header = nil; continue }
            if let header { #expect(pipes(line) == header, "\(line)") } else { header = pipes(line) }
        }
        // No raw tag, and every link target is a web address.
        for (index, character) in markdown.enumerated() where character == "<" {
            let before = index > 0 ? markdown[markdown.index(markdown.startIndex, offsetBy: index - 1)] : " "
            let after = markdown.dropFirst(index + 1).prefix(8)
            #expect(before == "\\" || after.hasPrefix("https://"), "raw < at \(index)")
        }
        // A link is "](" after an unescaped "]"; "\\](" is text.
        let pieces = markdown.components(separatedBy: "](")
        let targets = zip(pieces, pieces.dropFirst()).filter { !$0.0.hasSuffix("\\") }.map(\.1)
        #expect(!targets.isEmpty)
        for target in targets { #expect(target.hasPrefix("https://") || target.hasPrefix("http://"), "link to \(target.prefix(30))") }
        #expect(!markdown.contains("\u{202E}"))
        #expect(!markdown.contains("\u{1B}"))
    }

    // MARK: HTML

    @Test func hostileHTMLParsesWithNothingActiveInIt() throws {
        let html = BriefingHTML.render(Briefing(dossier: hostile))
        #expect(try HTMLCheck.problems(in: html) == [])
        #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("<a href=\"https://example.org/a?x=1&amp;y=%3Cb%3E%22q%22%28p%29\">"))
        #expect(!html.contains("\u{202E}"))
    }

    @Test func bundledWeekHTMLParsesAndHoldsEverySection() throws {
        let html = BriefingHTML.render(Briefing(dossier: try BundledDossier.load()))
        #expect(try HTMLCheck.problems(in: html) == [])
        for heading in ["<h2>Engagements</h2>", "<h2>Key quotes (16)</h2>", "<h2>Positions</h2>", "<h3>Agreement</h3>", "<h2>Sources</h2>"] {
            #expect(html.contains(heading), "\(heading)")
        }
    }

    // MARK: Choosing what goes in

    @Test func aQueryLimitsTheQuotesAndSaysSo() throws {
        let week = try BundledDossier.load()
        let search = QuoteSearch(dossier: week)
        let quotes = try search.search("speaker:sherman").map { search.quotes[$0.index] }
        let markdown = BriefingMarkdown.render(Briefing(dossier: week, quotes: quotes, query: "speaker:sherman"))
        #expect(markdown.contains("## Quotes matching “speaker:sherman” (\(quotes.count))"))
        #expect(markdown.components(separatedBy: "\n> — Wendy Sherman").count - 1 == quotes.count)
        #expect(!markdown.contains("Sergei Ryabkov, Deputy Foreign Minister of Russia, NPR"))
    }

    @Test func oneEngagementBriefsItsOwnQuotes() throws {
        let week = try BundledDossier.load()
        let briefing = Briefing(dossier: week, engagements: ["nato-russia-council"])
        #expect(briefing.engagements.map(\.id) == ["nato-russia-council"])
        #expect(!briefing.quotes.isEmpty)
        #expect(briefing.quotes.allSatisfy { $0.engagement == "nato-russia-council" })
    }

    @Test func citationsCarryEveryPartThatExists() throws {
        let week = try BundledDossier.load()
        let smith = try #require(week.quote("smith-enlargement"))
        let citation = QuoteCitation(smith, in: week)
        #expect(citation.plain.hasSuffix("\u{201D} \u{2014} Julianne Smith, U.S. Ambassador to NATO, CNN, 11 January 2022"))
        let partial = try #require(week.quotes.first { $0.partial })
        #expect(QuoteCitation(partial, in: week).plain.hasPrefix("\u{201C}\u{2026}"))
        let nato = try #require(week.quote("stoltenberg-differences"))
        #expect(QuoteCitation(nato, in: week).markdown.contains("[NATO](https://www.nato.int/cps/en/natohq/opinions_190668.htm)"))
    }
}

/// Parses HTML with Python's `html.parser`, as the issue asks, and lists what would be wrong
/// in a briefing: unbalanced tags, scripts, event handlers, anything loaded from elsewhere,
/// links that are not web addresses.
enum HTMLCheck {
    static let script = """
        import sys, html.parser
        VOID = {"meta", "br", "hr", "img", "link", "input"}
        class Check(html.parser.HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.problems = [], []
            def handle_starttag(self, tag, attrs):
                if tag in ("script", "iframe", "object", "embed", "img", "link", "base", "form"):
                    self.problems.append("element " + tag)
                for name, value in attrs:
                    if name.startswith("on") or name in ("src", "srcset", "style", "formaction"):
                        self.problems.append("attribute " + name + " on " + tag)
                    if name == "href" and not (value or "").startswith(("https://", "http://")):
                        self.problems.append("href " + repr(value))
                if tag not in VOID:
                    self.stack.append(tag)
            def handle_endtag(self, tag):
                if not self.stack or self.stack[-1] != tag:
                    self.problems.append("unbalanced </" + tag + "> after " + "/".join(self.stack))
                else:
                    self.stack.pop()
        check = Check()
        check.feed(sys.stdin.read())
        check.close()
        if check.stack:
            check.problems.append("unclosed " + "/".join(check.stack))
        print("\\n".join(check.problems))
        """

    static func problems(in html: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(html.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return ["python3 html.parser could not run (status \(process.terminationStatus)); .ci/run installs python3"] }
        return text.split(separator: "\n").map(String.init)
    }
}
