import ParleyModel

/// The positions screen: chosen parties side by side, one block per issue, showing how
/// stances moved; every party at once when the terminal is wide enough.
enum PositionsView {
    static func draw(_ grid: inout CellGrid, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        let rect = layout.body
        let parties = context.shownParties(state)
        let title = state.positions.showsAgreement ? "Agreement" : parties.count > 2 ? "Positions: every party" : "Positions"
        let inside = Chrome.box(&grid, rect, title: title, focused: true, glyphs: context.glyphs)
        guard inside.height > 2, inside.width > 10 else { return }
        if state.positions.showsAgreement {
            drawAgreement(&grid, context: context, rect: inside.inset(by: 0))
            return
        }
        let width = inside.width - 2
        drawHeader(&grid, parties: parties, context: context, x: inside.x + 1, y: inside.y, width: width, choosing: parties.count == 2)
        let page = document(state: state, context: context, width: width, parties: parties)
        let area = Rect(x: inside.x + 1, y: inside.y + 2, width: width, height: inside.height - 2)
        let scroll = min(state.positions.scroll, page.document.maximumScroll(height: area.height))
        page.document.draw(into: &grid, rect: area, scroll: scroll)
        Chrome.moreMarker(&grid, count: max(0, page.document.lines.count - scroll - area.height), below: true, rect: rect, glyphs: context.glyphs)
    }

    private static func columnWidth(_ width: Int, columns: Int) -> Int {
        max(4, (width - 3 * (columns - 1)) / max(columns, 1))
    }

    private static func drawHeader(_ grid: inout CellGrid, parties: [Int], context: DashboardContext, x: Int, y: Int, width: Int, choosing: Bool) {
        let glyphs = context.glyphs
        let column = columnWidth(width, columns: parties.count)
        for (slot, index) in parties.enumerated() {
            let party = context.dossier.parties[index]
            let left = x + slot * (column + 3)
            var label = party.name
            if choosing { label = slot == 0 ? "\(glyphs.left) [ \(party.name)" : "\(party.name) ] \(glyphs.right)" }
            grid.put(label, x: left, y: y, width: column, role: .party(index), ellipsis: glyphs.ellipsis)
        }
        grid.put(String(repeating: glyphs.horizontal, count: width), x: x, y: y + 1, role: .border)
    }

    /// The comparison as lines, and the line where each issue's block starts.
    static func document(state: AppState, context: DashboardContext, width: Int, parties: [Int]) -> (document: Document, blockStarts: [Int]) {
        let dossier = context.dossier
        let glyphs = context.glyphs
        let comparison = PositionComparison(dossier: dossier, parties: parties.map { dossier.parties[$0].id })
        let column = columnWidth(width, columns: parties.count)
        var page = Document(width: width)
        var starts: [Int] = []
        let chosenQuote = context.supportingQuote(of: state)
        for (rowIndex, row) in comparison.rows.enumerated() {
            if rowIndex > 0 { page.append(.blank) }
            starts.append(page.lines.count)
            var heading = [Segment(row.issue.title, .title)]
            if let question = row.issue.question { heading.append(Segment(" \(glyphs.dash) " + question, .muted)) }
            let headingLines = HighlightedText.lines(heading.map(\.text).joined(), width: width, role: .title)
            for (offset, _) in headingLines.enumerated() {
                // Wrapped as one text, then coloured: title in its role, the question muted.
                let text = headingLines[offset].segments.map(\.text).joined()
                let line = offset == 0 ? splitHeading(text, title: row.issue.title) : StyledLine(text, .muted)
                page.append(rowIndex == state.positions.issue ? selected(line) : line)
            }
            let cells = row.stances.map { stance -> [StyledLine] in
                guard let stance else { return [StyledLine("\(glyphs.dash) no recorded position", .muted)] }
                return cell(stance, dossier: dossier, glyphs: glyphs, width: column, chosenQuote: rowIndex == state.positions.issue ? chosenQuote : nil)
            }
            let height = cells.map(\.count).max() ?? 0
            for line in 0..<height {
                var segments: [Segment] = []
                for (slot, lines) in cells.enumerated() {
                    let content = line < lines.count ? lines[line] : .blank
                    let used = content.segments.reduce(0) { $0 + DisplayWidth.of($1.text) }
                    segments += content.segments
                    if slot < cells.count - 1 {
                        segments.append(Segment(String(repeating: " ", count: max(0, column - used)) + " ", .text))
                        segments.append(Segment(glyphs.vertical, .border))
                        segments.append(Segment(" ", .text))
                    }
                }
                page.append(StyledLine(segments))
            }
        }
        return (page, starts)
    }

