import ParleyModel

/// The home screen: one card per engagement in date order, the key quotes and the positions matrix.
enum HomeView {
    static func draw(_ grid: inout CellGrid, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        let geometry = HomeGeometry(layout: layout, context: context)
        drawEngagements(&grid, state: state, context: context, home: geometry.panes)
        drawQuotes(&grid, state: state, context: context, rect: geometry.panes.quotes)
        drawMatrix(&grid, state: state, context: context, rect: geometry.panes.positions, legend: geometry.legend)
    }

    private static func drawEngagements(
        _ grid: inout CellGrid, state: AppState, context: DashboardContext, home: DashboardLayout.Home
    ) {
        let engagements = context.dossier.engagements
        let glyphs = context.glyphs
        let focused = state.home.focus == .engagements
        for slot in 0..<home.slots {
            let index = state.home.firstEngagement + slot
            let rect = home.pane(slot)
            guard index < engagements.count else {
                Chrome.box(&grid, rect, focused: false, glyphs: glyphs)
                continue
            }
            let engagement = engagements[index]
            let selected = index == state.home.engagement
            let hidden = (
                left: state.home.firstEngagement, right: engagements.count - state.home.firstEngagement - home.slots
            )
            let leftNote = slot == 0 && hidden.left > 0 ? "\(glyphs.left) \(hidden.left) more" : ""
            let rightNote = slot == home.slots - 1 && hidden.right > 0 ? "\(hidden.right) more \(glyphs.right)" : ""
            let inside = Chrome.box(
                &grid, rect, title: EngagementCard.title(engagement, glyphs: glyphs, width: rect.width - 6),
                focused: focused && selected, glyphs: glyphs, leftNote: leftNote)
            if !rightNote.isEmpty {
                let width = DisplayWidth.of(rightNote) + 2
                grid.put(" \(rightNote) ", x: rect.maxX - 1 - width, y: rect.maxY - 1, role: .accent)
            }
            let lines = EngagementCard.lines(
                engagement, context: context, width: max(0, inside.width - 1), height: inside.height)
            for (row, line) in lines.enumerated() {
                line.draw(into: &grid, x: inside.x + 1, y: inside.y + row, width: max(0, inside.width - 1))
            }
            if selected, focused { grid.placeCursor(x: inside.x + 1, y: inside.y) }
            if selected, !focused {
                // The selected card keeps a marker when the focus is elsewhere.
                grid.restyle(x: rect.x, y: rect.y, count: 1, role: .selectionInactive)
            }
        }
    }

    private static func drawQuotes(_ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect) {
        let quotes = context.quotesByDate
        let focused = state.home.focus == .quotes
        let inside = Chrome.box(
            &grid, rect, title: "Key quotes (\(quotes.count))", focused: focused, glyphs: context.glyphs)
        guard !inside.isEmpty else { return }
        let dossier = context.dossier
        for row in 0..<inside.height {
            let index = state.home.quoteOffset + row
            guard index < quotes.count else { break }
            let quote = quotes[index]
            let y = inside.y + row
            let speaker = dossier.speaker(quote.speaker)
            let partyIndex = speaker.party.flatMap { party in dossier.parties.firstIndex { $0.id == party.id } }
            var x = inside.x + 1
            let width = inside.width - 1
            x += grid.put("\(quote.date.day) \(quote.date.monthAbbreviation) ", x: x, y: y, role: .muted, clip: inside)
            if let party = speaker.party, let partyIndex {
                x += grid.put(party.label + " ", x: x, y: y, role: .party(partyIndex), clip: inside)
            }
            let surname = speaker.name.split(separator: " ").last.map(String.init) ?? speaker.name
            x += grid.put(surname + " ", x: x, y: y, role: .heading, clip: inside)
            let text = context.glyphs.openQuote + quote.text + context.glyphs.closeQuote
            grid.put(
                text, x: x, y: y, width: max(0, inside.x + width - x), role: .quote, ellipsis: context.glyphs.ellipsis)
            if index == state.home.quote {
                if focused { grid.placeCursor(x: inside.x + 1, y: y) }
                grid.restyle(
                    Rect(x: inside.x, y: y, width: inside.width, height: 1),
                    role: focused ? .selection : .selectionInactive)
            }
        }
        Chrome.moreMarker(
            &grid, count: max(0, quotes.count - state.home.quoteOffset - inside.height), below: true, rect: rect,
            glyphs: context.glyphs)
    }

    private static func drawMatrix(
        _ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect, legend: [String]
    ) {
        let focused = state.home.focus == .positions
        let matrix = context.matrix
        let glyphs = context.glyphs
        let inside = Chrome.box(&grid, rect, title: "Positions", focused: focused, glyphs: glyphs)
        guard inside.height >= 2, inside.width > 8 else { return }
        let columnWidth = min(9, max(5, (matrix.parties.map { DisplayWidth.of($0.label) }.max() ?? 4) + 1))
        let partyColumns = min(matrix.parties.count, max(0, (inside.width - 12) / columnWidth))
        let issueWidth = inside.width - 1 - partyColumns * columnWidth
        // Header: the party labels in their colours.
        for column in 0..<partyColumns {
            let x = inside.x + 1 + issueWidth + column * columnWidth
            grid.put(
                matrix.parties[column].label, x: x, y: inside.y, width: columnWidth - 1, role: .party(column),
                ellipsis: glyphs.ellipsis)
        }
        let rows = inside.height - 1 - legend.count
        for row in 0..<max(0, rows) {
            let index = state.home.issueOffset + row
            guard index < matrix.rows.count else { break }
            let y = inside.y + 1 + row
            let issueRow = matrix.rows[index]
            grid.put(
                issueRow.issue.title, x: inside.x + 1, y: y, width: issueWidth - 1, role: .text,
                ellipsis: glyphs.ellipsis)
            for column in 0..<partyColumns {
                let stance = issueRow.stances[column]
                let x = inside.x + 1 + issueWidth + column * columnWidth
                grid.put(
                    mark(for: stance, glyphs: glyphs), x: x + 1, y: y, role: stance == nil ? .muted : .party(column))
            }
            if index == state.home.issue {
                if focused { grid.placeCursor(x: inside.x + 1, y: y) }
                grid.restyle(
                    Rect(x: inside.x, y: y, width: inside.width, height: 1),
                    role: focused ? .selection : .selectionInactive)
            }
        }
        for (offset, line) in legend.enumerated() {
            grid.put(
                line, x: inside.x + 1, y: inside.maxY - legend.count + offset, width: inside.width - 1, role: .muted,
                ellipsis: glyphs.ellipsis)
        }
        Chrome.moreMarker(
            &grid, count: max(0, matrix.rows.count - state.home.issueOffset - rows), below: true, rect: rect,
            glyphs: glyphs)
    }

    /// A party's cell in the matrix: the answer it gives (or a plain mark for a stance without
    /// one), followed by the moved mark when the stance changed during the week.
    static func mark(for stance: PositionComparison.PartyStance?, glyphs: Glyphs) -> String {
        guard let stance else { return glyphs.none }
        let answer = stance.current.answer.map(glyphs.answer) ?? glyphs.held
        return answer + (stance.moved ? glyphs.moved : "")
    }
}
