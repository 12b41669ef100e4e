import ParleyModel

/// The box `:` opens: the line being typed, then the rows it leaves, the chosen one bright.
enum PaletteView {
    static func draw(
        _ grid: inout CellGrid, palette: CommandPalette, saved: [SavedSearch], context: DashboardContext,
        layout: DashboardLayout
    ) {
        let glyphs = context.glyphs
        let body = layout.body
        let rows = PaletteRows.rows(palette, context: context, saved: saved)
        // The body's whole width, so no pane's border shows beside the palette's.
        let height = min(body.height, max(rows.count, 1) + 4)
        let rect = Rect(x: body.x, y: body.y, width: body.width, height: height)
        grid.fill(rect, role: .text)
        let count = "\(rows.count) \(rows.count == 1 ? "row" : "rows")"
        let inside = Chrome.box(
            &grid, rect, title: "Commands", focused: true, glyphs: glyphs, leftNote: "Esc closes",
            rightNote: count)
        let line = ":" + palette.text
        _ = grid.put(
            line, x: inside.x + 1, y: inside.y, width: inside.width - 2, role: .selection, ellipsis: glyphs.ellipsis)
        // Where the next character goes: screen readers follow what is typed.
        grid.placeCursor(
            x: inside.x + 1 + min(DisplayWidth.of(VisibleText.escaped(line)), inside.width - 3), y: inside.y)
        let listTop = inside.y + 2
        let visible = max(0, inside.height - 2)
        guard !rows.isEmpty else {
            if visible > 0 {
                _ = grid.put(
                    "nothing here answers to that", x: inside.x + 1, y: listTop, width: inside.width - 2,
                    role: .muted, ellipsis: glyphs.ellipsis)
            }
            return
        }
        let selection = min(palette.selection, rows.count - 1)
        let first = Scrolling.reveal(selection, offset: 0, visible: visible)
        let titleWidth = min(30, max(12, rows.map { DisplayWidth.of($0.title) }.max() ?? 12) + 2)
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = listTop + offset
            let chosen = first + offset == selection
            if chosen { grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection) }
            let line = StyledLine([
                Segment(TextWrap.padded(row.title, width: titleWidth), chosen ? .selection : .text),
                Segment(TextWrap.padded(row.keys, width: 12), chosen ? .selection : .statusKey),
                Segment(row.help, chosen ? .selection : .muted),
            ])
            line.draw(into: &grid, x: inside.x + 1, y: y, width: inside.width - 2)
        }
        if rows.count > first + visible {
            Chrome.moreMarker(&grid, count: rows.count - first - visible, below: true, rect: rect, glyphs: glyphs)
        }
    }
}
