/// Parties' stances side by side as plain text columns, one block per issue.
public enum PositionsReport {
    /// Columns share `width`; each party's stance, how it moved, and its supporting quotes.
    public static func render(_ comparison: PositionComparison, in dossier: Dossier, width: Int = 80) -> String {
        let width = max(width, 20)
        let count = max(comparison.parties.count, 1)
        let separator = " │ "
        let columnWidth = max(8, (width - separator.count * (count - 1)) / count)
        var lines: [String] = []
        lines.append(row(comparison.parties.map { [VisibleText.escaped("\($0.name) [\($0.id)]")] }, width: columnWidth, separator: separator)[0])
        lines.append(String(repeating: "─", count: min(width, columnWidth * count + separator.count * (count - 1))))
        for issueRow in comparison.rows {
            lines.append("")
            var heading = issueRow.issue.title
            if let question = issueRow.issue.question { heading += " \u{2014} " + question }
            lines += TextWrap.lines(VisibleText.escaped(heading), width: width)
            let cells = issueRow.stances.map { stance -> [String] in
                guard let stance else { return ["\u{2014} no recorded position"] }
                return cell(for: stance, in: dossier, width: columnWidth)
            }
            lines += row(cells, width: columnWidth, separator: separator)
        }
        return lines.map { trimmedTrailingSpaces($0) }.joined(separator: "\n") + "\n"
    }

    /// The lines of one party's cell: every recorded stance, oldest first, then the quotes.
    static func cell(for stance: PositionComparison.PartyStance, in dossier: Dossier, width: Int) -> [String] {
        var lines: [String] = []
        for (offset, position) in stance.history.enumerated() {
            if stance.moved {
                if offset > 0 { lines.append("") }
                let label = PositionComparison.PartyStance.label(for: position, in: dossier)
                lines += TextWrap.lines(VisibleText.escaped(label), width: width)
            }
            lines += TextWrap.lines(VisibleText.escaped(position.stance), width: width)
        }
        let quotes = stance.supportingQuotes
        if !quotes.isEmpty {
            lines += TextWrap.lines(VisibleText.escaped("quotes: " + quotes.joined(separator: ", ")), width: width)
        }
        return lines
    }

    /// Cells laid side by side, each padded to the column width, as many lines as the tallest.
    static func row(_ cells: [[String]], width: Int, separator: String) -> [String] {
        let height = cells.map(\.count).max() ?? 0
        return (0..<height).map { line in
            cells.map { TextWrap.padded(line < $0.count ? $0[line] : "", width: width) }.joined(separator: separator)
        }
    }

    private static func trimmedTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
