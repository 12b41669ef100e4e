import ParleyArchive
import ParleyModel

extension WordExpression {
    /// The expression as an FTS5 MATCH string: each word quoted (FTS5's `ascii` tokenizer
    /// then takes it whole), prefixes starred, and NOT given the word every quote has as its
    /// left side, since FTS5's NOT takes two.
    ///
    /// - Parameter wholeWords: the index's words that start with a prefix, when there are few;
    ///   FTS5 gathers a prefix longer than its prefix indexes (three letters) whole before it
    ///   yields a row, where an OR of whole words yields the first rows at once.
    func fts5(wholeWords: (String) -> [String]? = { _ in nil }) -> String {
        switch self {
        case let .word(word): return Self.quoted(word)
        case let .prefix(word):
            guard let words = wholeWords(word) else { return Self.quoted(word) + " *" }
            // No word starts with it: the prefix itself, which no quote has, finds nothing.
            guard !words.isEmpty else { return Self.quoted(word) }
            return "(" + words.map(Self.quoted).joined(separator: " OR ") + ")"
        case let .every(parts):
            func fts5(_ part: WordExpression) -> String { part.fts5(wholeWords: wholeWords) }
            // "a -b" as FTS5's own binary NOT (a NOT b), which skips through both lists, rather
            // than a AND (every quote NOT b), which walks the list of every quote.
            var positive: [String] = []
            var negative: [String] = []
            for part in parts {
                if case let .not(excluded) = part { negative.append(fts5(excluded)) } else { positive.append(fts5(part)) }
            }
            guard !positive.isEmpty, !negative.isEmpty else { return "(" + parts.map(fts5).joined(separator: " AND ") + ")" }
            return "((" + positive.joined(separator: " AND ") + ") NOT (" + negative.joined(separator: " OR ") + "))"
        case let .any(parts): return "(" + parts.map { $0.fts5(wholeWords: wholeWords) }.joined(separator: " OR ") + ")"
        case let .not(part): return "(" + Self.quoted(IndexWords.everything) + " NOT " + part.fts5(wholeWords: wholeWords) + ")"
        }
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
