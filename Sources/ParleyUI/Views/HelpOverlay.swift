import ParleyModel

/// A box over the screen listing every key of the current screen and the global ones.
enum HelpOverlay {
    static func draw(
        _ grid: inout CellGrid, state: AppState, keymap: Keymap, glyphs: Glyphs, layout: DashboardLayout,
        weeks: Bool = false
    ) {
        var lines: [StyledLine] = []
        for (offset, section) in keymap.helpSections(for: state, weeks: weeks).enumerated() {
            if offset > 0 { lines.append(.blank) }
            lines.append(StyledLine(section.title, .title))
            for binding in section.bindings {
                lines.append(
                    StyledLine([Segment(TextWrap.padded(binding.label, width: 11), .statusKey), Segment(binding.help)]))
            }
        }
        let body = layout.body
        // One column when it fits the height, otherwise two side by side.
        let columns = lines.count + 2 <= body.height ? 1 : 2
        let width = min(body.width - 2, columns == 1 ? 64 : 110)
        let perColumn = (lines.count + columns - 1) / columns
        let height = min(body.height, perColumn + 2)
        let rect = Rect(
            x: (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        grid.fill(rect, role: .text)
        let inside = Chrome.box(
            &grid, rect, title: "Keys", focused: true, glyphs: glyphs, leftNote: "Esc or ? to close")
        let columnWidth = (inside.width - 2) / columns
        var shown = 0
        for column in 0..<columns {
            let slice = lines.dropFirst(column * perColumn).prefix(min(perColumn, inside.height))
            for (row, line) in slice.enumerated() {
                line.draw(
                    into: &grid, x: inside.x + 1 + column * columnWidth, y: inside.y + row, width: columnWidth - 1)
            }
            shown += slice.count
        }
        if lines.count > shown {
            Chrome.moreMarker(&grid, count: lines.count - shown, below: true, rect: rect, glyphs: glyphs)
        }
    }
}
