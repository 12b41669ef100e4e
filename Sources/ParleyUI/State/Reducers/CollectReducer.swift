import ParleyModel

/// Keeping what a search found: `c` asks for the engagement and issues of the selected archive
/// quote, then the runtime adds it to the dossier file of the week on screen, which the
/// dashboard then shows as it follows the file.
enum CollectReducer {
    /// `c` on the quotes screen: the picker, or at once when the week has nothing to choose.
    static func collect(_ state: inout AppState, context: DashboardContext) -> [Effect] {
        guard state.screen == .quotes, let results = state.quotes.results, state.quotes.selection < results.count else {
            state.notice = Notice("c: select a quote an archive found first (/ to search)", isWarning: true)
            return []
        }
        let entry = context.entry(results, at: state.quotes.selection)
        let found: QuoteCollection.Found
        if let quote = entry.archiveQuote {
            found = QuoteCollection.Found(archiveQuote: quote)
        } else if let quote = entry.dossierQuote, let week = context.desk.weekIndex(ofQuote: quote.id),
            week != context.week
        {
            // A quote of another week of the desk, kept in the week shown too.
            found = QuoteCollection.Found(dossierQuote: quote, in: context.corpus.dossier)
        } else {
            state.notice = Notice("c: this quote is in the dossier already", isWarning: true)
            return []
        }
        let file = context.desk.weeks[context.week].file
        guard file != BundledDossier.fileName else {
            state.notice = Notice(
                "c: the bundled week is not a file to write \(context.glyphs.dash) open your own with --dossier FILE",
                isWarning: true)
            return []
        }
        let request = CollectRequest(
            found: found, file: file, takenIDs: context.hasWeeks ? Set(context.corpus.dossier.quotes.map(\.id)) : [])
        if !context.dossier.engagements.isEmpty {
            state.collecting = CollectPicker(request: request, stage: .engagement)
        } else if !context.dossier.issues.isEmpty {
            state.collecting = CollectPicker(request: request, stage: .issues)
        } else {
            return keep(&state, request, context: context)
        }
        return []
    }

    /// A key while the picker is open; nil for actions it leaves to the rest of the reducer
    /// (a resize, news from the runtime), `[]` for those it swallows.
    static func pick(_ state: inout AppState, _ action: Action, context: DashboardContext) -> [Effect]? {
        guard var picker = state.collecting else { return nil }
        let dossier = context.dossier
        switch action {
        case .moveUp, .moveDown:
            let step = action == .moveUp ? -1 : 1
            picker.cursor = min(max(0, picker.cursor + step), max(0, picker.rows(dossier) - 1))
        case .togglePick:
            guard picker.stage == .issues, dossier.issues.indices.contains(picker.cursor) else { return [] }
            let id = dossier.issues[picker.cursor].id
            if picker.request.issues.contains(id) {
                picker.request.issues.removeAll { $0 == id }
            } else {
                // Kept in the dossier's order, whatever the order they were marked in.
                let chosen = Set(picker.request.issues + [id])
                picker.request.issues = dossier.issues.map(\.id).filter(chosen.contains)
            }
        case .open:
            if picker.stage == .engagement {
                let engagements = CollectPicker.engagements(dossier)
                picker.request.engagement = picker.cursor == 0 ? nil : engagements[picker.cursor - 1].id
                if !dossier.issues.isEmpty {
                    picker.stage = .issues
                    picker.cursor = 0
                    state.collecting = picker
                    return []
                }
            }
            state.collecting = nil
            return keep(&state, picker.request, context: context)
        case .back:
            state.collecting = nil
            state.notice = Notice("c: nothing kept")
            return []
        case .click, .wheel, .unboundKey:
            return []
        default:
            return nil
        }
        state.collecting = picker
        return []
    }

    private static func keep(_ state: inout AppState, _ request: CollectRequest, context: DashboardContext) -> [Effect]
    {
        state.notice = Notice("keeping the quote in \(request.file)\(context.glyphs.ellipsis)")
        return [.collect(request)]
    }
}
