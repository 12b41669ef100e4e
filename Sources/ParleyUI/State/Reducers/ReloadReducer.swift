import ParleyModel

/// A new version of the dossier put on screen: the selection found again by id.
enum ReloadReducer {
    /// After the dossier was read again: the same things selected where they still exist,
    /// the nearest otherwise, and the quotes searched again with the same query.
    static func reselect(
        _ state: inout AppState, _ selection: DossierSelection, change: String, context: DashboardContext
    ) -> [Effect] {
        state.reloadProblem = nil
        state.notice = Notice(change)
        restore(&state, selection, context: context)
        var effects: [Effect] = []
        if state.quotes.results != nil {
            // The old results point into the old dossier: drop them and search again.
            state.quotes.results = nil
            state.quotes.matchCursor = nil
            state.quotes.pendingSelection = selection.quote
            if let offset = selection.archiveOffset { state.quotes.pendingArchiveOffset = offset }
            effects = SearchReducer.searchForQuery(&state)
        }
        NavigationReducer.clampAll(&state, context: context)
        return effects
    }

    /// Selects again, in the dossier now in `context`, what `selection` named; the nearest
    /// where it is gone. Meeting pages of engagements that are gone are closed.
    static func restore(_ state: inout AppState, _ selection: DossierSelection, context: DashboardContext) {
        let dossier = context.dossier
        func index<T>(_ items: [T], _ id: String?, _ key: (T) -> String, old: Int) -> Int {
            if let id, let found = items.firstIndex(where: { key($0) == id }) { return found }
            return Scrolling.clamp(old, count: items.count)
        }
        // Pages measured on the old version are measured again.
        state.meeting.measured = Memo()
        state.positions.measured = Memo()
        state.home.engagement = index(dossier.engagements, selection.engagement, \.id, old: state.home.engagement)
        state.home.quote = index(context.quotesByDate, selection.homeQuote, \.id, old: state.home.quote)
        state.home.issue = index(context.matrix.rows, selection.homeIssue, \.issue.id, old: state.home.issue)
        state.positions.issue = index(dossier.issues, selection.positionsIssue, \.id, old: state.positions.issue)
        state.positions.left = index(dossier.parties, selection.leftParty, \.id, old: state.positions.left)
        state.positions.right = index(dossier.parties, selection.rightParty, \.id, old: state.positions.right)
        if state.positions.left == state.positions.right, dossier.parties.count > 1 {
            state.positions.right = (state.positions.left + 1) % dossier.parties.count
        }
        // An engagement that is gone takes its meeting page with it.
        state.history.removeAll { screen in
            if case let .meeting(id) = screen { return dossier.engagement(id) == nil }
            return false
        }
        if case let .meeting(id) = state.screen, dossier.engagement(id) == nil {
            state.screen = state.history.popLast() ?? .home
        }
        state.timeline.selection = index(
            context.timeline, selection.timelineEngagement, \.engagement.id, old: state.timeline.selection)
    }
}
