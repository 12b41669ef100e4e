/// The rule every dossier id follows: `[a-z0-9][a-z0-9-]*`.
public enum Slug {
    /// True when `text` is a valid id: a lowercase ASCII letter or digit, then letters, digits or dashes.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), isLetterOrDigit(first) else { return false }
        while let byte = bytes.next() {
            guard isLetterOrDigit(byte) || byte == UInt8(ascii: "-") else { return false }
        }
        return true
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
