/// Dossier text made inert in Markdown: it reads the same on any common renderer and cannot
/// open a heading, a list, a table cell, a link, an HTML tag or emphasis of its own.
public enum MarkdownText {
    /// Characters with a meaning in CommonMark or GitHub's tables wherever they stand.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!"]

    /// `text` on one line (line breaks become spaces), control characters and bidi overrides
    /// shown as visible escapes, and every character that could change the structure
    /// backslash-escaped, including a line-opening `-`, `+`, `=` or `1.`.
    public static func escaped(_ text: String) -> String {
        let visible = VisibleText.escaped(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        var result = ""
        for character in visible {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        // At the start of a line these open a list, a heading underline or a numbered list.
        if let first = result.first, "-+=".contains(first) {
            result.insert("\\", at: result.startIndex)
        } else if let marker = result.firstIndex(where: { !$0.isNumber }), marker != result.startIndex, ".)".contains(result[marker]) {
            result.insert("\\", at: marker)
        }
        return result
    }

    /// A link when `url` is a web address, otherwise the label alone (escaped either way).
    public static func link(_ label: String, to url: String?) -> String {
        guard let url, let address = WebLink.address(url) else { return escaped(label) }
        return "[\(escaped(label))](\(address))"
    }
}
