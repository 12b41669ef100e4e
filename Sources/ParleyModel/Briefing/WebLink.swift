/// A dossier's URL made safe to link to: only http(s) addresses, percent-encoded so that no
/// character in it can end a Markdown link or an HTML attribute early.
public enum WebLink {
    /// The address to link to, or nil for anything that is not a plain web address
    /// (`javascript:`, `data:`, `file:`, a relative path, text with spaces or controls in it).
    public static func address(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || VisibleText.isUnsafe($0) }) else { return nil }
        let afterScheme = url[url.index(url.firstIndex(of: ":")!, offsetBy: 3)...]
        guard let host = afterScheme.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first, !host.isEmpty else { return nil }
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%".utf8)
        var result = ""
        for byte in url.utf8 {
            // Unreserved and reserved characters stay; the rest (quotes, brackets, parentheses,
            // angle brackets, backslashes, non-ASCII) are percent-encoded.
            if kept.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + EscapedText.hex(UInt32(byte), width: 2)
            }
        }
        return result
    }
}
