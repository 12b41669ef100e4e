import ParleyModel

/// Which two parties the positions screen compares.
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
}
