/// Parties' stances side by side as plain text columns, one block per issue.
public enum PositionsReport {
    /// Columns share `width`; each party's stance, its answer, how it moved, and its supporting
    /// quotes. When the columns would be too narrow to hold a word whole, the parties follow one
    /// another under each issue instead, so no word or id is ever split.
    public static func render(_ comparison: PositionComparison, in dossier: Dossier, width: Int = 80) -> String {
        let width = max(width, 20)
        let count = max(comparison.parties.count, 1)
        let separator = " │ "
        let columnWidth = max(8, (width - separator.count * (count - 1)) / count)
        let sideBySide = count == 1 || columnWidth >= minimumColumn(comparison, in: dossier)
        var lines: [String] = []
        if sideBySide {
            lines += row(comparison.parties.map { TextWrap.lines(columnHeading(for: $0), width: columnWidth) }, width: columnWidth, separator: separator)
            lines.append(String(repeating: "─", count: min(width, columnWidth * count + separator.count * (count - 1))))
        }
        for issueRow in comparison.rows {
            lines.append("")
            var heading = issueRow.issue.title
            if let question = issueRow.issue.question { heading += " \u{2014} " + question }
            lines += TextWrap.lines(VisibleText.escaped(heading), width: width, splittingWords: false)
            if sideBySide {
                let cells = issueRow.stances.map { stance -> [String] in
                    guard let stance else { return TextWrap.lines(noPosition, width: columnWidth) }
                    return cell(for: stance, in: dossier, width: columnWidth)
                }
                lines += row(cells, width: columnWidth, separator: separator)
            } else {
                for (party, stance) in zip(comparison.parties, issueRow.stances) {
                    lines.append("  " + columnHeading(for: party) + ":")
                    let stanceLines = stance.map { cell(for: $0, in: dossier, width: width - 4) } ?? [noPosition]
                    lines += stanceLines.map { $0.isEmpty ? "" : "    " + $0 }
                }
            }
        }
        return TextWrap.joinedLines(lines)
    }

    /// The narrowest column that shows every cell without splitting a word: the widest word
    /// of any stance or quote line, and never under 16 columns.
    static func minimumColumn(_ comparison: PositionComparison, in dossier: Dossier) -> Int {
        var widest = 16
        for line in comparison.parties.map(columnHeading) + [noPosition] {
            for word in line.split(separator: " ") { widest = max(widest, DisplayWidth.of(word)) }
        }
        for row in comparison.rows {
            for case let stance? in row.stances {
                for line in cell(for: stance, in: dossier, width: Int.max / 2) {
                    for word in line.split(separator: " ") { widest = max(widest, DisplayWidth.of(word)) }
                }
            }
        }
        return widest
    }

    private static let noPosition = "\u{2014} no recorded position"

    /// A party as a column or block is headed: "United States [us]".
    private static func columnHeading(for party: Party) -> String {
        VisibleText.escaped("\(party.name) [\(party.id)]")
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
            lines += TextWrap.lines(VisibleText.escaped(position.stance), width: width, splittingWords: false)
            if let answer = position.answer {
                lines.append("answer: \(answer.rawValue)")
            }
        }
        for id in stance.supportingQuotes {
            lines += TextWrap.lines(VisibleText.escaped(QuoteGist.line(id, in: dossier)), width: width, splittingWords: false)
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
}
