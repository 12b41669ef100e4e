import ParleyModel

/// Draws a whole frame from the state: the single entry point every front end calls.
public enum DashboardView {
    /// The frame for `state`, exactly as the terminal (or `parley render`) shows it.
    public static func render(_ state: AppState, context: DashboardContext, keymap: Keymap = .standard) -> CellGrid {
        var grid = CellGrid(size: state.size, asciiOnly: context.glyphs.asciiOnly)
        let layout = DashboardLayout(size: state.size)
        guard !layout.isTooSmall else {
            drawTooSmall(&grid, size: state.size)
            return grid
        }
        Chrome.titleBar(&grid, layout: layout, state: state, context: context)
        switch state.screen {
        case .home: HomeView.draw(&grid, state: state, context: context, layout: layout)
        case let .meeting(id): MeetingView.draw(&grid, id: id, state: state, context: context, layout: layout)
        case .quotes: QuotesView.draw(&grid, state: state, context: context, layout: layout)
        case .positions: PositionsView.draw(&grid, state: state, context: context, layout: layout)
        }
        if state.showsHelp { HelpOverlay.draw(&grid, state: state, keymap: keymap, glyphs: context.glyphs, layout: layout) }
        let (hints, note) = statusHints(state, context: context)
        if let problem = state.reloadProblem, state.notice == nil {
            // Until a save that loads, the last good version stays on screen and this says why.
            Chrome.statusLine(&grid, layout: layout, hints: [], note: VisibleText.escaped(problem) + " (showing the last version that loaded)", noteRole: .warning)
        } else if let loading = state.loading, state.notice == nil {
            let text = ProgressText.statusNote(loading, separator: context.glyphs.separator)
            Chrome.statusLine(&grid, layout: layout, hints: Array(hints.prefix(3)), note: text, noteRole: .accent)
        } else if let notice = state.notice {
            Chrome.statusLine(&grid, layout: layout, hints: [], note: notice.text, noteRole: notice.isWarning ? .warning : .status)
        } else {
            Chrome.statusLine(&grid, layout: layout, hints: hints, note: note)
        }
        return grid
    }

    /// Says plainly that the terminal is too small, with the current and the needed size.
    static func drawTooSmall(_ grid: inout CellGrid, size: Size) {
        let needed = DashboardLayout.minimum
        let lines = ["Terminal too small", "\(size.width)×\(size.height); parley needs \(needed.width)×\(needed.height)", "q quits"]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let width = DisplayWidth.of(line)
            let x = max(0, (size.width - width) / 2)
            grid.put(line, x: x, y: top + offset, width: size.width - x, role: offset == 0 ? .warning : .text, ellipsis: "…")
        }
    }

    /// The keys worth showing on the status line here, and a note for its right end.
    static func statusHints(_ state: AppState, context: DashboardContext) -> ([(keys: String, what: String)], String) {
        if state.showsHelp { return ([("Esc", "close help"), ("q", "quit")], "") }
        let dossier = context.dossier
        let themeName = context.themeNames[min(max(0, state.theme), context.themeNames.count - 1)]
        switch state.screen {
        case .home:
            return ([("Tab", "pane"), ("←→", "engagement"), ("↑↓", "select"), ("Enter", "open"), ("/", "search"), ("?", "help"), ("q", "quit")],
                    "\(dossier.engagements.count) engagements \(context.glyphs.separator) theme \(themeName)")
        case .meeting:
            return ([("↑↓", "scroll"), ("y", "copy quote"), ("o", "open"), ("e", "briefing"), ("Esc", "back"), ("?", "help"), ("q", "quit")], "theme \(themeName)")
        case .quotes:
            if state.quotes.isEditing {
                return ([("Enter", "keep"), ("Esc", "clear"), ("↑↓", "results"), ("Ctrl-U", "erase all")], "typing filters as you go")
            }
            return ([("/", "search"), ("n N", "matches"), ("↑↓", "select"), ("y", "copy"), ("o", "open"), ("Esc", "back"), ("?", "help"), ("q", "quit")], "theme \(themeName)")
        case .positions:
            if state.positions.showsAgreement { return ([("a", "stances"), ("Esc", "back"), ("?", "help"), ("q", "quit")], "theme \(themeName)") }
            return ([("[ ]", "parties"), ("↑↓", "issue"), ("Tab", "quote"), ("Enter", "read"), ("a", "agreement"), ("?", "help"), ("q", "quit")], "theme \(themeName)")
        }
    }
}
