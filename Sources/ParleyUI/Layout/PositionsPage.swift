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
        let partyIDs = parties.map { dossier.parties[$0].id }
        for (rowIndex, row) in comparison.rows.enumerated() {
            // On a desk, where each party stood on the issue in the weeks before this one.
            let history = context.hasWeeks ? context.history(ofIssue: row.issue.id) : nil
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
            let cells = row.stances.enumerated().map { slot, stance -> [StyledLine] in
                let past =
                    history.flatMap { history in
                        history.parties.first { $0.party.id == partyIDs[slot] }
                    }.map { weekLines($0, through: context.week, glyphs: glyphs, width: column) } ?? []
                guard let stance else { return [StyledLine("\(glyphs.dash) no recorded position", .muted)] + past }
                return cell(
                    stance, dossier: dossier, glyphs: glyphs, width: column,
                    chosenQuote: rowIndex == state.positions.issue ? chosenQuote : nil, past: past)
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

    /// The most steps of earlier weeks a cell lists; those before are counted.
    static let movesShown = 4

    /// A party's position on the issue before the week shown: where it started and each
    /// week it moved since (the cell has the week's own steps). One line when it held the
    /// position the week opens with all along; nothing when the party has no earlier step.
    static func weekLines(_ history: StanceHistory.PartyHistory, through shown: Int, glyphs: Glyphs, width: Int)
        -> [StyledLine]
    {
        let earlier = history.steps.filter { $0.weekIndex < shown }
        guard let first = earlier.first else { return [] }
        let marks = [first] + earlier.dropFirst().filter(\.moved)
        let mark = { (step: StanceHistory.Step) in step.position.answer.map { glyphs.answer($0) } ?? glyphs.dash }
        let opening = history.steps.first { $0.weekIndex == shown }?.position
        if marks.count == 1, let opening, opening.answer == first.position.answer,
            opening.stance == first.position.stance
        {
            return [.blank]
                + HighlightedText.lines(
                    "Before this week: \(mark(first)) since week \(first.weekIndex + 1) (\(first.date.day) \(first.date.monthAbbreviation))",
                    width: width, role: .muted)
        }
        var lines: [StyledLine] = [.blank, StyledLine("Before this week", .heading)]
        if marks.count > movesShown {
            lines.append(StyledLine("\(glyphs.ellipsis) \(marks.count - movesShown) earlier moves", .muted))
        }
        for step in marks.suffix(movesShown) {
            var when = "week \(step.weekIndex + 1)"
            if let engagement = step.engagement { when += ", " + engagement.title }
            when += " (\(step.date.day) \(step.date.monthAbbreviation))"
            lines += HighlightedText.lines("\(mark(step)) \(when): \(step.position.stance)", width: width, role: .muted)
        }
        return lines
    }

    private static func splitHeading(_ text: String, title: String) -> StyledLine {
        guard text.hasPrefix(title) else { return StyledLine(text, .title) }
        return StyledLine([Segment(title, .title), Segment(String(text.dropFirst(title.count)), .muted)])
    }

    private static func selected(_ line: StyledLine) -> StyledLine {
        StyledLine(line.segments.map { Segment($0.text, .selection) })
    }

    /// One party's cell: each step of the stance (labelled when it moved), then its quotes.
    /// `past` (the moves across the weeks) goes between the stance and the quotes.
    static func cell(
        _ stance: PositionComparison.PartyStance, dossier: Dossier, glyphs: Glyphs, width: Int, chosenQuote: String?,
        past: [StyledLine] = []
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
        lines += past
        for id in stance.supportingQuotes {
            // The quote y, o and Enter act on stands out; Tab moves it.
            lines += HighlightedText.lines(
                QuoteGist.line(id, in: dossier), width: width, role: id == chosenQuote ? .selectionInactive : .muted)
        }
        return lines
    }

}
