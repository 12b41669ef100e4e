import ParleyModel

/// The parts every screen shares: borders, the title bar with its tabs, the status line.
enum Chrome {
    /// A box around `rect` with a title in its top edge; returns the inside.
    @discardableResult
    static func box(
        _ grid: inout CellGrid, _ rect: Rect, title: String = "", focused: Bool, glyphs: Glyphs,
        leftNote: String = "", rightNote: String = ""
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let role: StyleRole = focused ? .borderFocused : .border
        let inner = rect.width - 2
        grid.put(
            glyphs.topLeft + String(repeating: glyphs.horizontal, count: inner) + glyphs.topRight, x: rect.x, y: rect.y,
            role: role)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(glyphs.vertical, x: rect.x, y: row, role: role)
            grid.put(glyphs.vertical, x: rect.maxX - 1, y: row, role: role)
        }
        grid.put(
            glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: inner) + glyphs.bottomRight, x: rect.x,
            y: rect.maxY - 1, role: role)
        var titleEnd = rect.x + 1
        if !title.isEmpty, inner > 4 {
            titleEnd += grid.put(
                " \(title) ", x: rect.x + 1, y: rect.y, width: inner - 2, role: focused ? .borderFocused : .title,
                ellipsis: glyphs.ellipsis)
        }
        if !rightNote.isEmpty {
            let width = DisplayWidth.of(rightNote) + 2
            if rect.maxX - 1 - width > titleEnd {
                grid.put(" \(rightNote) ", x: rect.maxX - 1 - width, y: rect.y, role: .accent)
            }
        }
        if !leftNote.isEmpty {
            let width = DisplayWidth.of(leftNote) + 2
            if rect.x + 1 + width < rect.maxX - 1 {
                grid.put(" \(leftNote) ", x: rect.x + 1, y: rect.maxY - 1, role: .accent)
            }
        }
        return rect.inset(by: 1)
    }

    /// The top row: the program, the dossier's title and the tabs.
    static func titleBar(_ grid: inout CellGrid, layout: DashboardLayout, state: AppState, context: DashboardContext) {
        let bar = layout.titleBar
        grid.fill(bar, role: .titleBar)
        let tabs = layout.tabs(weeks: context.hasWeeks)
        let titleWidth = (tabs.first?.rect.x ?? bar.width) - 1
        let title = " parley " + context.glyphs.separator + " " + context.dossier.title
        // On a desk the bar says which week is shown, and of how many: kept whole, with the
        // title cut short before it, since it is what changes as the weeks are stepped through.
        let week =
            context.hasWeeks
            ? " " + context.glyphs.separator + " week \(context.week + 1) of \(context.desk.weeks.count)" : ""
        let weekWidth = DisplayWidth.of(week)
        let room = titleWidth - weekWidth
        if week.isEmpty || room < 12 {
            grid.put(
                title + week, x: 0, y: 0, width: max(0, titleWidth), role: .titleBar, ellipsis: context.glyphs.ellipsis)
        } else {
            grid.put(title, x: 0, y: 0, width: room, role: .titleBar, ellipsis: context.glyphs.ellipsis)
            grid.put(
                week, x: min(DisplayWidth.of(title), room), y: 0, width: weekWidth, role: .titleBar,
                ellipsis: context.glyphs.ellipsis)
        }
        for (tab, rect) in tabs {
            grid.put(
                DashboardLayout.tabLabel(tab), x: rect.x, y: rect.y,
                role: tab == state.screen.tab ? .tabActive : .titleBar)
        }
    }

    /// The bottom row: the keys that matter here, and a note on the right.
    static func statusLine(
        _ grid: inout CellGrid, layout: DashboardLayout, hints: [(keys: String, what: String)], note: String,
        noteRole: StyleRole = .status
    ) {
        let bar = layout.statusBar
        grid.fill(bar, role: .status)
        // Keys come first: the note is dropped when they would not all fit beside it. A note
        // alone (a notice, a problem) is cut short instead, so its start is always read.
        let hintsWidth = hints.reduce(1) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.what) + 2 }
        let note = hints.isEmpty || hintsWidth + DisplayWidth.of(note) + 2 <= bar.width ? note : ""
        // A note alone (a notice) may use the whole line; beside keys, at most half of it.
        let noteWidth = min(DisplayWidth.of(note), hints.isEmpty ? bar.width - 2 : bar.width / 2)
        var x = 1
        let limit = bar.width - (noteWidth > 0 ? noteWidth + 2 : 0)
        for hint in hints {
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.what) + 2
            guard x + needed <= limit else { break }
            x += grid.put(hint.keys, x: x, y: bar.y, role: .statusKey)
            x += grid.put(" " + hint.what + "  ", x: x, y: bar.y, role: .status)
        }
        if noteWidth > 0 {
            grid.put(note, x: bar.maxX - noteWidth - 1, y: bar.y, width: noteWidth, role: noteRole, ellipsis: "…")
        }
    }

    /// Draws a one-line scroll hint such as "▲ 3 more" where content continues.
    static func moreMarker(_ grid: inout CellGrid, count: Int, below: Bool, rect: Rect, glyphs: Glyphs) {
        guard count > 0, rect.width > 10 else { return }
        let text = " \(below ? glyphs.down : glyphs.up) \(count) more "
        let y = below ? rect.maxY - 1 : rect.y
        grid.put(text, x: rect.maxX - 1 - DisplayWidth.of(text), y: y, role: .accent)
    }
}
