import ParleyModel

/// Everything about one engagement on a scrollable page: facts, delegations, quotes, sources.
enum MeetingView {
    static func draw(
        _ grid: inout CellGrid, id: String, state: AppState, context: DashboardContext, layout: DashboardLayout
    ) {
        guard let engagement = context.dossier.engagement(id),
            let page = MeetingPage(id: id, context: context, layout: layout)
        else { return }
        let rect = page.frame
        let inside = Chrome.box(&grid, rect, title: engagement.title, focused: true, glyphs: context.glyphs)
        guard !inside.isEmpty else { return }
        let scroll = min(state.meeting.scroll, page.maximumScroll)
        page.document.draw(into: &grid, rect: page.text, scroll: scroll)
        grid.placeCursor(x: page.text.x, y: page.text.y)
        Chrome.moreMarker(&grid, count: scroll, below: false, rect: rect, glyphs: context.glyphs)
        Chrome.moreMarker(
            &grid, count: max(0, page.document.lines.count - scroll - inside.height), below: true, rect: rect,
            glyphs: context.glyphs)
    }
}
