/// What changed between two frames, as runs of cells to rewrite.
///
/// The terminal presenter writes exactly these runs; the benchmark counts them, so the cost it
/// measures is the presenter's.
public enum FrameDiff {
    /// Calls `body` with each run of changed cells that share one role: its row and columns.
    /// With no previous frame (or one of another size), every cell has changed.
    public static func forEachRun(from previous: CellGrid?, to frame: CellGrid, _ body: (_ row: Int, _ columns: Range<Int>) -> Void) {
        let width = frame.width
        let old = previous?.size == frame.size ? previous : nil
        func unchanged(_ index: Int) -> Bool { old.map { frame.sameCell(index, as: $0) } ?? false }
        for row in 0..<frame.height {
            var column = 0
            let base = row * width
            while column < width {
                if unchanged(base + column) {
                    column += 1
                    continue
                }
                let start = column
                let role = frame.packed[base + column].role
                while column < width {
                    let next = frame.packed[base + column]
                    // A wide character's continuation always goes with it.
                    guard next.role == role, !unchanged(base + column) || next.isContinuation else { break }
                    column += 1
                }
                body(row, start..<column)
            }
        }
    }

    /// How many cells changed.
    public static func changedCells(from previous: CellGrid?, to frame: CellGrid) -> Int {
        var count = 0
        forEachRun(from: previous, to: frame) { count += $1.count }
        return count
    }
}
