import ParleyModel

/// The positions screen: chosen parties side by side, one block per issue, showing how
/// stances moved; every party at once when the terminal is wide enough.
enum PositionsView {
    static func draw(_ grid: inout CellGrid, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        let rect = layout.body
        let parties = context.shownParties(state)
        let title =
            state.positions.showsAgreement ? "Agreement" : parties.count > 2 ? "Positions: every party" : "Positions"
        let inside = Chrome.box(&grid, rect, title: title, focused: true, glyphs: context.glyphs)
        guard inside.height > 2, inside.width > 10 else { return }
        if state.positions.showsAgreement {
            drawAgreement(&grid, context: context, rect: inside.inset(by: 0))
            return
        }
        let page = PositionsPage(state: state, context: context, layout: layout)
        drawHeader(&grid, parties: page.parties, context: context, rect: page.header, choosing: page.parties.count == 2)
        let scroll = min(state.positions.scroll, page.maximumScroll)
        page.document.draw(into: &grid, rect: page.area, scroll: scroll)
        // The cursor at the selected issue's block, or the top of the page when it is out of view.
        let start =
            page.blockStarts.indices.contains(state.positions.issue) ? page.blockStarts[state.positions.issue] : scroll
        let row = (scroll...(scroll + max(0, page.area.height - 1))).contains(start) ? start - scroll : 0
        grid.placeCursor(x: page.area.x, y: page.area.y + row)
        Chrome.moreMarker(
            &grid, count: max(0, page.document.lines.count - scroll - page.area.height), below: true, rect: rect,
            glyphs: context.glyphs)
    }

    private static func drawHeader(
        _ grid: inout CellGrid, parties: [Int], context: DashboardContext, rect: Rect, choosing: Bool
    ) {
        let glyphs = context.glyphs
        let (x, y, width) = (rect.x, rect.y, rect.width)
        let column = PositionsPage.columnWidth(width, columns: parties.count)
        for (slot, index) in parties.enumerated() {
            let party = context.dossier.parties[index]
            let left = x + slot * (column + 3)
            var label = party.name
            if choosing { label = slot == 0 ? "\(glyphs.left) [ \(party.name)" : "\(party.name) ] \(glyphs.right)" }
            grid.put(label, x: left, y: y, width: column, role: .party(index), ellipsis: glyphs.ellipsis)
        }
        grid.put(String(repeating: glyphs.horizontal, count: width), x: x, y: y + 1, role: .border)
    }

    /// Every pair of parties: on how many issues both answer, and on how many alike.
    private static func drawAgreement(_ grid: inout CellGrid, context: DashboardContext, rect: Rect) {
        let dossier = context.dossier
        let glyphs = context.glyphs
        let table = AgreementTable(dossier: dossier)
        let labelWidth = min(12, (dossier.parties.map { DisplayWidth.of($0.label) }.max() ?? 4) + 2)
        let cellWidth = max(7, labelWidth)
        let x = rect.x + 1
        var y = rect.y
        grid.put(
            "Issues both answer alike / issues both answer (unclear not counted)", x: x, y: y, width: rect.width - 2,
            role: .muted, ellipsis: glyphs.ellipsis)
        y += 2
        for (column, party) in dossier.parties.enumerated() {
            grid.put(
                party.label, x: x + labelWidth + column * cellWidth, y: y, width: cellWidth - 1, role: .party(column),
                ellipsis: glyphs.ellipsis)
        }
        for (row, party) in dossier.parties.enumerated() {
            y += 1
            guard y < rect.maxY else { break }
            grid.put(party.label, x: x, y: y, width: labelWidth - 1, role: .party(row), ellipsis: glyphs.ellipsis)
            for column in dossier.parties.indices {
                let text = table.cell(row, column).map { "\($0.agree)/\($0.shared)" } ?? glyphs.dash
                let role: StyleRole =
                    table.cell(row, column).map { $0.shared > 0 && $0.agree == $0.shared ? .accent : .text } ?? .muted
                grid.put(
                    text, x: x + labelWidth + column * cellWidth, y: y, width: cellWidth - 1, role: role,
                    ellipsis: glyphs.ellipsis)
            }
        }
        if y + 2 < rect.maxY {
            grid.put(
                "a: back to the stances", x: x, y: y + 2, width: rect.width - 2, role: .muted, ellipsis: glyphs.ellipsis
            )
        }
    }
}
