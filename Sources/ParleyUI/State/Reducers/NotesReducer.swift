import ParleyModel

/// The reader's own flags and notes: `m` flags the selected quote, `M` notes it (or, on a
/// meeting page, the engagement); the runtime keeps them in the reader's notes files, never
/// in the dossier.
enum NotesReducer {
    /// `m` and `M`: the line for the flag or note, opened on what is selected.
    static func open(_ state: inout AppState, _ action: Action, context: DashboardContext) {
        let key = action == .flagQuote ? "m" : "M"
        if case let .meeting(id) = state.screen, action == .annotate {
            guard let dossier = context.dossierID(ofEngagement: id) else { return }
            state.noting = NoteEditor(
                target: .engagement(id), kind: .note, dossier: dossier, text: context.notes.engagement(id) ?? "")
            return
        }
        guard state.screen == .quotes, let results = state.quotes.results, state.quotes.selection < results.count,
            let quote = context.entry(results, at: state.quotes.selection).dossierQuote,
            let dossier = context.dossierID(ofQuote: quote.id)
        else {
            let what = action == .flagQuote ? "flag" : "note"
            state.notice = Notice(
                "\(key): select a quote of the dossier to \(what) (an archive's cannot be), or M on a meeting page",
                isWarning: true)
            return
        }
        let current = context.notes.quote(quote.id) ?? QuoteNote()
        if action == .annotate {
            state.noting = NoteEditor(target: .quote(quote.id), kind: .note, dossier: dossier, text: current.note ?? "")
            return
        }
        var choices = QuoteNote.commonFlags
        if let flag = current.flag, !choices.contains(flag) { choices.append(flag) }
        if current.flag != nil { choices.append("") }
        state.noting = NoteEditor(
            target: .quote(quote.id), kind: .flag, dossier: dossier, choices: choices,
            selection: current.flag.flatMap(choices.firstIndex(of:)) ?? 0)
    }

    /// A key while the line is open; nil for actions it leaves to the rest of the reducer.
    static func edit(_ state: inout AppState, _ action: Action, context: inout DashboardContext) -> [Effect]? {
        guard var editor = state.noting else { return nil }
        switch action {
        case let .typeInNote(character):
            if editor.text.count < NoteEditor.maximumLength { editor.text.append(character) }
        case .eraseInNote:
            if !editor.text.isEmpty { editor.text.removeLast() }
        case .moveUp, .moveDown:
            guard editor.kind == .flag, !editor.choices.isEmpty else { return [] }
            editor.selection = min(max(0, editor.selection + (action == .moveUp ? -1 : 1)), editor.choices.count - 1)
        case .back:
            state.noting = nil
            state.notice = Notice(editor.kind == .flag ? "m: flag unchanged" : "M: note unchanged")
            return []
        case .open:
            state.noting = nil
            return keep(&state, editor, context: &context)
        case .click, .wheel, .unboundKey:
            return []
        default:
            return nil
        }
        state.noting = editor
        return []
    }

    /// The flag or note kept: in the context at once (shown, and searched by `flag:` and
    /// `note:`), and in the notes file by the runtime.
    private static func keep(_ state: inout AppState, _ editor: NoteEditor, context: inout DashboardContext)
        -> [Effect]
    {
        var notes = context.notes
        let typed = editor.text.trimmingCharacters(in: .whitespaces)
        let changed: DossierNotes
        switch editor.target {
        case let .quote(id):
            var note = notes.quote(id) ?? QuoteNote()
            if editor.kind == .flag {
                let flag = typed.isEmpty ? editor.choices[editor.selection] : typed
                note.flag = flag.isEmpty ? nil : flag
                state.notice = Notice(
                    flag.isEmpty
                        ? "flag taken off" : "flagged \(flag) (flag:\(flag.split(separator: " ").first ?? "") finds it)"
                )
            } else {
                note.note = typed.isEmpty ? nil : typed
                state.notice = Notice(typed.isEmpty ? "note taken off" : "note kept (note:WORD finds it)")
            }
            changed = notes.set(note, quote: id, dossier: editor.dossier)
        case let .engagement(id):
            changed = notes.set(engagementNote: typed, engagement: id, dossier: editor.dossier)
            state.notice = Notice(typed.isEmpty ? "note taken off" : "note kept")
        }
        context = context.replacingNotes(notes)
        // The meeting page grew or shrank by the note: measured again.
        state.meeting.measured = Memo()
        var effects: [Effect] = [.saveNotes(changed)]
        // A search that reads flags or notes is asked again, the selection kept.
        let query = state.quotes.appliedQuery.lowercased()
        if state.quotes.results != nil, query.contains("flag:") || query.contains("note:") {
            if case let .quote(id) = editor.target { state.quotes.pendingSelection = id }
            effects += SearchReducer.searchForQuery(&state)
        }
        return effects
    }
}
