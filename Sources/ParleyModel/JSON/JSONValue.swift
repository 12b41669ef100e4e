/// A JSON document built in memory and written with every unsafe character escaped.
///
/// Written by hand rather than with `JSONEncoder` for two reasons: object keys keep the order
/// the contract documents, and bidi overrides, C1 controls and line separators are escaped as
/// `\uXXXX` (JSONEncoder passes them through raw, and they would reorder a terminal's output).
/// The decoded text is still exactly the original.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: return false
        }
    }

    /// A string, or null when absent.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// The document as text, indented by two spaces per level, ending without a newline.
    public func serialized() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .int(value): output += String(value)
        case let .string(value): Self.writeString(value, into: &output)
        case let .array(values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (offset, value) in values.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                value.write(into: &output, indent: indent + 1)
                output += offset == values.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case let .object(members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (offset, member) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                Self.writeString(member.key, into: &output)
                output += ": "
                member.value.write(into: &output, indent: indent + 1)
                output += offset == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        // Most strings need no escape at all and are copied whole.
        guard text.unicodeScalars.contains(where: { escape($0) != nil }) else {
            output += "\""
            output += text
            output += "\""
            return
        }
        output += EscapedText.quoted(text, escape: escape)
    }

    /// How JSON writes a scalar that may not appear raw; nil for the rest.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        if let escaped = EscapedText.backslashed(scalar) { return escaped }
        guard VisibleText.isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 else { return nil }
        return "\\u" + EscapedText.hex(scalar.value, width: 4).lowercased()
    }
}
