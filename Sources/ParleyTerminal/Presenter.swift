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
        if previous?.size != grid.size { werase(parley_stdscr()) }
        var text: [wchar_t] = []
        text.reserveCapacity(grid.width)
        FrameDiff.forEachRun(from: previous, to: grid) { row, columns in
            text.removeAll(keepingCapacity: true)
            for column in columns {
                for scalar in grid[column, row].text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
            }
            let style = styles[grid[columns.lowerBound, row].role] ?? (parley_a_normal(), 0)
            parley_set_style(style.attributes, style.pair)
            _ = text.withUnsafeBufferPointer {
                parley_put(Int32(row), Int32(columns.lowerBound), $0.baseAddress, Int32($0.count))
            }
        }
        // The cursor goes to the selected item last, so it is where the terminal leaves it.
        if let cursor = grid.cursor { wmove(parley_stdscr(), Int32(cursor.y), Int32(cursor.x)) }
        wnoutrefresh(parley_stdscr())
        doupdate()
        previous = grid
    }
}
