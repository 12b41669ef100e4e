/// Makes untrusted text safe to print: control characters and bidi overrides become visible placeholders.
///
/// Dossier and archive text may hide an ESC sequence (an OSC 52 clipboard write, a screen clear)
/// or a right-to-left override that reorders what a reader sees. None of them may reach a
/// terminal raw; each is shown as a placeholder a reader can see and report: C0 controls as
/// their Unicode control pictures (`␛` for ESC), DEL as `␡`, C1 controls and bidi embeddings,
/// overrides and isolates as `<U+202E>`.
public enum VisibleText {
    /// True for scalars that must never be written to a terminal as they are (newline aside).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The placeholder shown instead of an unsafe scalar.
    public static func placeholder(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20 { return String(Unicode.Scalar(0x2400 + value)!) }
        if value == 0x7F { return "\u{2421}" }
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// `text` with every unsafe scalar replaced by its placeholder.
    ///
    /// - Parameter keepNewlines: keep `\n` for multi-line text; otherwise a newline becomes a
    ///   space, since one-line fields are shown on one line. A tab is always a space.
    public static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        // Almost all text is clean; checking first keeps the common case free of copies.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isUnsafe(scalar) {
                result.append(scalar)
            } else if scalar == "\n" {
                result.append(keepNewlines ? "\n" : " ")
            } else if scalar == "\t" {
                result.append(" ")
            } else {
                result.append(contentsOf: placeholder(for: scalar).unicodeScalars)
            }
        }
        return String(result)
    }
}
