import ParleyModel

/// Clicks and the wheel: the pane, tab or row under the pointer.
enum MouseReducer {
    /// A click or a wheel turn, on whatever is under the pointer.
    static func mouse(_ state: inout AppState, _ event: MouseEvent, context: DashboardContext) -> [Effect] {
        let layout = DashboardLayout(size: state.size)
        guard !layout.isTooSmall else { return [] }
        if state.showsHelp {
            if event.kind == .press { state.showsHelp = false }
            return []
        }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelUp ? -3 : 3
            focusPane(at: event, &state, context: context)
            if state.screen == .home, state.home.focus == .engagements {
                NavigationReducer.moveSideways(&state, by: delta.signum(), context: context)
            } else {
                NavigationReducer.move(&state, by: delta, context: context)
            }
            return []
        case .press:
            break
        }
        if let tab = layout.tabs.first(where: { $0.rect.contains(x: event.x, y: event.y) })?.tab {
            return NavigationReducer.show(tab, &state)
        }
        switch state.screen {
        case .home:
            let home = layout.home(engagements: context.dossier.engagements.count)
            if home.engagementRow.contains(x: event.x, y: event.y) {
                let slot = (0..<home.slots).first { home.pane($0).contains(x: event.x, y: event.y) } ?? 0
                let index = state.home.firstEngagement + slot
                guard index < context.dossier.engagements.count else { return [] }
                let again = state.home.focus == .engagements && state.home.engagement == index
                state.home.focus = .engagements
                state.home.engagement = index
                // A click on the card already selected opens it, as Enter would.
                if again { return NavigationReducer.open(&state, context: context) }
            } else if home.quotes.contains(x: event.x, y: event.y) {
                state.home.focus = .quotes
                let row = event.y - home.quotes.y - 1
                let index = state.home.quoteOffset + row
                if row >= 0, row < home.quotes.height - 2, index < context.quotesByDate.count { state.home.quote = index }
            } else if home.positions.contains(x: event.x, y: event.y) {
                state.home.focus = .positions
                let row = event.y - home.positions.y - 2
                let index = state.home.issueOffset + row
                if row >= 0, row < HomeView.visibleIssues(layout, context: context), index < context.matrix.rows.count { state.home.issue = index }
            }
        case .quotes:
            let parts = layout.quotes(showsSearchLine: QuotesView.showsSearchLine(state))
            if parts.list.contains(x: event.x, y: event.y) {
                state.quotes.focus = .list
                state.quotes.isEditing = false
                let row = event.y - parts.list.y - 1
                let index = state.quotes.offset + row / DashboardLayout.Quotes.rowsPerEntry
                if row >= 0, row < parts.list.height - 2, index < (state.quotes.results?.count ?? 0) { NavigationReducer.selectResult(&state, index) }
            } else if parts.detail.contains(x: event.x, y: event.y) {
                state.quotes.focus = .detail
            } else if let line = parts.searchLine, line.contains(x: event.x, y: event.y) {
                state.quotes.isEditing = true
            }
        case .positions:
            // A click on a party's name in the header changes that column's party.
            let header = layout.body.y + 1
            if event.y == header, PositionsView.shownParties(state, context: context, layout: layout).count == 2 {
                PositionsReducer.cycleParty(&state, left: event.x < layout.size.width / 2, step: 1, context: context)
            }
        case .meeting:
            break
        }
        return []
    }

    /// Focuses the pane under the pointer.
    static func focusPane(at event: MouseEvent, _ state: inout AppState, context: DashboardContext) {
        let layout = DashboardLayout(size: state.size)
        switch state.screen {
        case .home:
            let home = layout.home(engagements: context.dossier.engagements.count)
            if home.engagementRow.contains(x: event.x, y: event.y) { state.home.focus = .engagements }
            if home.quotes.contains(x: event.x, y: event.y) { state.home.focus = .quotes }
            if home.positions.contains(x: event.x, y: event.y) { state.home.focus = .positions }
        case .quotes:
            let parts = layout.quotes(showsSearchLine: QuotesView.showsSearchLine(state))
            if parts.list.contains(x: event.x, y: event.y) { state.quotes.focus = .list }
            if parts.detail.contains(x: event.x, y: event.y) { state.quotes.focus = .detail }
        case .meeting, .positions:
            break
        }
    }
}
