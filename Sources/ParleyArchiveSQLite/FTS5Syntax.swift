import ParleyModel

extension WordExpression {
    /// The expression as an FTS5 MATCH string: each word quoted (FTS5's `ascii` tokenizer
    /// then takes it whole), prefixes starred, and NOT given the word every quote has as its
    /// left side, since FTS5's NOT takes two.
    var fts5: String {
        switch self {
        case let .word(word): return Self.quoted(word)
        case let .prefix(word): return Self.quoted(word) + " *"
        case let .every(parts): return "(" + parts.map(\.fts5).joined(separator: " AND ") + ")"
        case let .any(parts): return "(" + parts.map(\.fts5).joined(separator: " OR ") + ")"
        case let .not(part): return "(" + Self.quoted(IndexWords.everything) + " NOT " + part.fts5 + ")"
        }
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
