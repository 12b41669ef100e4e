/// A YAML mapping read as a record: its values by key and where each key was written.
public struct Record {
    /// What the mapping describes, for messages ("engagement").
    public let what: String
    public let mark: YAMLMark?
    private(set) var values: [String: YAMLNode] = [:]
    public private(set) var keyMarks: [String: YAMLMark] = [:]

    init(what: String, mark: YAMLMark?) {
        self.what = what
        self.mark = mark
    }

    public subscript(key: String) -> YAMLNode? { values[key] }

    /// The keys present, in no particular order.
    public var keys: Dictionary<String, YAMLNode>.Keys { values.keys }

    mutating func set(_ key: String, _ value: YAMLNode, keyMark: YAMLMark?) {
        values[key] = value
        if let keyMark { keyMarks[key] = keyMark }
    }
}

/// A value read from the file together with where it was written.
public struct Located<Value> {
    public var value: Value
    public var mark: YAMLMark?

    /// Pairs a value with the place it was read from.
    public init(value: Value, mark: YAMLMark?) {
        self.value = value
        self.mark = mark
    }
}

/// Reads typed values out of composed YAML nodes, logging a positioned diagnostic for every problem.
///
/// Every method returns nil after logging when the value is unusable, so a caller can carry on
/// and find the next problem instead of stopping at the first.
public struct NodeReader {
    var log: DiagnosticLog

    public init(file: String) {
        log = DiagnosticLog(file: file)
    }

    /// Every problem logged so far, in file order.
    public var diagnostics: [Diagnostic] { log.sorted }

    /// True when any logged problem is an error.
    public var hasErrors: Bool { log.hasErrors }

    public mutating func error(_ message: String, at mark: YAMLMark?) {
        log.error(message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    public mutating func warning(_ message: String, at mark: YAMLMark?) {
        log.warning(message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Reads a mapping whose keys must come from `required` and `optional`.
    ///
    /// Unknown keys are reported with a "did you mean" hint, missing required keys at the mapping
    /// itself. Returns nil only when the node is not a mapping at all.
    public mutating func record(_ node: YAMLNode, what: String, required: [String], optional: [String]) -> Record? {
        guard case let .mapping(mapping) = node else {
            error("expected \(what) as a mapping of keys (\(required.joined(separator: ", "))), found \(Self.describe(node))", at: node.mark)
            return nil
        }
        var record = Record(what: what, mark: node.mark)
        let known = required + optional
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                error("keys in \(what) must be plain words, found \(Self.describe(key))", at: key.mark)
                continue
            }
            let name = scalar.string
            if known.contains(name) {
                record.set(name, value, keyMark: key.mark)
            } else {
                let hint = Suggestion.closest(to: name, in: known).map { "; did you mean '\($0)'?" }
                    ?? " (\(what) keys: \(known.joined(separator: ", ")))"
                error("unknown key '\(name)' in \(what)\(hint)", at: key.mark)
            }
        }
        for key in required where record[key] == nil {
            error("\(what) is missing required key '\(key)'", at: node.mark)
        }
        return record
    }

    /// True for a plain `~`, `null` or empty value, which YAML reads as "nothing".
    public static func isNull(_ node: YAMLNode) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The value at `key` if present and not null; a null required value is an error.
    private mutating func present(_ record: Record, _ key: String, required: Bool) -> YAMLNode? {
        guard let node = record[key] else { return nil }
        if Self.isNull(node) {
            if required { error("'\(key)' in \(record.what) needs a value", at: node.mark ?? record.keyMarks[key]) }
            return nil
        }
        return node
    }

    /// Text: any scalar, since YAML may read `title: 2022` as a number where the author meant text.
    public mutating func text(_ record: Record, _ key: String, required: Bool = false) -> Located<String>? {
        guard let node = present(record, key, required: required) else { return nil }
        guard case let .scalar(scalar) = node else {
            error("'\(key)' in \(record.what) should be text, found \(Self.describe(node))", at: node.mark)
            return nil
        }
        if required, scalar.string.allSatisfy(\.isWhitespace) {
            error("'\(key)' in \(record.what) must not be empty", at: node.mark)
            return nil
        }
        return Located(value: scalar.string, mark: node.mark)
    }

    public mutating func bool(_ record: Record, _ key: String) -> Bool? {
        guard let node = present(record, key, required: false) else { return nil }
        if case let .scalar(scalar) = node, scalar.style == .plain {
            switch scalar.string.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        error("'\(key)' in \(record.what) should be true or false, found \(Self.describe(node))", at: node.mark)
        return nil
    }

    public mutating func integer(_ record: Record, _ key: String) -> Located<Int>? {
        guard let node = present(record, key, required: true) else { return nil }
        if case let .scalar(scalar) = node, scalar.style == .plain, let value = Int(scalar.string) {
            return Located(value: value, mark: node.mark)
        }
        error("'\(key)' in \(record.what) should be a whole number, found \(Self.describe(node))", at: node.mark)
        return nil
    }

    /// One of a fixed set of words, such as a party's kind.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(_ record: Record, _ key: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let located = text(record, key) else { return nil }
        if let value = Choice(rawValue: located.value) { return value }
        let names = Choice.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: located.value, in: names).map { "; did you mean '\($0)'?" }
            ?? " (expected one of: \(names.joined(separator: ", ")))"
        error("'\(located.value)' is not a valid '\(key)' in \(record.what)\(hint)", at: located.mark)
        return nil
    }

    /// The elements of a list; a single value where a list belongs is an error.
    public mutating func list(_ record: Record, _ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let node = present(record, key, required: required) else { return nil }
        guard case let .sequence(sequence) = node else {
            error("'\(key)' in \(record.what) should be a list, found \(Self.describe(node))", at: node.mark)
            return nil
        }
        return Array(sequence)
    }

    /// Describes a node's kind for messages: "a list", "a mapping", "'yes'".
    public static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar):
            if isNull(node) { return "nothing" }
            let text = scalar.string
            let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
            return "'\(VisibleText.escaped(shown))'"
        }
    }
}
