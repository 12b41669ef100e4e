import ParleyModel
import Testing
@testable import ParleyUI

/// The runs of cells the presenter rewrites between two frames.
struct FrameDiffTests {
    private func runs(from previous: CellGrid?, to frame: CellGrid) -> [String] {
        var found: [String] = []
        FrameDiff.forEachRun(from: previous, to: frame) { row, columns in found.append("\(row):\(columns.lowerBound)..<\(columns.upperBound)") }
        return found
    }

    private func grid(_ rows: [String], size: Size = Size(width: 8, height: 2)) -> CellGrid {
        var grid = CellGrid(size: size)
        for (row, text) in rows.enumerated() { grid.put(text, x: 0, y: row, role: .text) }
        return grid
    }

    @Test func withoutAPreviousFrameEveryRowIsOneRun() {
        #expect(runs(from: nil, to: grid(["ab", "cd"])) == ["0:0..<8", "1:0..<8"])
    }

    @Test func aFrameOfAnotherSizeIsRedrawnWhole() {
        #expect(runs(from: grid(["ab"], size: Size(width: 4, height: 1)), to: grid(["ab", "cd"])) == ["0:0..<8", "1:0..<8"])
    }

    @Test func anUnchangedFrameNeedsNothing() {
        #expect(runs(from: grid(["abc", "def"]), to: grid(["abc", "def"])).isEmpty)
        #expect(FrameDiff.changedCells(from: grid(["abc"]), to: grid(["abc"])) == 0)
    }

    @Test func onlyTheChangedCellsAreRewritten() {
        #expect(runs(from: grid(["abcdefgh", "xy"]), to: grid(["abXdeYYh", "xy"])) == ["0:2..<3", "0:5..<7"])
    }

    @Test func aChangeOfRoleIsAChange() {
        var restyled = grid(["abcd"])
        restyled.restyle(x: 1, y: 0, count: 2, role: .selection)
        #expect(runs(from: grid(["abcd"]), to: restyled) == ["0:1..<3"])
    }

    @Test func runsBreakWhereTheRoleChanges() {
        var frame = grid(["abcd"])
        frame.put("XY", x: 2, y: 0, role: .accent)
        #expect(runs(from: nil, to: frame) == ["0:0..<2", "0:2..<4", "0:4..<8", "1:0..<8"])
    }

    @Test func aWideCharacterTakesItsSecondHalfAlong() {
        #expect(runs(from: grid(["ab"]), to: grid(["a中"])) == ["0:1..<3"])
    }
}
