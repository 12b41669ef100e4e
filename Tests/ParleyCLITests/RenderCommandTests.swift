import Foundation
import ParleyModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `parley render`: the same frame the terminal gets, as text or with SGR styling only.
struct RenderCommandTests {
    @Test(arguments: ["home", "meeting", "quotes", "positions", "help"], ["80x24", "120x40", "200x60", "41x13"])
    func textFrameIsExactlyTheSize(screen: String, size: String) throws {
        let outcome = try ParleyProcess.run(["render", "--screen", screen, "--size", size])
        #expect(outcome.status == 0)
        let parts = size.split(separator: "x").compactMap { Int($0) }
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == parts[1])
        for line in lines {
            #expect(DisplayWidth.of(line) == parts[0])
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
    }

    @Test func theAccessibleFrameIsOneColumnByFlagOrEnvironment() throws {
        let flagged = try ParleyProcess.run(["render", "--accessible", "--screen", "quotes", "--size", "80x14"])
        let asked = try ParleyProcess.run(
            ["render", "--screen", "quotes", "--size", "80x14"], environment: ["PARLEY_ACCESSIBLE": "1"])
        #expect(flagged.status == 0)
        #expect(flagged.stdout == asked.stdout)
        let lines = flagged.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            Array(lines.prefix(4)) == [
                "parley, Quotes. Russia meets the US, NATO and the OSCE: 10–13 January 2022",
                "Search: every quote",
                "16 quotes, best match first:",
                "Quote 1 of 16: Wendy Sherman, US, 10 January 2022: “We had a frank and",
            ])
        // PARLEY_ACCESSIBLE=0 is the panes.
        let panes = try ParleyProcess.run(
            ["render", "--screen", "quotes", "--size", "80x14"], environment: ["PARLEY_ACCESSIBLE": "0"])
        #expect(panes.stdout.contains("┌"))
    }

    @Test func ansiFrameAddsOnlySGR() throws {
        let outcome = try ParleyProcess.run(["render", "--format", "ansi", "--size", "100x30"])
        #expect(outcome.status == 0)
        var text = outcome.stdout
        var sequences = 0
        while let start = text.firstRange(of: "\u{1B}[") {
            let rest = text[start.upperBound...]
            let end = try #require(rest.firstIndex { !($0.isNumber || $0 == ";") })
            #expect(rest[end] == "m", "a non-SGR escape sequence")
            text.removeSubrange(start.lowerBound...end)
            sequences += 1
        }
        #expect(sequences > 10)
        let plain = try ParleyProcess.run(["render", "--size", "100x30"]).stdout
        #expect(text == plain)
    }

    @Test func svgFrameIsWellFormedAndNamesTheTheme() throws {
        let outcome = try ParleyProcess.run(["render", "--format", "svg", "--theme", "light", "--size", "140x30"])
        #expect(outcome.status == 0)
        let document = try XMLDocument(data: Data(outcome.stdout.utf8))
        #expect(document.rootElement()?.name == "svg")
        #expect(outcome.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1260\" height=\"540\""))
        // The light theme's own background, and the theme named on the status line.
        #expect(outcome.stdout.contains("fill=\"#fafafa\""))
        #expect(outcome.stdout.contains("theme light"))
    }

    @Test func quotesScreenWithAQueryAndASelection() throws {
        let outcome = try ParleyProcess.run([
            "render", "--screen", "quotes", "--query", "ryabkov", "--select", "ryabkov-no-reason", "--size", "100x30",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Quotes (3 of 16)"))
        #expect(outcome.stdout.contains("“I do not see reasons to sit down in the coming days"))
    }

    @Test func positionsWithAChosenPair() throws {
        let outcome = try ParleyProcess.run(["render", "--screen", "positions", "--select", "ukraine,osce"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("◀ [ Ukraine"))
        #expect(outcome.stdout.contains("OSCE ] ▶"))
    }

    @Test func meetingOfAChosenEngagement() throws {
        let outcome = try ParleyProcess.run(["render", "--screen", "meeting", "--select", "osce-permanent-council"])
        #expect(outcome.stdout.contains("┌ OSCE Permanent Council ─"))
    }

    @Test func asciiFrameHasOnlyASCII() throws {
        let outcome = try ParleyProcess.run(["render", "--ascii"])
        let allASCII = outcome.stdout.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
        #expect(outcome.stdout.contains("+ Mon 10 Jan - Geneva"))
    }

    @Test func renderingAnotherDossier() throws {
        let outcome = try ParleyProcess.run([
            "render", "--dossier", Fixtures.valid("two-engagements.yaml"), "--size", "120x30",
        ])
        #expect(outcome.stdout.contains("EAS 李梅"))
    }

    @Test(arguments: [
        (["render", "--size", "80"], "--size must be WIDTHxHEIGHT"),
        (["render", "--screen", "nowhere"], "nowhere"),
        (["render", "--screen", "meeting", "--select", "genva"], "no engagement 'genva'; did you mean 'geneva-ssd'?"),
        (["render", "--screen", "quotes", "--query", "\"open"], "invalid query at column 1: unclosed quote"),
        (["render", "--screen", "positions", "--select", "russia"], "--select for positions takes two parties"),
    ])
    func badRequestsAreUsageErrors(arguments: [String], message: String) throws {
        let outcome = try ParleyProcess.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains(message))
    }
}
