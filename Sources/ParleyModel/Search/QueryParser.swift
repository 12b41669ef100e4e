/// Parses the quote search language.
///
/// `words` must all match; `"exact phrase"`; `-word` excludes; `a | b` matches either;
/// `speaker:`, `party:`, `meeting:`, `issue:` limit a word or `"phrase"` to one field;
/// `date:2022-01-12`, `date:2022-01` (a month), `date:2022-01-10..2022-01-12` (either end
/// may be left open); `week:` a dossier id of the desk or a day in the week
/// (`week:2022-01-10`). Anything malformed is an error with its column, never an empty result.
public enum QueryParser {
    /// The field names, with `date`, as typed before the colon.
    public static let fieldNames = SearchQuery.Field.allCases.map(\.rawValue) + ["date", "week"]

    public static func parse(_ text: String) throws(QueryError) -> SearchQuery {
        let pieces = try lex(text)
        var clauses: [SearchQuery.Clause] = []
        var current: [SearchQuery.Term] = []
        var pendingOr: Int?
        var lastWasTerm = false
        for piece in pieces {
            switch piece {
            case let .or(column):
                guard lastWasTerm else { throw QueryError("'|' needs a term on each side", column: column) }
                pendingOr = column
                lastWasTerm = false
            case let .term(term, _):
                if pendingOr == nil, !current.isEmpty {
                    clauses.append(SearchQuery.Clause(current))
                    current = []
                }
                pendingOr = nil
                lastWasTerm = true
                if let term { current.append(term) }
            }
        }
        if let column = pendingOr { throw QueryError("'|' needs a term on each side", column: column) }
        if !current.isEmpty { clauses.append(SearchQuery.Clause(current)) }
        return SearchQuery(clauses: clauses)
    }

    // MARK: Lexing

    private enum Piece {
        case or(column: Int)
        /// A term, or nil for a word with no letters or digits in it (nothing to look for).
        case term(SearchQuery.Term?, column: Int)
    }

    private static func lex(_ text: String) throws(QueryError) -> [Piece] {
        let characters = Array(text)
        var pieces: [Piece] = []
        var index = 0
        func isSpace(_ i: Int) -> Bool { characters[i].isWhitespace }
        while index < characters.count {
            if isSpace(index) {
                index += 1
                continue
            }
            let column = index + 1
            if characters[index] == "|" {
                pieces.append(.or(column: column))
                index += 1
                continue
            }
            var negated = false
            if characters[index] == "-" {
                guard index + 1 < characters.count, !isSpace(index + 1), characters[index + 1] != "|" else {
                    throw QueryError("'-' needs a word after it to exclude", column: column)
                }
                negated = true
                index += 1
            }
            // A field is ASCII letters right before a colon: `speaker:ryabkov`.
            var nameEnd = index
            while nameEnd < characters.count, characters[nameEnd].isASCII, characters[nameEnd].isLetter { nameEnd += 1 }
            var field: String?
            if nameEnd > index, nameEnd < characters.count, characters[nameEnd] == ":" {
                field = String(characters[index..<nameEnd]).lowercased()
                index = nameEnd + 1
            }
            let valueColumn = index + 1
            let value: String
            let quoted: Bool
            if index < characters.count, characters[index] == "\"" {
                guard let close = characters[(index + 1)...].firstIndex(of: "\"") else {
                    throw QueryError("unclosed quote: add a closing \"", column: valueColumn)
                }
                value = String(characters[(index + 1)..<close])
                quoted = true
                index = close + 1
            } else {
                var end = index
                while end < characters.count, !isSpace(end), characters[end] != "|", characters[end] != "\"" {
                    end += 1
                }
                value = String(characters[index..<end])
                quoted = false
                index = end
            }
            // Only the word at the very end of the query is still being typed.
            let typing = !quoted && index == characters.count
            let term = try makeTerm(
                field: field, value: value, quoted: quoted, typing: typing, column: column, valueColumn: valueColumn)
            pieces.append(.term(term.map { SearchQuery.Term($0, negated: negated) }, column: column))
        }
        return pieces
    }

