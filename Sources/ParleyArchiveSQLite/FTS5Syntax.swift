import ParleyModel

extension WordExpression {
    /// The expression as an FTS5 MATCH string: each word quoted (FTS5's `ascii` tokenizer
    /// then takes it whole), prefixes starred, and NOT given the word every quote has as its
    /// left side, since FTS5's NOT takes two.
    var fts5: String {
        switch self {
        case let .word(word): return Self.quoted(word)
        case let .prefix(word): return Self.quoted(word) + " *"
        case let .every(parts):
            // "a -b" as FTS5's own binary NOT (a NOT b), which skips through both lists, rather
            // than a AND (every quote NOT b), which walks the list of every quote.
            var positive: [String] = []
            var negative: [String] = []
            for part in parts {
                if case let .not(excluded) = part { negative.append(excluded.fts5) } else { positive.append(part.fts5) }
            }
            guard !positive.isEmpty, !negative.isEmpty else { return "(" + parts.map(\.fts5).joined(separator: " AND ") + ")" }
            return "((" + positive.joined(separator: " AND ") + ") NOT (" + negative.joined(separator: " OR ") + "))"
        case let .any(parts): return "(" + parts.map(\.fts5).joined(separator: " OR ") + ")"
        case let .not(part): return "(" + Self.quoted(IndexWords.everything) + " NOT " + part.fts5 + ")"
        }
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
