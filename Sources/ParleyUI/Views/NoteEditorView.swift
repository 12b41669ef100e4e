import ParleyModel

/// The box `m` and `M` open: the flags to choose from (or one typed), or the note being typed.
enum NoteEditorView {
    static func draw(_ grid: inout CellGrid, editor: NoteEditor, context: DashboardContext, layout: DashboardLayout) {
        let glyphs = context.glyphs
        let body = layout.body
        let width = min(body.width - 2, 72)
        var rows: [StyledLine] = []
        let title: String
        switch editor.kind {
        case .flag:
            title = "Flag the quote"
            for (index, flag) in editor.choices.enumerated() {
                let words = flag.isEmpty ? "no flag (take it off)" : flag
                let chosen = index == editor.selection && editor.text.isEmpty
                rows.append(StyledLine((chosen ? glyphs.right : " ") + " " + words, chosen ? .selection : .text))
            }
            rows.append(.blank)
            rows.append(StyledLine([Segment("or type one: ", .muted), Segment(editor.text + "_", .selection)]))
        case .note:
            if case .engagement = editor.target {
                title = "Your note on the engagement"
            } else {
                title = "Your note on the quote"
            }
            let lines = HighlightedText.lines(editor.text + "_", width: max(1, width - 4), role: .selection)
            rows += lines.suffix(max(1, body.height - 6))
            rows.append(.blank)
            rows.append(StyledLine("Enter keeps it, empty takes it off; kept apart from the dossier", .muted))
        }
        let height = min(body.height, rows.count + 2)
        let rect = Rect(
            x: (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        grid.fill(rect, role: .text)
        let inside = Chrome.box(&grid, rect, title: title, focused: true, glyphs: glyphs, leftNote: "Esc keeps nothing")
        for (offset, row) in rows.prefix(inside.height).enumerated() {
            if row.segments.first?.role == .selection, editor.kind == .flag, row.segments.count == 1 {
                grid.fill(Rect(x: inside.x, y: inside.y + offset, width: inside.width, height: 1), role: .selection)
            }
            row.draw(into: &grid, x: inside.x + 1, y: inside.y + offset, width: inside.width - 2)
        }
        // The cursor at the flag chosen, or where the next character of the note goes.
        if editor.kind == .flag, editor.text.isEmpty {
            grid.placeCursor(x: inside.x + 1, y: inside.y + editor.selection)
        } else if let last = rows.prefix(inside.height).lastIndex(where: {
            $0.segments.last?.text.hasSuffix("_") == true
        }) {
            grid.placeCursor(x: inside.x + 1 + max(0, rows[last].width - 1), y: inside.y + last)
        }
    }
}
