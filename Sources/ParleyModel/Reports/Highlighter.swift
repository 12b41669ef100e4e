/// Marks matched ranges in report text: with terminal escape sequences, or not at all.
public enum Highlighter: Sendable {
    /// No marking, for pipes, files and `NO_COLOR`.
    case none
    /// These SGR sequences around each range: `on` starts the highlight, `off` ends it.
    case sgr(on: String, off: String)

    /// `text` (already made visible) with the given character ranges marked.
    ///
    /// Ranges index the original text; making text visible replaces one control character
    /// with one placeholder picture only in the common cases, so ranges are applied to the
    /// original and each piece is made visible on its own.
    public func apply(_ ranges: [Range<Int>], to text: String, keepNewlines: Bool = false) -> String {
        guard case let .sgr(on, off) = self, !ranges.isEmpty else { return VisibleText.escaped(text, keepNewlines: keepNewlines) }
        let characters = Array(text)
        var output = ""
        var cursor = 0
        for range in ranges where range.lowerBound >= cursor && range.upperBound <= characters.count {
            output += VisibleText.escaped(String(characters[cursor..<range.lowerBound]), keepNewlines: keepNewlines)
            output += on + VisibleText.escaped(String(characters[range]), keepNewlines: keepNewlines) + off
            cursor = range.upperBound
        }
        output += VisibleText.escaped(String(characters[cursor...]), keepNewlines: keepNewlines)
        return output
    }
}
