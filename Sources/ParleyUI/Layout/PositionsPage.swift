import ParleyModel

/// The positions comparison laid out for a screen: which parties, where the header and the
/// blocks go, the lines, where each issue's block starts and how far it scrolls. The
/// positions view draws it; the reducer scrolls by it.
struct PositionsPage {
    /// The box around the page (the screen's body).
    let frame: Rect
    /// Indices of the parties shown side by side.
    let parties: [Int]
    /// The row of party names and the rule under it.
    let header: Rect
    /// Where the blocks go, below the header.
    let area: Rect
    let document: Document
    /// The line where each issue's block starts.
    let blockStarts: [Int]

    init(state: AppState, context: DashboardContext, layout: DashboardLayout) {
        frame = layout.body
        parties = context.shownParties(state)
        let inside = frame.inset(by: 1)
        let width = max(1, inside.width - 2)
        header = Rect(x: inside.x + 1, y: inside.y, width: width, height: 2)
        area = Rect(x: inside.x + 1, y: inside.y + 2, width: width, height: max(1, inside.height - 2))
        (document, blockStarts) = Self.lines(state: state, context: context, width: width, parties: parties)
    }

    /// The largest useful scroll offset.
    var maximumScroll: Int { document.maximumScroll(height: area.height) }

    static func columnWidth(_ width: Int, columns: Int) -> Int {
        max(4, (width - 3 * (columns - 1)) / max(columns, 1))
    }

    /// The comparison as lines, and the line where each issue's block starts.
    static func lines(state: AppState, context: DashboardContext, width: Int, parties: [Int]) -> (
        document: Document, blockStarts: [Int]
    ) {
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
                return cell(
                    stance, dossier: dossier, glyphs: glyphs, width: column,
                    chosenQuote: rowIndex == state.positions.issue ? chosenQuote : nil)
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
    static func cell(
        _ stance: PositionComparison.PartyStance, dossier: Dossier, glyphs: Glyphs, width: Int, chosenQuote: String?
    ) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (offset, position) in stance.history.enumerated() {
            if stance.moved {
                if offset > 0 { lines.append(.blank) }
                lines += HighlightedText.lines(
                    PositionComparison.PartyStance.label(for: position, in: dossier), width: width, role: .heading)
            }
            lines += HighlightedText.lines(position.stance, width: width, role: .text)
            if let answer = position.answer {
                lines.append(
                    StyledLine([
                        Segment(glyphs.answer(answer) + " ", .accent), Segment("answer: \(answer.rawValue)", .heading),
                    ]))
            }
        }
        for id in stance.supportingQuotes {
            // The quote y, o and Enter act on stands out; Tab moves it.
            lines += HighlightedText.lines(
                QuoteGist.line(id, in: dossier), width: width, role: id == chosenQuote ? .selectionInactive : .muted)
        }
        return lines
    }

}
