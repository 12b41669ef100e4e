import ParleyArchive
import ParleyModel

extension WordExpression {
    /// The expression as a PostgreSQL `tsquery`, written so that `::tsquery` takes every
    /// lexeme as it is (quoted: no parser, no dictionary, no stemming), since the lexemes
    /// stored are parley's own folded words.
    var tsquery: String {
        switch self {
        case let .word(word): return Self.quoted(word)
        case let .prefix(word): return Self.quoted(word) + ":*"
        case let .every(parts): return "(" + parts.map(\.tsquery).joined(separator: " & ") + ")"
        case let .any(parts): return "(" + parts.map(\.tsquery).joined(separator: " | ") + ")"
        case let .not(part): return "!" + part.tsquery
        }
    }

    /// A lexeme in tsquery's and tsvector's quoting: apostrophes and backslashes doubled.
    package static func quoted(_ word: String) -> String {
        // Folded words hold neither, so the common case costs one pass over the bytes.
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) else { return "'" + word + "'" }
        return "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
