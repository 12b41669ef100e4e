import ParleyModel

/// Clicks and wheel turns on what the pointer landed on (found by `PointerHitTest`).
enum MouseReducer {
    /// A click: selects and focuses what it lands on; on the card already selected, opens it.
    static func click(_ state: inout AppState, _ target: PointerTarget, context: DashboardContext) -> [Effect] {
        guard !DashboardLayout(size: state.size).isTooSmall else { return [] }
        if state.showsHelp {
            state.showsHelp = false
            return []
        }
        switch target {
        case let .tab(tab):
            return NavigationReducer.show(tab, &state, context: context)
        case let .timelineRow(index):
            guard let index else { break }
            // A click on the engagement already selected opens it, as Enter would.
            if index == state.timeline.selection { return NavigationReducer.open(&state, context: context) }
            WeekReducer.select(&state, index, context: context)
        case let .engagement(index):
            let again = state.home.focus == .engagements && state.home.engagement == index
            state.home.focus = .engagements
            state.home.engagement = index
            // A click on the card already selected opens it, as Enter would.
            if again { return NavigationReducer.open(&state, context: context) }
        case let .homeQuotes(index):
            state.home.focus = .quotes
            if let index { state.home.quote = index }
        case let .homeIssues(index):
            state.home.focus = .positions
            if let index { state.home.issue = index }
        case let .quotesList(index):
            state.quotes.focus = .list
            state.quotes.isEditing = false
            if let index { NavigationReducer.selectResult(&state, index) }
        case .quotesDetail:
            state.quotes.focus = .detail
        case .searchLine:
            state.quotes.isEditing = true
        case let .partyHeader(left):
            PositionsReducer.cycleParty(&state, left: left, step: 1, context: context)
        case .engagementRow, .nothing:
            break
        }
        return []
    }

    /// A wheel turn: focuses the pane under the pointer, then scrolls what has the focus.
    static func wheel(_ state: inout AppState, by delta: Int, over target: PointerTarget, context: DashboardContext)
        -> [Effect]
    {
        guard !DashboardLayout(size: state.size).isTooSmall, !state.showsHelp else { return [] }
        switch target {
        case .engagement, .engagementRow: state.home.focus = .engagements
        case .homeQuotes: state.home.focus = .quotes
        case .homeIssues: state.home.focus = .positions
        case .quotesList: state.quotes.focus = .list
        case .quotesDetail: state.quotes.focus = .detail
        case .searchLine, .tab, .partyHeader, .timelineRow, .nothing: break
        }
        if state.screen == .home, state.home.focus == .engagements {
            NavigationReducer.moveSideways(&state, by: delta.signum(), context: context)
        } else {
            NavigationReducer.move(&state, by: delta, context: context)
        }
        return []
    }
}
