/// Writes text as YAML scalars that read back exactly and never carry a raw control character:
/// what `parley draft` writes and what parley splices into a dossier the user owns.
public enum YAMLScalar {
    /// A double-quoted scalar: `\\`, `"` and every unsafe scalar escaped (`\e`, `\x7F`,
    /// `\u202E`), so the file is safe to print and loads as the exact text.
    public static func quoted(_ text: String) -> String {
        EscapedText.quoted(text) { scalar in
            if let escaped = EscapedText.backslashed(scalar) { return escaped }
            let value = scalar.value
            if value == 0x1B { return "\\e" }
            if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) {
                return "\\x" + EscapedText.hex(value, width: 2)
            }
            if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x2028
                || value == 0x2029 || value == 0xFEFF
            {
                return "\\u" + EscapedText.hex(value, width: 4)
            }
            return nil
        }
    }

    /// Plain when the text is safe to write bare (letters, digits, spaces and gentle
    /// punctuation, nothing YAML would read as another type); quoted otherwise.
    public static func plainOrQuoted(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isAlphabetic, last != " ", text.count <= 120
        else { return quoted(text) }
        let reserved: Set<String> = ["yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"]
        if reserved.contains(text.lowercased()) { return quoted(text) }
        for scalar in text.unicodeScalars {
            let allowed =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || " .'’-–()/&".unicodeScalars.contains(scalar)
            if !allowed { return quoted(text) }
        }
        return text
    }
}
