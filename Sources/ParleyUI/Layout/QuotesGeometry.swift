/// The quotes screen's panes for a state, and how many entries the list shows at once.
struct QuotesGeometry {
    /// True while the search line takes a row: while typing, with a query, or with an error.
    let showsSearchLine: Bool
    let panes: DashboardLayout.Quotes
    /// Entries of the list, each `DashboardLayout.Quotes.rowsPerEntry` rows.
    let visibleEntries: Int

    init(state: AppState, layout: DashboardLayout) {
        showsSearchLine = state.quotes.isEditing || !state.quotes.query.isEmpty || state.quotes.error != nil
        panes = layout.quotes(showsSearchLine: showsSearchLine)
        visibleEntries = max(1, (panes.list.height - 2) / DashboardLayout.Quotes.rowsPerEntry)
    }

    init(state: AppState) {
        self.init(state: state, layout: DashboardLayout(size: state.size))
    }
}
