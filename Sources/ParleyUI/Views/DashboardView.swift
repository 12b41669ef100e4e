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
        case .timeline: TimelineView.draw(&grid, state: state, context: context, layout: layout)
        }
        if let picker = state.collecting {
            CollectPickerView.draw(&grid, picker: picker, context: context, layout: layout)
        }
        if let editor = state.noting {
            NoteEditorView.draw(&grid, editor: editor, context: context, layout: layout)
        }
        if let palette = state.palette {
            PaletteView.draw(&grid, palette: palette, saved: state.quotes.saved, context: context, layout: layout)
        }
        if state.showsHelp {
            HelpOverlay.draw(
                &grid, state: state, keymap: keymap, glyphs: context.glyphs, layout: layout, weeks: context.hasWeeks)
        }
        let (hints, note) = statusHints(state, context: context, keymap: keymap)
        if let problem = state.reloadProblem, state.notice == nil {
            // Until a save that loads, the last good version stays on screen and this says why.
            Chrome.statusLine(
                &grid, layout: layout, hints: [],
                note: VisibleText.escaped(problem) + " (showing the last version that loaded)", noteRole: .warning)
        } else if let loading = state.loading, state.notice == nil {
            let text = ProgressText.statusNote(loading, separator: context.glyphs.separator)
            Chrome.statusLine(&grid, layout: layout, hints: Array(hints.prefix(3)), note: text, noteRole: .accent)
        } else if let notice = state.notice {
            Chrome.statusLine(
                &grid, layout: layout, hints: [], note: notice.text, noteRole: notice.isWarning ? .warning : .status)
        } else {
            Chrome.statusLine(&grid, layout: layout, hints: hints, note: note)
        }
        return grid
    }

    /// Says plainly that the terminal is too small, with the current and the needed size.
    static func drawTooSmall(_ grid: inout CellGrid, size: Size, needed: Size = DashboardLayout.minimum) {
        let lines = [
            "Terminal too small", "\(size.width)×\(size.height); parley needs \(needed.width)×\(needed.height)",
            "q quits",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let width = DisplayWidth.of(line)
            let x = max(0, (size.width - width) / 2)
            grid.put(
                line, x: x, y: top + offset, width: size.width - x, role: offset == 0 ? .warning : .text, ellipsis: "…")
        }
    }

    /// The keys worth showing on the status line here, as the keymap binds them, and a
    /// note for its right end.
    static func statusHints(_ state: AppState, context: DashboardContext, keymap: Keymap) -> (
        [(keys: String, what: String)], String
    ) {
        // Help is closed by Esc whatever the keymap says (`Keymap.action(for:in:)`); quit by its keys.
        if state.showsHelp {
            let quit =
                StatusHint(.quit, what: "quit").keys(in: keymap, state: state).map { [(keys: $0, what: "quit")] } ?? []
            return ([("Esc", "close help")] + quit, "")
        }
        let (hints, note) = statusHints(state, context: context)
        let shown = hints.compactMap { hint in hint.keys(in: keymap, state: state).map { (keys: $0, what: hint.what) } }
        return (shown, note)
    }

    /// Which actions the status line names on each screen, and its note.
    private static func statusHints(_ state: AppState, context: DashboardContext) -> ([StatusHint], String) {
        let dossier = context.dossier
        let themeName = "theme " + context.themeNames[min(max(0, state.theme), context.themeNames.count - 1)]
        let helpAndQuit = [StatusHint(.toggleHelp, what: "help"), StatusHint(.quit, what: "quit")]
        let vertical = { (what: String) in StatusHint(.moveUp, .moveDown, what: what) }
        if let picker = state.collecting {
            var hints = [vertical("choose"), StatusHint(.open, what: picker.stage == .issues ? "keep" : "next")]
            if picker.stage == .issues { hints.insert(StatusHint(.togglePick, what: "mark"), at: 1) }
            return (hints + [StatusHint(.back, what: "keep nothing")], "")
        }
        if let editor = state.noting {
            let hints =
                editor.kind == .flag
                ? [vertical("choose"), StatusHint(.open, what: "flag")] : [StatusHint(.open, what: "keep")]
            return (hints + [StatusHint(.back, what: "keep nothing")], "")
        }
        if state.palette != nil {
            let hints = [
                vertical("choose"), StatusHint(.completeInPalette, what: "complete"), StatusHint(.open, what: "run"),
                StatusHint(.back, what: "close"),
            ]
            return (hints, "type to filter")
        }
        switch state.screen {
        case .home:
            let hints = [
                StatusHint(.focusNext, what: "pane"), StatusHint(.moveLeft, .moveRight, what: "engagement"),
                vertical("select"),
                StatusHint(.open, what: "open"), StatusHint(.startSearch, what: "search"),
            ]
            return (
                hints + helpAndQuit, "\(dossier.engagements.count) engagements \(context.glyphs.separator) \(themeName)"
            )
        case .meeting:
            let hints = [
                vertical("scroll"), StatusHint(.copyQuote(markdown: false), what: "copy quote"),
                StatusHint(.openLink, what: "open"),
                StatusHint(.exportBriefing, what: "briefing"), StatusHint(.back, what: "back"),
            ]
            return (hints + helpAndQuit, themeName)
        case .quotes:
            if state.quotes.isEditing {
                return (
                    [
                        StatusHint(.acceptSearch, what: "keep"), StatusHint(.cancelSearch, what: "clear"),
                        StatusHint(.stepHistory(-1), .stepHistory(1), what: "earlier searches"),
                        StatusHint(.clearSearch, what: "erase all"),
                    ], "typing filters as you go"
                )
            }
            let hints = [
                StatusHint(.startSearch, what: "search"), StatusHint(.nextMatch, .previousMatch, what: "matches"),
                vertical("select"),
                StatusHint(.copyQuote(markdown: false), what: "copy"), StatusHint(.openLink, what: "open"),
                StatusHint(.back, what: "back"),
            ]
            return (hints + helpAndQuit, themeName)
        case .positions:
            if state.positions.showsAgreement {
                return (
                    [StatusHint(.toggleAgreement, what: "stances"), StatusHint(.back, what: "back")] + helpAndQuit,
                    themeName
                )
            }
            let hints = [
                StatusHint(.cycleLeftParty(1), .cycleRightParty(1), what: "parties"), vertical("issue"),
                StatusHint(.stepSupportingQuote(1), what: "quote"), StatusHint(.open, what: "read"),
                StatusHint(.toggleAgreement, what: "agreement"),
            ]
            return (hints + helpAndQuit, themeName)
        case .timeline:
            let hints = [
                vertical("engagement"), StatusHint(.open, what: "meeting"),
                StatusHint(.stepWeek(-1), .stepWeek(1), what: "week"), StatusHint(.showTab(.home), what: "home"),
            ]
            return (hints + helpAndQuit, "oldest first \(context.glyphs.separator) \(themeName)")
        }
    }
}
