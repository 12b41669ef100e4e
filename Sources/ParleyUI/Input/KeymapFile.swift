import ParleyYAML

/// A keymap file (`$XDG_CONFIG_HOME/parley/keys.yaml`) as read: which keys the user gives
/// which action in which section, and every problem found, with its position.
///
/// ```yaml
/// global:
///   quit: [q, ctrl-q]
/// quotes:
///   sort: o
/// ```
///
/// A problem never stops parley: the entry it is in is left out, so that action keeps the
/// keys it ships with, and the problem is a warning (FILE:LINE:COL).
public struct KeymapFile: Sendable {
    /// One action given keys in one section.
    public struct Entry: Sendable {
        public var section: KeymapSection
        public var action: String
        /// The keys, in the order written; empty when the action is left without a key.
        public var keys: [KeyEvent]
        /// Where the action's name was written.
        public var line: Int
        public var column: Int
    }

    public var file: String
    public var entries: [Entry]
    /// Warnings, in file order.
    public var problems: [Diagnostic]

    /// No file: the keys parley ships with.
    public init(file: String = "keys.yaml", entries: [Entry] = [], problems: [Diagnostic] = []) {
        self.file = file
        self.entries = entries
        self.problems = problems
    }

    /// Reads a keymap file's bytes; `file` is its path, for messages.
    public static func parse(bytes: [UInt8], file: String) -> KeymapFile {
        var read = KeymapFile(file: file)
        let root: YAMLNode
        switch YAMLText.compose(bytes: bytes, file: file, noun: "keymap", maximumSize: 1024 * 1024) {
        case let .failure(diagnostic):
            read.problems = [Self.warning(diagnostic)]
            return read
        case .success(nil): return read
        case let .success(node?): root = node
        }
        var reader = NodeReader(file: file)
        guard case let .mapping(sections) = root else {
            reader.warning(
                "a keymap maps sections (\(Self.sectionNames)) to actions and their keys, found \(NodeReader.describe(root))",
                at: root.mark)
            read.problems = reader.diagnostics
            return read
        }
        for (key, value) in sections {
            guard let name = key.string, let section = KeymapSection(rawValue: name) else {
                let word = key.string.map { "'\(VisibleText.escaped($0))'" } ?? NodeReader.describe(key)
                let hint = key.string.flatMap { Suggestion.closest(to: $0, in: KeymapSection.allCases.map(\.rawValue)) }
                reader.warning(
                    "\(word) is not a section of the keymap; "
                        + (hint.map { "did you mean '\($0)'?" } ?? "the sections are \(Self.sectionNames)"),
                    at: key.mark)
                continue
            }
            if NodeReader.isNull(value) { continue }
            guard case let .mapping(actions) = value else {
                reader.warning(
                    "'\(name)' should map action names to keys, found \(NodeReader.describe(value))", at: value.mark)
                continue
            }
            for (actionKey, keysNode) in actions {
                guard let action = actionKey.string else {
                    reader.warning(
                        "action names are plain words, found \(NodeReader.describe(actionKey))", at: actionKey.mark)
                    continue
                }
                guard let keys = Self.keys(keysNode, action: action, reader: &reader) else { continue }
                read.entries.append(
                    Entry(
                        section: section, action: action, keys: keys, line: actionKey.mark?.line ?? 1,
                        column: actionKey.mark?.column ?? 1))
            }
        }
        read.problems = reader.diagnostics
        return read
    }

    /// The keys written for an action: one key, or a list of them (empty for none); nil
    /// after a warning when one of them names no key.
    private static func keys(_ node: YAMLNode, action: String, reader: inout NodeReader) -> [KeyEvent]? {
        let written: [YAMLNode]
        switch node {
        case .scalar where !NodeReader.isNull(node): written = [node]
        case let .sequence(sequence): written = Array(sequence)
        default:
            reader.warning(
                "'\(VisibleText.escaped(action))' should be given a key or a list of keys, found \(NodeReader.describe(node))",
                at: node.mark)
            return nil
        }
        var keys: [KeyEvent] = []
        for item in written {
            guard let name = item.string, let key = KeyEvent(keyName: name) else {
                let word = item.string.map { "'\(VisibleText.escaped($0))'" } ?? NodeReader.describe(item)
                reader.warning(
                    "\(word) is not a key; write a character (q, G, /), a name (up, pgdn, enter, esc, tab, "
                        + "shift-tab, space, backspace, home, end), ctrl-LETTER or f1–f24; "
                        + "'\(VisibleText.escaped(action))' keeps its keys",
                    at: item.mark)
                return nil
            }
            if let reason = key.keptByTheTerminal {
                reader.warning(
                    "'\(name)' never reaches parley: \(reason); '\(VisibleText.escaped(action))' keeps its keys",
                    at: item.mark)
                return nil
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    static var sectionNames: String { KeymapSection.allCases.map(\.rawValue).joined(separator: ", ") }

    /// A failure to read the file at all, which only costs the user's keys, as a warning.
    private static func warning(_ diagnostic: Diagnostic) -> Diagnostic {
        var warning = diagnostic
        warning.severity = .warning
        return warning
    }
}
