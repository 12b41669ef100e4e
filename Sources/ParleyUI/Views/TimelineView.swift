import ParleyModel

/// The timeline screen: every engagement of the desk in date order under its week's heading,
/// oldest first, the selected one highlighted and its week the one the other screens show.
enum TimelineView {
    static func draw(_ grid: inout CellGrid, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        let geometry = TimelineGeometry(layout: layout, context: context)
        let glyphs = context.glyphs
        let title =
            "Timeline (\(WeekReport.count(context.desk.weeks.count, "week")), \(WeekReport.count(context.timeline.count, "engagement")))"
        let inside = Chrome.box(&grid, geometry.box, title: title, focused: true, glyphs: glyphs)
        guard inside.width > 2, inside.height > 0 else { return }
        let width = inside.width - 2
        for slot in 0..<inside.height {
            let y = inside.y + slot
            guard let row = geometry.rows.element(at: state.timeline.offset + slot) else { break }
            switch row {
            case let .week(index):
                let heading = TimelineReport.heading(of: index, in: context.desk)
                grid.put(
                    VisibleText.escaped(heading), x: inside.x + 1, y: y, width: width,
                    role: index == context.week ? .title : .heading, ellipsis: glyphs.ellipsis)
            case let .entry(index):
                let entry = context.timeline[index]
                let engagement = entry.engagement
                let date =
                    "\(engagement.date.weekdayAbbreviation) \(engagement.date.day) \(engagement.date.monthAbbreviation)"
                let facts = entry.facts(in: context.desk)
                let separator = " \(glyphs.separator) "
                let line = StyledLine([
                    Segment("  " + TextWrap.padded(date, width: 11), .muted),
                    Segment(VisibleText.escaped(engagement.title), .text),
                    Segment(separator + VisibleText.escaped(facts.joined(separator: separator)), .muted),
                ])
                line.fitted(width, ellipsis: glyphs.ellipsis).draw(into: &grid, x: inside.x + 1, y: y, width: width)
                if index == state.timeline.selection {
                    grid.placeCursor(x: inside.x + 1, y: y)
                    grid.restyle(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection, keeping: [])
                }
            }
        }
        Chrome.moreMarker(&grid, count: state.timeline.offset, below: false, rect: geometry.box, glyphs: glyphs)
        Chrome.moreMarker(
            &grid, count: max(0, geometry.rows.count - state.timeline.offset - inside.height), below: true,
            rect: geometry.box, glyphs: glyphs)
    }
}
