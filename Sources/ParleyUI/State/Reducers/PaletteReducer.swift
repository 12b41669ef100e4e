import ParleyModel

/// The command palette `:` opens: typing filters the screen's actions and the commands,
/// ↑ and ↓ choose, Tab completes, Enter runs the row chosen, Esc closes it.
enum PaletteReducer {
    /// A key while the palette is open; nil for actions it leaves to the rest of the reducer.
    static func edit(_ state: inout AppState, _ action: Action, context: inout DashboardContext) -> [Effect]? {
        guard var palette = state.palette else { return nil }
        // Worked out only for the keys that need them, not for news arriving meanwhile.
        var rows: [PaletteRows.Row] { PaletteRows.rows(palette, context: context, saved: state.quotes.saved) }
        switch action {
        case let .typeInPalette(character):
            if palette.text.count < CommandPalette.maximumLength { palette.text.append(character) }
            palette.selection = 0
        case .eraseInPalette:
            // Backspace on an empty line closes the palette, as in vim's command line.
            guard !palette.text.isEmpty else {
                state.palette = nil
                return []
            }
            palette.text.removeLast()
            palette.selection = 0
        case .moveUp, .moveDown:
            let count = rows.count
            guard count > 0 else { return [] }
            palette.selection = min(max(0, palette.selection + (action == .moveUp ? -1 : 1)), count - 1)
        case .completeInPalette:
            guard let row = rows.element(at: palette.selection) else { return [] }
            switch row.run {
            case let .fill(text): palette.text = text
            case .action: palette.text = row.title
            }
            palette.selection = 0
        case .back:
            state.palette = nil
            return []
        case .open:
            guard let row = rows.element(at: palette.selection) else {
                let typed = VisibleText.escaped(palette.text)
                state.notice = Notice(
                    palette.text.isEmpty ? "nothing to run" : "nothing here answers to '\(typed)'", isWarning: true)
                return []
            }
            switch row.run {
            case let .fill(text):
                palette.text = text
                palette.selection = 0
            case let .action(chosen):
                state.palette = nil
                return Reducer.reduce(&state, chosen, context: &context)
            }
        case .click, .wheel, .unboundKey:
            return []
        default:
            return nil
        }
        state.notice = nil
        state.palette = palette
        return []
    }
}