    private static func makeTerm(
        field: String?, value: String, quoted: Bool, typing: Bool, column: Int, valueColumn: Int
    ) throws(QueryError) -> SearchQuery.Kind? {
        guard let field else {
            let words = Tokenizer.words(in: value)
            if words.isEmpty { return nil }
            return quoted ? .phrase(words) : .words(SearchQuery.Words(words, prefix: typing))
        }
        if field == "date" {
            guard !value.isEmpty else {
                throw QueryError(
                    "'date:' needs a day or a range, e.g. date:2022-01-12 or date:2022-01-10..2022-01-12",
                    column: column)
            }
            return try dateRange(value, column: valueColumn)
        }
        if field == "week" {
            let name = value.lowercased()
            guard !name.isEmpty else {
                throw QueryError(
                    "'week:' needs a dossier id or a day in the week, e.g. week:2022-01-10", column: column)
            }
            if let day = Day(name) { return .week(.day(day)) }
            return .week(.id(name, prefix: typing))
        }
        guard let known = SearchQuery.Field(rawValue: field) else {
            let hint =
                Suggestion.closest(to: field, in: fieldNames).map { "; did you mean '\($0):'?" }
                ?? " (fields: \(fieldNames.map { $0 + ":" }.joined(separator: " ")))"
            throw QueryError("unknown field '\(field):'\(hint)", column: column)
        }
        let words = Tokenizer.words(in: value)
        guard !words.isEmpty else {
            throw QueryError("'\(field):' needs a name or id, e.g. \(field):\(example(for: known))", column: column)
        }
        return .field(known, SearchQuery.Words(words, prefix: typing))
    }

    private static func example(for field: SearchQuery.Field) -> String {
        switch field {
        case .speaker: return "ryabkov"
        case .party: return "russia"
        case .meeting: return "geneva"
        case .issue: return "nato-enlargement"
        case .flag: return "verified"
        case .note: return "transcript"
        }
    }

    /// `DAY`, `DAY..DAY`, `DAY..` or `..DAY`, where a day may be a whole year or month.
    private static func dateRange(_ value: String, column: Int) throws(QueryError) -> SearchQuery.Kind {
        let parts = splitRange(value)
        guard parts.count <= 2 else {
            throw QueryError("a date range has one '..', as in 2022-01-10..2022-01-12", column: column)
        }
        if parts.count == 1 {
            let span = try period(parts[0], column: column)
            return .date(from: span.start, through: span.end)
        }
        guard !(parts[0].isEmpty && parts[1].isEmpty) else {
            throw QueryError("a date range needs at least one end, as in 2022-01-10..2022-01-12", column: column)
        }
        let from = parts[0].isEmpty ? nil : try period(parts[0], column: column).start
        let through = parts[1].isEmpty ? nil : try period(parts[1], column: column + parts[0].count + 2).end
        if let from, let through, through < from {
            throw QueryError("the range ends (\(through)) before it starts (\(from))", column: column)
        }
        return .date(from: from, through: through)
    }

    /// Splits `a..b` at every `..`.
    private static func splitRange(_ value: String) -> [String] {
        var parts: [String] = []
        var rest = value[...]
        while let dots = rest.firstRange(of: "..") {
            parts.append(String(rest[..<dots.lowerBound]))
            rest = rest[dots.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    /// A year `2022`, a month `2022-01` or a day `2022-01-12`, as the days it spans.
    private static func period(_ text: String, column: Int) throws(QueryError) -> Period {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { Int($0) }
        let shapeOK = parts.count <= 3 && parts.first?.count == 4 && parts.dropFirst().allSatisfy { $0.count == 2 }
        if shapeOK, !numbers.contains(nil) {
            let year = numbers[0]!
            switch parts.count {
            case 1:
                if let start = Day(year: year, month: 1, day: 1), let end = Day(year: year, month: 12, day: 31) {
                    return Period(start: start, end: end)
                }
            case 2:
                let month = numbers[1]!
                if let start = Day(year: year, month: month, day: 1),
                    let end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
                {
                    return Period(start: start, end: end)
                }
            default:
                if let day = Day(text) { return Period(start: day, end: day) }
            }
        }
        throw QueryError("'\(text)' is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)", column: column)
    }
}
