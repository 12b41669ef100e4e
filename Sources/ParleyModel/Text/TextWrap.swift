/// Breaks text into lines that fit a width in terminal columns, and fits single lines.
public enum TextWrap {
    /// Lines of at most `width` columns, broken at spaces; a word longer than a line is split
    /// between grapheme clusters, never inside one, or with `splittingWords` false left whole on
    /// a line of its own (text for pipes, where a split id or URL would no longer be found).
    /// Newlines in the text start new lines.
    public static func lines(_ text: String, width: Int, splittingWords: Bool = true) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while splittingWords, wordWidth > width {
                    let (head, rest) = split(word, atWidth: width)
                    result.append(String(head))
                    word = rest
                    wordWidth = DisplayWidth.of(word)
                }
                line = String(word)
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// The text cut to `width` columns, ending with "…" when something was cut.
    public static func truncated(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        return String(split(text[...], atWidth: width - 1).head) + "…"
    }

    /// The text padded with spaces to exactly `width` columns (truncated first if longer).
    public static func padded(_ text: String, width: Int) -> String {
        let fitted = truncated(text, width: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// Splits at the last grapheme boundary that keeps the head within `width` columns.
    public static func split(_ text: Substring, atWidth width: Int) -> (head: Substring, rest: Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = DisplayWidth.of(text[index])
            if used + next > width { break }
            used += next
            index = text.index(after: index)
        }
        // Always make progress, even if one wide grapheme is wider than the whole line.
        if index == text.startIndex, index < text.endIndex { index = text.index(after: index) }
        return (text[..<index], text[index...])
    }

    /// Lines joined into a text ending in a newline, each without trailing spaces (columns
    /// padded for alignment leave them, and a diff or a pipe need not see them).
    public static func joinedLines(_ lines: [String]) -> String {
        lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
