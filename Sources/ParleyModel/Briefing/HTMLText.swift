/// Dossier text made inert in HTML: shown as written, never read as markup.
public enum HTMLText {
    /// `text` with `& < > " '` written as entities, and control characters and bidi overrides
    /// shown as visible escapes.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in VisibleText.escaped(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A link when `url` is a web address, otherwise the label alone (escaped either way).
    public static func link(_ label: String, to url: String?) -> String {
        guard let url, let address = WebLink.address(url) else { return escaped(label) }
        return "<a href=\"\(escaped(address))\">\(escaped(label))</a>"
    }
}
