/// Marks matched ranges in report text: with terminal bold-underline, or not at all.
public enum Highlighter: Sendable {
    /// No marking, for pipes and files.
    case none
    /// SGR bold and underline around each range, for a terminal.
    case ansi

    /// `text` (already made visible) with the given character ranges marked.
    ///
    /// Ranges index the original text; making text visible replaces one control character
    /// with one placeholder picture only in the common cases, so ranges are applied to the
    /// original and each piece is made visible on its own.
    public func apply(_ ranges: [Range<Int>], to text: String, keepNewlines: Bool = false) -> String {
        guard case .ansi = self, !ranges.isEmpty else { return VisibleText.escaped(text, keepNewlines: keepNewlines) }
        let characters = Array(text)
        var output = ""
        var cursor = 0
        for range in ranges where range.lowerBound >= cursor && range.upperBound <= characters.count {
            output += VisibleText.escaped(String(characters[cursor..<range.lowerBound]), keepNewlines: keepNewlines)
            output += "\u{1B}[1;4m" + VisibleText.escaped(String(characters[range]), keepNewlines: keepNewlines) + "\u{1B}[22;24m"
            cursor = range.upperBound
        }
        output += VisibleText.escaped(String(characters[cursor...]), keepNewlines: keepNewlines)
        return output
    }
}
