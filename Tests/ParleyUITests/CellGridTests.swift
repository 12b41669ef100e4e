import Testing
@testable import ParleyUI

/// What the grid holds after hard text is written: width per grapheme, no split wide
/// characters, no raw control characters.
struct CellGridTests {
    func row(_ text: String, width: Int = 10, x: Int = 0, clip: Rect? = nil, ascii: Bool = false) -> (line: String, cells: [Cell]) {
        var grid = CellGrid(size: Size(width: width, height: 1), asciiOnly: ascii)
        grid.put(text, x: x, y: 0, role: .text, clip: clip)
        return (grid.lines[0], (0..<width).map { grid[$0, 0] })
    }

    @Test(arguments: [
        ("abc", "abc       "),
        ("日本語", "日本語    "),
        ("👨‍👩‍👧‍👦x", "👨‍👩‍👧‍👦x       "),
        ("e\u{301}te\u{301}", "e\u{301}te\u{301}       "),
        ("a\u{200B}b", "ab        "),
        ("\u{1B}[2J", "␛[2J      "),
        ("\u{202E}abc", "<U+202E>ab"),
        ("\u{9B}1m", "<U+009B>1m"),
        ("tab\tx", "tab x     "),
    ])
    func hardCasesTakeTheirWidth(text: String, expected: String) {
        #expect(row(text).line == expected)
    }

    @Test func wideCharacterIsNeverSplitAtTheEdge() {
        // Nine columns hold four ideographs; the fifth would straddle the edge: a space instead.
        let written = row("日本語日本", width: 9)
        #expect(written.line == "日本語日 ")
        #expect(written.cells[8].text == " ")
    }

    @Test func wideCharacterIsNeverSplitAtAClip() {
        let written = row("ab日本", width: 10, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(written.line == "ab日      ")
        #expect(written.cells[4].text == " ")
    }

    @Test func wideCharacterTakesACellAndAContinuation() {
        let cells = row("日x").cells
        #expect(cells[0].text == "日")
        #expect(cells[1].isContinuation)
        #expect(cells[2].text == "x")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("日本語", x: 0, y: 0, role: .text)
        grid.put("x", x: 1, y: 0, role: .text)
        #expect(grid.lines[0] == " x本語")
        grid.put("y", x: 2, y: 0, role: .text)
        #expect(grid.lines[0] == " xy 語")
    }

    @Test func truncationEndsInAnEllipsisAndKeepsWidth() {
        var grid = CellGrid(size: Size(width: 10, height: 1))
        grid.put("Strategic Stability", x: 0, y: 0, width: 8, role: .text, ellipsis: "…")
        #expect(grid.lines[0] == "Strateg…  ")
        grid = CellGrid(size: Size(width: 10, height: 1))
        grid.put("日本語日本語", x: 0, y: 0, width: 6, role: .text, ellipsis: "…")
        #expect(grid.lines[0] == "日本…     ")
    }

    @Test func asciiModeReducesEverything() {
        #expect(row("Genève “quoted” — ok", width: 20, ascii: true).line == "Geneve \"quoted\" - ok")
        #expect(row("日本│", width: 5, ascii: true).line == "??|  ")
    }

    @Test func writingOutsideTheGridIsHarmless() {
        var grid = CellGrid(size: Size(width: 3, height: 2))
        grid.put("abcdef", x: -2, y: 0, role: .text)
        grid.put("xyz", x: 1, y: 5, role: .text)
        grid.put("xyz", x: 10, y: 1, role: .text)
        grid.fill(Rect(x: -5, y: -5, width: 100, height: 1), role: .muted)
        #expect(grid.lines == ["cde", "   "])
    }

    @Test func everyRowIsExactlyTheGridWidth() {
        var grid = CellGrid(size: Size(width: 7, height: 3))
        grid.put("👍🏽日本\u{1B}x", x: 0, y: 0, role: .text)
        grid.put("a\u{301}b\u{301}c", x: 2, y: 1, role: .text)
        for line in grid.lines { #expect(DisplayWidthProbe.width(line) == 7) }
    }

    @Test func wideTextWrittenAgainOneColumnAlongLeavesNoHalfBehind() {
        // Found by FuzzCellGrid: the second write's last wide character blanked the second half
        // of the one before it, so the row drew one column wider than the grid.
        var grid = CellGrid(size: Size(width: 10, height: 1))
        grid.put("ab中文", x: 0, y: 0, role: .text)
        grid.put("ab中文", x: 1, y: 0, width: 9, role: .quote, ellipsis: "…")
        #expect(grid.lines == ["aab中文   "])
        #expect(DisplayWidthProbe.width(grid.lines[0]) == 10)
    }

    @Test func aSecondHalfWrittenOverAWideCharacterBlanksItsOldSecondHalf() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("中文", x: 0, y: 0, role: .text)
        grid.put("中", x: 1, y: 0, role: .text)
        #expect(grid.lines == [" 中 "+"  "])
    }
}

/// Width as the model measures it, for checking rendered lines.
enum DisplayWidthProbe {
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + ParleyModelWidth.of($1) }
    }

}

import ParleyModel

private typealias ParleyModelWidth = DisplayWidth
