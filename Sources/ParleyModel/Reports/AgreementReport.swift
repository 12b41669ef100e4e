/// Which parties answer the dossier's questions alike, as plain text.
public enum AgreementReport {
    /// A party × party table of "agree/shared" when it fits `width`, otherwise one line per pair.
    public static func render(_ dossier: Dossier, width: Int = 80) -> String {
        let pairs = PartyAgreement.pairs(in: dossier)
        var lines = TextWrap.lines("Agreement: issues answered alike / issues both answer (unclear not counted)", width: width) + [""]
        let table = AgreementTable(dossier: dossier, pairs: pairs)
        let labelWidth = dossier.parties.map { DisplayWidth.of(VisibleText.escaped($0.label)) }.max() ?? 0
        let cellWidth = max(labelWidth, 5) + 2
        if labelWidth + 2 + cellWidth * dossier.parties.count <= width {
            let pad = { (text: String) in TextWrap.padded(text, width: cellWidth) }
            lines.append(TextWrap.padded("", width: labelWidth + 2) + dossier.parties.map { pad(VisibleText.escaped($0.label)) }.joined())
            for party in dossier.parties {
                let cells = dossier.parties.map { column in pad(table.text(party.id, column.id)) }
                lines.append(TextWrap.padded(VisibleText.escaped(party.label), width: labelWidth + 2) + cells.joined())
            }
        } else {
            for pair in pairs {
                let names = [pair.first, pair.second].map { VisibleText.escaped(dossier.party($0)?.name ?? $0) }
                lines += TextWrap.lines("\(names[0]) \u{2013} \(names[1]): agree on \(pair.agree) of \(pair.shared)", width: width, splittingWords: false)
            }
        }
        return TextWrap.joinedLines(lines)
    }
}

/// The agreements of every pair, looked up by the parties' places in the dossier or their ids.
public struct AgreementTable: Sendable {
    private var cells: [[PartyAgreement?]]
    private var order: [String: Int]

    public init(dossier: Dossier, pairs: [PartyAgreement]? = nil) {
        let pairs = pairs ?? PartyAgreement.pairs(in: dossier)
        order = Dictionary(uniqueKeysWithValues: dossier.parties.enumerated().map { ($1.id, $0) })
        let count = dossier.parties.count
        var cells = [[PartyAgreement?]](repeating: [PartyAgreement?](repeating: nil, count: count), count: count)
        for pair in pairs {
            guard let row = order[pair.first], let column = order[pair.second] else { continue }
            cells[row][column] = pair
            cells[column][row] = pair
        }
        self.cells = cells
    }

    /// The agreement of the parties at `row` and `column`; nil on the diagonal.
    public func cell(_ row: Int, _ column: Int) -> PartyAgreement? {
        guard cells.indices.contains(row), cells[row].indices.contains(column) else { return nil }
        return cells[row][column]
    }

    /// The agreement of two parties by id; nil for a party with itself or one not in the dossier.
    public func cell(_ first: String, _ second: String) -> PartyAgreement? {
        guard let row = order[first], let column = order[second] else { return nil }
        return cell(row, column)
    }

    /// A cell as the tables print it: "agree/shared", or a dash on the diagonal.
    public func text(_ first: String, _ second: String) -> String {
        cell(first, second).map { "\($0.agree)/\($0.shared)" } ?? "\u{2014}"
    }
}
