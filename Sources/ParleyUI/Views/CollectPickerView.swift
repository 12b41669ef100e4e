import ParleyModel

/// The box `c` opens over the quotes screen: which engagement of the week the archive quote
/// was said at, then which issues it is about, before it is kept in the dossier file.
enum CollectPickerView {
    static func draw(_ grid: inout CellGrid, picker: CollectPicker, context: DashboardContext, layout: DashboardLayout)
    {
        let glyphs = context.glyphs
        let dossier = context.dossier
        var rows: [StyledLine] = []
        let question: String
        switch picker.stage {
        case .engagement:
            question = "Said at which engagement of \(dossier.title)?"
            rows.append(StyledLine("no engagement", .muted))
            for engagement in CollectPicker.engagements(dossier) {
                rows.append(StyledLine(engagement.date.heading + " \(glyphs.separator) " + engagement.title))
            }
        case .issues:
            question = "About which issues? (Space marks, Enter keeps the quote)"
            for issue in dossier.issues {
                let mark = picker.request.issues.contains(issue.id) ? "[x] " : "[ ] "
                rows.append(StyledLine([Segment(mark, .accent), Segment(issue.title)]))
            }
        }
        let body = layout.body
        let width = min(body.width - 2, 72)
        let height = min(body.height, rows.count + 4)
        let rect = Rect(
            x: (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        grid.fill(rect, role: .text)
        let inside = Chrome.box(
            &grid, rect, title: "Keep the quote", focused: true, glyphs: glyphs, leftNote: "Esc keeps nothing")
        grid.put(
            question, x: inside.x + 1, y: inside.y, width: inside.width - 2, role: .heading, ellipsis: glyphs.ellipsis)
        let visible = max(1, inside.height - 2)
        // The cursor's row stays in view.
        let first = max(0, min(picker.cursor - visible + 1, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inside.y + 2 + offset
            let line =
                first + offset == picker.cursor ? StyledLine(row.segments.map { Segment($0.text, .selection) }) : row
            if first + offset == picker.cursor {
                grid.placeCursor(x: inside.x + 1, y: y)
                grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection)
            }
            line.draw(into: &grid, x: inside.x + 1, y: y, width: inside.width - 2)
        }
    }
}
