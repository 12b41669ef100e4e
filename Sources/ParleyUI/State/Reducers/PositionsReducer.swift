import ParleyModel

/// Which two parties the positions screen compares, which supporting quote is chosen, and
/// whether the agreement table is shown.
enum PositionsReducer {
    /// Changes the left or right party compared, never to the other column's.
    static func cycleParty(_ state: inout AppState, left: Bool, step: Int, context: DashboardContext) {
        guard state.screen == .positions else { return }
        let count = context.dossier.parties.count
        guard count > 1 else { return }
        let other = left ? state.positions.right : state.positions.left
        var value = left ? state.positions.left : state.positions.right
        repeat {
            value = ((value + step) % count + count) % count
        } while value == other
        if left { state.positions.left = value } else { state.positions.right = value }
        NavigationReducer.revealIssue(&state, context: context)
    }

    /// Tab and Shift-Tab: the selected issue's next or previous supporting quote, round the end.
    static func stepSupportingQuote(_ state: inout AppState, by step: Int, context: DashboardContext) {
        guard state.screen == .positions, !state.positions.showsAgreement else { return }
        let count = context.supportingQuotes(of: state).count
        guard count > 0 else {
            state.notice = Notice("Tab: this issue has no supporting quotes", isWarning: true)
            return
        }
        state.positions.quote = ((state.positions.quote + step) % count + count) % count
    }

    /// `a`: the agreement table in place of the stances, or the stances again.
    static func toggleAgreement(_ state: inout AppState) {
        guard state.screen == .positions else { return }
        state.positions.showsAgreement.toggle()
    }
}
