/// Writes text between double quotes with some scalars escaped: the one loop behind parley's
/// JSON, YAML and Swift string writers, each of which says how it escapes.
public enum EscapedText {
    /// `text` in double quotes; every scalar for which `escape` gives a string is written as that.
    public static func quoted(_ text: String, escape: (Unicode.Scalar) -> String?) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if let escaped = escape(scalar) {
                result += escaped
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The backslash escapes JSON, YAML and Swift write alike: quote, backslash, line break,
    /// carriage return and tab.
    public static func backslashed(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return nil
        }
    }

    /// `value` in upper-case hexadecimal, padded with zeros to `width` digits.
    public static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
