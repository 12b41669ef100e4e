import ParleyModel
import Testing
@testable import ParleyUI

/// Theme files read directly: parley's format, both base16 formats, and positioned problems.
struct ThemeParserTests {
    private func parse(_ yaml: String) -> Result<ThemeParser.Parsed, ThemeProblems> {
        ThemeParser.parse(bytes: Array(yaml.utf8), file: "t.yaml", name: "t")
    }

    @Test func parleysFormatSetsRolesPartiesAndInheritance() throws {
        let parsed = try parse("""
        name: dusk
        inherits: default
        roles:
          background: "#101010"
          title: {fg: bright-blue, bold: true}
          warning: {fg: 214, underline: true}
        parties: [{fg: red}, {fg: "#00ff00"}]
        """).get()
        #expect(parsed.theme.name == "dusk")
        #expect(parsed.inherits?.value == "default")
        #expect(parsed.theme.background == .rgb(0x10, 0x10, 0x10))
        #expect(parsed.theme.styles[.title] == TextStyle(foreground: .ansi(12), bold: true))
        #expect(parsed.theme.styles[.warning] == TextStyle(foreground: .indexed(214), underline: true))
        #expect(parsed.theme.styles[.party1] == TextStyle(foreground: .ansi(1)))
        #expect(parsed.theme.styles[.party2] == TextStyle(foreground: .rgb(0, 0xFF, 0)))
        #expect(parsed.setRoles.contains(.title) && !parsed.setRoles.contains(.text))
    }

    @Test func base16ClassicSchemesReadAsTheyAre() throws {
        let keys = (0..<16).map { String(format: "base0%X: \"%06x\"", $0, $0 * 0x111111 % 0xFFFFFF) }.joined(separator: "\n")
        let parsed = try parse("scheme: \"Test\"\nauthor: \"me\"\n" + keys).get()
        #expect(parsed.theme.name == "t")
        #expect(parsed.theme.styles[.text] != nil)
        #expect(parsed.theme.background == .rgb(0, 0, 0))
    }

    @Test func problemsArePositioned() {
        guard case let .failure(problems) = parse("name: x\nroles:\n  title: {fg: brigth-blue}\n") else {
            Issue.record("a misspelt colour was accepted")
            return
        }
        #expect(problems.diagnostics.map { "\($0.line):\($0.column)" } == ["3:15"])
        #expect(problems.diagnostics.first?.message.contains("did you mean 'bright-blue'?") == true)
    }

    @Test func anEmptyFileIsAProblemNotACrash() {
        guard case let .failure(problems) = parse("") else {
            Issue.record("an empty theme was accepted")
            return
        }
        #expect(problems.diagnostics.first?.message == "theme file is empty")
    }
}
