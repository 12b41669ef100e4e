import ParleyModel

/// Turns a mouse report into an action naming what it landed on, so the reducer deals in
/// cards, rows and tabs rather than cells.
public enum PointerHitTest {
    /// The action for a mouse report in the current state: a click or a wheel turn on a target.
    public static func action(for event: MouseEvent, in state: AppState, context: DashboardContext) -> Action {
        let target = self.target(x: event.x, y: event.y, in: state, context: context)
        switch event.kind {
        case .press: return .click(target)
        case .wheelUp: return .wheel(-3, over: target)
        case .wheelDown: return .wheel(3, over: target)
        }
    }

    /// What is at a cell on the current screen.
    public static func target(x: Int, y: Int, in state: AppState, context: DashboardContext) -> PointerTarget {
        let layout = DashboardLayout(size: state.size)
        guard !layout.isTooSmall else { return .nothing }
        if let tab = layout.tabs(weeks: context.hasWeeks).first(where: { $0.rect.contains(x: x, y: y) })?.tab {
            return .tab(tab)
        }
        switch state.screen {
        case .home:
            let home = layout.home(engagements: context.dossier.engagements.count)
            if home.engagementRow.contains(x: x, y: y) {
                let slot = (0..<home.slots).first { home.pane($0).contains(x: x, y: y) } ?? 0
                let index = state.home.firstEngagement + slot
                return index < context.dossier.engagements.count ? .engagement(index) : .engagementRow
            }
            if home.quotes.contains(x: x, y: y) {
                let row = y - home.quotes.y - 1
                let index = state.home.quoteOffset + row
                return .homeQuotes(
                    row >= 0 && row < home.quotes.height - 2 && index < context.quotesByDate.count ? index : nil)
            }
            if home.positions.contains(x: x, y: y) {
                let row = y - home.positions.y - 2
                let index = state.home.issueOffset + row
                return .homeIssues(
                    row >= 0 && row < HomeGeometry(layout: layout, context: context).visibleIssues
                        && index < context.matrix.rows.count ? index : nil)
            }
        case .quotes:
            let parts = QuotesGeometry(state: state, layout: layout).panes
            if parts.list.contains(x: x, y: y) {
                let row = y - parts.list.y - 1
                let index = state.quotes.offset + row / DashboardLayout.Quotes.rowsPerEntry
                return .quotesList(
                    row >= 0 && row < parts.list.height - 2 && index < (state.quotes.results?.count ?? 0) ? index : nil)
            }
            if parts.detail.contains(x: x, y: y) { return .quotesDetail }
            if let line = parts.searchLine, line.contains(x: x, y: y) { return .searchLine }
        case .positions:
            // A click on a party's name in the header changes that column's party.
            if y == layout.body.y + 1, context.shownParties(state).count == 2 {
                return .partyHeader(left: x < layout.size.width / 2)
            }
        case .timeline:
            let geometry = TimelineGeometry(layout: layout, context: context)
            if geometry.box.contains(x: x, y: y) {
                return .timelineRow(geometry.entry(atY: y, offset: state.timeline.offset))
            }
        case .meeting:
            break
        }
        return .nothing
    }
}
