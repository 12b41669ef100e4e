import ParleyModel

/// Moving between the weeks of a desk: `<` and `>`, and the timeline's selection.
///
/// The week on screen is part of the context, so these are the only reducers besides a
/// reload that change it.
enum WeekReducer {
    /// `<` or `>`: the previous or next week on Home, Positions and the timeline; on Quotes,
    /// the search's `week:` names that week.
    static func step(_ state: inout AppState, by step: Int, context: inout DashboardContext) -> [Effect] {
        guard context.hasWeeks else {
            state.notice = Notice("one week only: < and > step through the weeks of a desk (parley --desk DIR)")
            return []
        }
        let target = context.week + step
        guard context.desk.weeks.indices.contains(target) else {
            state.notice = Notice(step < 0 ? "this is the first week" : "this is the latest week")
            return []
        }
        show(&state, week: target, context: &context)
        switch state.screen {
        case .timeline:
            // The first engagement of the week it stepped to.
            if let first = context.timeline.firstIndex(where: { $0.weekIndex == target }) {
                select(&state, first, context: context)
            }
        case .meeting:
            // A meeting belongs to its week: stepping away from it goes to the new week's home.
            state.history = []
            state.screen = .home
        case .quotes:
            state.quotes.query = Self.query(state.quotes.query, naming: context.desk.weeks[target].id)
            state.quotes.isEditing = false
            return SearchReducer.searchForQuery(&state)
        case .home, .positions:
            break
        }
        return []
    }

    /// After any action on the timeline: the week shown is the week of the engagement selected.
    static func followTimeline(_ state: inout AppState, context: inout DashboardContext) {
        guard state.screen == .timeline, let entry = context.timeline.element(at: state.timeline.selection),
            entry.weekIndex != context.week
        else { return }
        show(&state, week: entry.weekIndex, context: &context)
        // Home opens on the engagement chosen on the timeline.
        if let index = context.dossier.engagements.firstIndex(where: { $0.id == entry.engagement.id }) {
            state.home.focus = .engagements
            state.home.engagement = index
            NavigationReducer.clampAll(&state, context: context)
        }
    }

    /// Puts the week at `index` on screen, keeping what is selected by id where the week has it.
    static func show(_ state: inout AppState, week index: Int, context: inout DashboardContext) {
        let selection = DossierSelection(state: state, context: context)
        context = context.showing(week: index)
        ReloadReducer.restore(&state, selection, context: context)
        NavigationReducer.clampAll(&state, context: context)
    }

    /// Selects the timeline's entry at `index` and scrolls to show it.
    static func select(_ state: inout AppState, _ index: Int, context: DashboardContext) {
        let geometry = TimelineGeometry(layout: DashboardLayout(size: state.size), context: context)
        state.timeline.selection = Scrolling.clamp(index, count: context.timeline.count)
        state.timeline.offset = geometry.offset(revealing: state.timeline.selection, from: state.timeline.offset)
    }

    /// The query with its `week:` term, if any, naming `week` instead (added when there is none).
    static func query(_ text: String, naming week: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).filter {
            !$0.lowercased().hasPrefix("week:")
        }
        // First, so that it is not the word being typed (which matches as a prefix).
        return (["week:" + week] + words.map(String.init)).joined(separator: " ")
    }
}
