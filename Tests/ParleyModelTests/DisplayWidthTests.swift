import Testing
@testable import ParleyModel

/// Terminal column widths of the hard cases: wide scripts, emoji sequences, combining marks.
struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3),
        ("", 0),
        ("日本語", 6),
        ("한국어", 6),
        ("ｆｕｌｌ", 8),
        ("e\u{301}", 1),
        ("Zoë", 3),
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧‍👦", 2),
        ("🇺🇦", 2),
        ("❤️", 2),
        ("\u{200B}", 0),
        ("Ryabkov — Рябков", 16),
        ("\u{1B}", 0),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func familyEmojiIsOneGrapheme() {
        #expect("👨‍👩‍👧‍👦".count == 1)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)
    }
}
