import CNcursesw
import ParleyUI

/// Writes frames to curses, touching only the cells that changed since the last frame.
///
/// Each run of changed cells in one style is written with one call; `wnoutrefresh` and
/// `doupdate` then send the terminal only what differs from what it shows.
struct Presenter {
    private var previous: CellGrid?
    private let styles: [StyleRole: (attributes: attr_t, pair: Int32)]

    init(styles: [StyleRole: (attributes: attr_t, pair: Int32)]) {
        self.styles = styles
    }

    /// Forgets the last frame, so the next is written in full (after a resize or a redraw).
    mutating func invalidate() {
        previous = nil
    }

    mutating func present(_ grid: CellGrid) {
        let full = previous?.size != grid.size
        if full { werase(parley_stdscr()) }
        var text: [wchar_t] = []
        text.reserveCapacity(grid.width)
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let cell = grid[column, row]
                if !full, let previous, previous[column, row] == cell {
                    column += 1
                    continue
                }
                let start = column
                let role = cell.role
                text.removeAll(keepingCapacity: true)
                while column < grid.width {
                    let next = grid[column, row]
                    guard next.role == role, full || previous?[column, row] != next || next.isContinuation else { break }
                    for scalar in next.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                    column += 1
                }
                let style = styles[role] ?? (parley_a_normal(), 0)
                parley_set_style(style.attributes, style.pair)
                _ = text.withUnsafeBufferPointer { parley_put(Int32(row), Int32(start), $0.baseAddress, Int32($0.count)) }
            }
        }
        wnoutrefresh(parley_stdscr())
        doupdate()
        previous = grid
    }
}
