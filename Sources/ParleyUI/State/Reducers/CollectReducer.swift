import ParleyModel

/// Keeping what a search found: `c` asks the runtime to add the selected archive quote to the
/// dossier file of the week on screen, which the dashboard then shows as it follows the file.
enum CollectReducer {
    /// `c` on the quotes screen.
    static func collect(_ state: inout AppState, context: DashboardContext) -> [Effect] {
        guard state.screen == .quotes, let results = state.quotes.results, state.quotes.selection < results.count else {
            state.notice = Notice("c: select a quote an archive found first (/ to search)", isWarning: true)
            return []
        }
        let entry = context.entry(results, at: state.quotes.selection)
        guard let quote = entry.archiveQuote else {
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
        state.notice = Notice("keeping the quote in \(file)\(context.glyphs.ellipsis)")
        return [.collect(CollectRequest(quote: quote, file: file))]
    }
}
