import ParleyModel

/// The timeline screen's rows — each week's heading, then its engagements — and the box
/// they are drawn in, for the view, the reducer's scrolling and the mouse alike.
public struct TimelineGeometry: Sendable {
    /// One row of the timeline.
    public enum Row: Hashable, Sendable {
        /// A week's heading, by index into the desk's weeks.
        case week(Int)
        /// An engagement, by index into `DashboardContext.timeline`.
        case entry(Int)
    }

    public let rows: [Row]
    /// The row of each entry, by the entry's index.
    public let entryRows: [Int]
    /// The box around the list.
    public let box: Rect

    public init(layout: DashboardLayout, context: DashboardContext) {
        var rows: [Row] = []
        var entryRows: [Int] = []
        rows.reserveCapacity(context.timeline.count + context.desk.weeks.count)
        var week: Int?
        for (index, entry) in context.timeline.enumerated() {
            if entry.weekIndex != week {
                week = entry.weekIndex
                rows.append(.week(entry.weekIndex))
            }
            entryRows.append(rows.count)
            rows.append(.entry(index))
        }
        self.rows = rows
        self.entryRows = entryRows
        box = layout.body
    }

    /// Rows inside the box.
    public var visibleRows: Int { max(1, box.height - 2) }

    /// The first row to show so that entry `index` is in view, with its week's heading when
    /// the heading is the row just above it.
    public func offset(revealing index: Int, from offset: Int) -> Int {
        guard let row = entryRows.element(at: index) else { return 0 }
        var first = Scrolling.reveal(row, offset: offset, visible: visibleRows)
        if row > 0, first == row, case .week = rows[row - 1] { first = row - 1 }
        return min(first, max(0, rows.count - visibleRows))
    }

    /// The entry on a screen row, if the row shows one.
    public func entry(atY y: Int, offset: Int) -> Int? {
        let row = offset + (y - box.y - 1)
        guard y > box.y, y < box.maxY - 1, case let .entry(index)? = rows.element(at: row) else { return nil }
        return index
    }
}
