import Testing
@testable import ParleyYAML

/// Untrusted text never reaches a terminal raw: each hard case and its placeholder.
struct VisibleTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("clear \u{1B}[2J screen", "clear \u{241B}[2J screen"),
        ("osc \u{1B}]52;c;aGk=\u{07}", "osc \u{241B}]52;c;aGk=\u{2407}"),
        ("csi \u{9B}31m", "csi <U+009B>31m"),
        ("del \u{7F}", "del \u{2421}"),
        ("nul \u{0}", "nul \u{2400}"),
        ("rlo \u{202E}txet", "rlo <U+202E>txet"),
        ("isolate \u{2066}x\u{2069}", "isolate <U+2066>x<U+2069>"),
        ("tab\there", "tab here"),
        ("line\nbreak", "line break"),
        ("cr\r", "cr\u{240D}"),
        ("accents é 日本 👍🏽", "accents é 日本 👍🏽"),
        ("right-to-left mark \u{200F} is allowed", "right-to-left mark \u{200F} is allowed"),
    ])
    func unsafeScalarsBecomePlaceholders(input: String, expected: String) {
        #expect(VisibleText.escaped(input) == expected)
        #expect(!VisibleText.escaped(input).unicodeScalars.contains(where: VisibleText.isUnsafe))
    }

    @Test func newlinesCanBeKept() {
        #expect(VisibleText.escaped("one\ntwo\u{1B}", keepNewlines: true) == "one\ntwo\u{241B}")
    }
}