    private static func splitHeading(_ text: String, title: String) -> StyledLine {
        guard text.hasPrefix(title) else { return StyledLine(text, .title) }
        return StyledLine([Segment(title, .title), Segment(String(text.dropFirst(title.count)), .muted)])
    }

    private static func selected(_ line: StyledLine) -> StyledLine {
        StyledLine(line.segments.map { Segment($0.text, .selection) })
    }

    /// One party's cell: each step of the stance (labelled when it moved), then its quotes.
    static func cell(_ stance: PositionComparison.PartyStance, dossier: Dossier, glyphs: Glyphs, width: Int, chosenQuote: String?) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (offset, position) in stance.history.enumerated() {
            if stance.moved {
                if offset > 0 { lines.append(.blank) }
                lines += HighlightedText.lines(PositionComparison.PartyStance.label(for: position, in: dossier), width: width, role: .heading)
            }
            lines += HighlightedText.lines(position.stance, width: width, role: .text)
            if let answer = position.answer {
                lines.append(StyledLine([Segment(glyphs.answer(answer) + " ", .accent), Segment("answer: \(answer.rawValue)", .heading)]))
            }
        }
        for id in stance.supportingQuotes {
            // The quote y, o and Enter act on stands out; Tab moves it.
            lines += HighlightedText.lines(QuoteGist.line(id, in: dossier), width: width, role: id == chosenQuote ? .selectionInactive : .muted)
        }
        return lines
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
        grid.put("Issues both answer alike / issues both answer (unclear not counted)", x: x, y: y, width: rect.width - 2, role: .muted, ellipsis: glyphs.ellipsis)
        y += 2
        for (column, party) in dossier.parties.enumerated() {
            grid.put(party.label, x: x + labelWidth + column * cellWidth, y: y, width: cellWidth - 1, role: .party(column), ellipsis: glyphs.ellipsis)
        }
        for (row, party) in dossier.parties.enumerated() {
            y += 1
            guard y < rect.maxY else { break }
            grid.put(party.label, x: x, y: y, width: labelWidth - 1, role: .party(row), ellipsis: glyphs.ellipsis)
            for column in dossier.parties.indices {
                let text = table.cell(row, column).map { "\($0.agree)/\($0.shared)" } ?? glyphs.dash
                let role: StyleRole = table.cell(row, column).map { $0.shared > 0 && $0.agree == $0.shared ? .accent : .text } ?? .muted
                grid.put(text, x: x + labelWidth + column * cellWidth, y: y, width: cellWidth - 1, role: role, ellipsis: glyphs.ellipsis)
            }
        }
        if y + 2 < rect.maxY {
            grid.put("a: back to the stances", x: x, y: y + 2, width: rect.width - 2, role: .muted, ellipsis: glyphs.ellipsis)
        }
    }

    /// Scroll bounds and block positions for the reducer.
    static func geometry(state: AppState, context: DashboardContext, layout: DashboardLayout) -> (blockStarts: [Int], maximumScroll: Int, height: Int) {
        let inside = layout.body.inset(by: 1)
        let height = max(1, inside.height - 2)
        let page = document(state: state, context: context, width: max(1, inside.width - 2), parties: context.shownParties(state))
        return (page.blockStarts, page.document.maximumScroll(height: height), height)
    }
}
