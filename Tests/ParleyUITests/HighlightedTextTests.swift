import Testing
@testable import ParleyUI

struct HighlightedTextTests {
    func texts(_ lines: [StyledLine]) -> [String] {
        lines.map { $0.segments.map(\.text).joined() }
    }

    @Test func wrapsAtSpacesWithoutCarryingThem() {
        let lines = HighlightedText.lines("We had a frank and forthright discussion", width: 12, role: .text)
        #expect(texts(lines).map { $0.trimmingCharacters(in: .whitespaces) } == ["We had a", "frank and", "forthright", "discussion"])
        #expect(lines.allSatisfy { $0.width <= 12 })
    }

    @Test func highlightsSurviveWrapping() {
        // "frank" is 9..<14 and "forthright" 19..<29, as search reports them.
        let lines = HighlightedText.lines("We had a frank and forthright discussion", width: 12, role: .quote, highlights: [9..<14, 19..<29])
        let matched = lines.flatMap(\.segments).filter { $0.role == .match }.map(\.text)
        #expect(matched == ["frank", "forthright"])
    }

    @Test func currentMatchHasItsOwnRole() {
        let lines = HighlightedText.lines("never, never, ever", width: 40, role: .quote, highlights: [0..<5, 7..<12], current: 7..<12)
        let styled = lines[0].segments.filter { !$0.text.isEmpty }
        #expect(styled.map(\.role) == [.match, .quote, .matchCurrent, .quote])
        #expect(styled.map(\.text) == ["never", ", ", "never", ", ever"])
    }

    @Test func overlongWordIsSplit() {
        #expect(texts(HighlightedText.lines("abcdefghij", width: 4, role: .text)) == ["abcd", "efgh", "ij"])
    }

    @Test func wideTextWrapsByColumns() {
        let lines = HighlightedText.lines("河流属于两岸的人民。", width: 7, role: .text)
        #expect(lines.allSatisfy { $0.width <= 7 })
        #expect(texts(lines).joined() == "河流属于两岸的人民。")
    }

    @Test func controlCharactersKeepHighlightOffsets() {
        // The ESC before "x" becomes a one-column picture; the highlight on "target" stays put.
        let lines = HighlightedText.lines("\u{1B}x target", width: 40, role: .text, highlights: [3..<9])
        #expect(lines[0].segments.first { $0.role == .match }?.text == "target")
    }

    @Test func fittedLineEndsInAnEllipsis() {
        let line = StyledLine([Segment("Length ", .heading), Segment("nearly eight hours")])
        let fitted = line.fitted(15, ellipsis: "…")
        #expect(fitted.segments.map(\.text).joined() == "Length nearly …")
        #expect(fitted.width == 15)
        #expect(fitted.segments.first?.role == .heading)
        #expect(line.fitted(40, ellipsis: "…") == line)
    }
}
