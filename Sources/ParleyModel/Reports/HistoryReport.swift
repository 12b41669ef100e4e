/// How parties' answers to one issue moved week by week, as plain text.
public enum HistoryReport {
    /// A table with a row per week and a column per party, each cell the answer the week
    /// ended on and `*` where it moved, then every move in words.
    public static func render(_ history: StanceHistory, width: Int = 80) -> String {
        let width = max(width, 40)
        var heading = history.issue.title
        if let question = history.issue.question { heading += " \u{2014} " + question }
        var lines = TextWrap.lines(VisibleText.escaped(heading), width: width, splittingWords: false)
        lines += TextWrap.lines(legend, width: width, splittingWords: false)
        lines.append("")
        guard !history.parties.isEmpty else {
            lines.append("No party takes a position on this issue in any week.")
            return TextWrap.joinedLines(lines)
        }
        let labels = history.parties.map { VisibleText.escaped($0.party.label) }
        let cellWidth = max(labels.map(DisplayWidth.of).max() ?? 0, 3) + 2
        let weekWidth = 12
        if weekWidth + cellWidth * labels.count <= width {
            lines.append(
                TextWrap.padded("Week", width: weekWidth)
                    + labels.map { TextWrap.padded($0, width: cellWidth) }.joined())
            for (index, week) in history.weeks.enumerated() {
                let cells = history.parties.map { TextWrap.padded(cell($0, week: index), width: cellWidth) }
                lines.append(TextWrap.padded(week.start.description, width: weekWidth) + cells.joined())
            }
        } else {
            // Too many parties for one row: a line per party and week instead.
            for (index, week) in history.weeks.enumerated() {
                let cells = zip(labels, history.parties).map { "\($0) \(cell($1, week: index))" }
                lines += TextWrap.lines(
                    "\(week.start)  " + cells.joined(separator: " · "), width: width, splittingWords: false)
            }
        }
        let moves = moves(history)
        lines.append("")
        if moves.isEmpty {
            lines.append("No party's answer or stance moved.")
        } else {
            lines.append("Moves:")
            for (party, step) in moves {
                let when =
                    step.engagement.map { "at \($0.title) (\($0.date.day) \($0.date.monthAbbreviation))" }
                    ?? "from the week of \(step.date.day) \(step.date.monthAbbreviation)"
                let answer = step.position.answer.map { "\($0.mark) \($0.rawValue)" } ?? "no answer"
                let text =
                    "\(step.date)  \(party.label) \(when) [\(step.week)]: \(answer) \u{2014} \(step.position.stance)"
                let wrapped = TextWrap.lines(VisibleText.escaped(text), width: width - 2, splittingWords: false)
                lines += wrapped.enumerated().map { $0.offset == 0 ? "  " + $0.element : "    " + $0.element }
            }
        }
        return TextWrap.joinedLines(lines)
    }

    /// Every step where a party's answer or stance moved, in date order.
    static func moves(_ history: StanceHistory) -> [(party: Party, step: StanceHistory.Step)] {
        history.parties.flatMap { party in party.steps.filter(\.moved).map { (party.party, $0) } }
            .sorted { ($0.step.date, $0.step.weekIndex) < ($1.step.date, $1.step.weekIndex) }
    }

    /// What the answer marks mean.
    static let legend =
        Position.Answer.allCases.map { "\($0.mark) \($0.rawValue)" }.joined(separator: " · ")
        + " · \u{25CB} no answer given · * moved that week · \u{2014} no position"

    /// The answer a party ended a week on, `*` when it moved that week.
    static func cell(_ party: StanceHistory.PartyHistory, week index: Int) -> String {
        guard let step = party.last(inWeek: index) else { return "\u{2014}" }
        let mark = step.position.answer?.mark ?? "\u{25CB}"
        return party.moved(inWeek: index) ? mark + " *" : mark
    }
}
