import Testing
@testable import ParleyModel

struct TextWrapTests {
    @Test func wrapsAtSpaces() {
        #expect(TextWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func longWordIsSplitBetweenGraphemes() {
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wideTextIsNeverSplitInsideACharacter() {
        // Each ideograph is two columns: three fit in seven columns, not three and a half.
        #expect(TextWrap.lines("日本語日本語", width: 7) == ["日本語", "日本語"])
    }

    @Test func newlinesStartNewLines() {
        #expect(TextWrap.lines("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func truncationEndsWithAnEllipsis() {
        #expect(TextWrap.truncated("Strategic Stability Dialogue", width: 12) == "Strategic S…")
        #expect(TextWrap.truncated("short", width: 12) == "short")
        #expect(TextWrap.truncated("日本語", width: 4) == "日…")
    }

    @Test func paddingCountsColumnsNotCharacters() {
        #expect(TextWrap.padded("日本", width: 6) == "日本  ")
        #expect(DisplayWidth.of(TextWrap.padded("a very long text", width: 6)) == 6)
    }
}
