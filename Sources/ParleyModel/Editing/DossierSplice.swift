import ParleyYAML

/// Adds items to the lists of a dossier's text by splicing YAML into it, every byte outside
/// the addition kept as it was: the author's comments, order, blank lines and layout.
///
/// The text is never written out again from a parsed tree, which would lose all of that. The
/// tree only says where each top-level list is; the new item goes after the list's last line
/// (a block list, at its items' indentation) or before its closing bracket (a flow list), and
/// a list the file lacks is added at its end.
public enum DossierSplice {
    /// One item to add: a mapping written key by key, in order, with notes for the author
    /// (`TODO: party`) written as comments under it.
    public struct Item: Sendable, Equatable {
        /// Keys and values, each value already YAML (`YAMLScalar.quoted`, `[a, b]`).
        public var fields: [Field]
        public var notes: [String]

        public struct Field: Sendable, Equatable {
            public var key: String
            public var value: String

            public init(_ key: String, _ value: String) {
                self.key = key
                self.value = value
            }
        }

        public init(_ fields: [Field], notes: [String] = []) {
            self.fields = fields
            self.notes = notes
        }
    }

    /// Why an item could not be placed.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// `text` with `items` added at the end of the top-level list `key` (`people`, `sources`,
    /// `quotes`). The text must be a dossier that parses; the caller checks that the result loads.
    public static func appending(_ items: [Item], to key: String, in text: String) throws(Failure) -> String {
        guard !items.isEmpty else { return text }
        // Lines are found at line feeds; a file that also breaks lines YAML's other ways (a lone
        // CR, NEL, LS, PS) would put the parser's line numbers out of step with them.
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if previous == "\r", scalar != "\n" {
                throw Failure(
                    description:
                        "the file breaks lines with a lone CR; parley adds only to files whose lines end in LF or CR LF"
                )
            }
            if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                throw Failure(
                    description:
                        "the file breaks lines with U+\(String(scalar.value, radix: 16, uppercase: true)); parley adds only to files whose lines end in LF or CR LF"
                )
            }
            previous = scalar
        }
        if previous == "\r" {
            throw Failure(
                description:
                    "the file breaks lines with a lone CR; parley adds only to files whose lines end in LF or CR LF")
        }
        let root: YAMLNode?
        switch YAMLText.compose(bytes: Array(text.utf8), file: "dossier", noun: "dossier") {
        case let .success(node): root = node
        case let .failure(diagnostic): throw Failure(description: diagnostic.description)
        }
        guard case let .mapping(mapping)? = root else { throw Failure(description: "the dossier is not a mapping") }
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        // Split at every line feed, "\r\n" included (to String it is one character, not "\n").
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        guard let index = mapping.pairs.firstIndex(where: { $0.key.string == key }) else {
            // No such list: a new one at the end of the file.
            var added = text
            if !added.isEmpty, added.unicodeScalars.last != "\n" { added += newline }
            added += key + ":" + newline
            for item in items { added += block(item, dash: 2, keys: 4, newline: newline) }
            return added
        }
        let pair = mapping.pairs[index]
        guard let keyLine = pair.key.mark?.line else { throw Failure(description: "no place for \(key)") }
        // Where the next top-level key begins, if any.
        let nextLine = mapping.pairs.compactMap { $0.key.mark?.line }.filter { $0 > keyLine }.min()
        switch pair.value {
        case let .sequence(sequence):
            guard let mark = sequence.mark, mark.line >= 1, mark.line <= lines.count else {
                throw Failure(
                    description:
                        "no place for \(key) (\(sequence.mark?.description ?? "no mark") of \(lines.count) lines)")
            }
            let line = Array(lines[mark.line - 1].unicodeScalars)
            if mark.column - 1 < line.count, line[mark.column - 1] == "[" {
                return try flowAppending(items, at: mark, in: &lines, newline: newline)
            }
            // A block list: its items' indentation, from the first item.
            let dash = line.prefix { $0 == " " }.count
            let keys = sequence.nodes.first?.mark.map { $0.column - 1 } ?? dash + 2
            var end = min((nextLine ?? lines.count + 1) - 1, lines.count)
            // The list ends at its last line of its own: blank lines and comments at the left
            // margin before the next key belong to that key.
            while end > keyLine, isMarginal(lines[end - 1]) { end -= 1 }
            // Items written as `- {id: …}` are followed by one more such line; others, key by key.
            let firstItem = sequence.nodes.first?.mark.flatMap { mark -> Unicode.Scalar? in
                guard mark.line >= 1, mark.line <= lines.count else { return nil }
                let scalars = Array(lines[mark.line - 1].unicodeScalars)
                return mark.column - 1 < scalars.count ? scalars[mark.column - 1] : nil
            }
            let insertion = items.map { item in
                firstItem == "{"
                    ? String(repeating: " ", count: dash) + "- " + flow(item) + newline
                        + item.notes.map { String(repeating: " ", count: dash + 2) + "# " + $0 + newline }.joined()
                    : block(item, dash: dash, keys: max(keys, dash + 2), newline: newline)
            }.joined()
            return splice(insertion, after: end, in: lines, newline: newline)
        case let .scalar(scalar) where scalar.string.isEmpty && scalar.style == .plain:
            // `quotes:` with nothing after it: the items go on the lines under it.
            let insertion = items.map { block($0, dash: 2, keys: 4, newline: newline) }.joined()
            return splice(insertion, after: keyLine, in: lines, newline: newline)
        default:
            throw Failure(description: "`\(key)` is not a list")
        }
    }

    /// The item as block lines: `- key: value` at `dash`, the rest of its keys at `keys`.
    static func block(_ item: Item, dash: Int, keys: Int, newline: String) -> String {
        var text = ""
        for (offset, field) in item.fields.enumerated() {
            let indent =
                offset == 0
                ? String(repeating: " ", count: dash) + "- " + String(repeating: " ", count: max(0, keys - dash - 2))
                : String(repeating: " ", count: keys)
            text += indent + field.key + ": " + field.value + newline
        }
        for note in item.notes { text += String(repeating: " ", count: keys) + "# " + note + newline }
        return text
    }

    /// The item as a flow mapping: `{key: value, ...}`.
    static func flow(_ item: Item) -> String {
        "{" + item.fields.map { $0.key + ": " + $0.value }.joined(separator: ", ") + "}"
    }

    /// True for a line that is blank or a comment starting at the left margin.
    static func isMarginal(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: [" ", "\t", "\r"])
        return trimmed.isEmpty || line.hasPrefix("#")
    }

    /// `lines` with `insertion` (whole lines, each ending in `newline`) after the first `line` of them.
    private static func splice(_ insertion: String, after line: Int, in lines: [String], newline: String) -> String {
        var before = lines[..<min(line, lines.count)].joined(separator: "\n")
        let after = lines[min(line, lines.count)...].joined(separator: "\n")
        if line >= lines.count {
            // At the end of the file: after its last line, which may lack a line break.
            if !before.isEmpty, before.unicodeScalars.last != "\n" { before += newline }
            return before + insertion + after
        }
        return before + "\n" + insertion + after
    }

    /// The items put before the closing bracket of the flow list opened at `mark`, with their
    /// notes as comments on the lines after the one the bracket is on.
    private static func flowAppending(_ items: [Item], at mark: YAMLMark, in lines: inout [String], newline: String)
        throws(Failure) -> String
    {
        var depth = 0
        var quote: Unicode.Scalar?
        var row = mark.line - 1
        var column = mark.column - 1
        var empty = true
        while row < lines.count {
            let scalars = Array(lines[row].unicodeScalars)
            while column < scalars.count {
                let scalar = scalars[column]
                if let open = quote {
                    if open == "\"", scalar == "\\" {
                        column += 2
                        continue
                    }
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                    empty = false
                } else if scalar == "#", column == 0 || scalars[column - 1] == " " {
                    break
                } else if scalar == "[" || scalar == "{" {
                    if depth > 0 { empty = false }
                    depth += 1
                } else if scalar == "]" || scalar == "}" {
                    depth -= 1
                    if depth == 0 {
                        let added = (empty ? "" : ", ") + items.map(flow).joined(separator: ", ")
                        var view = String.UnicodeScalarView(scalars[..<column])
                        view.append(contentsOf: added.unicodeScalars)
                        view.append(contentsOf: scalars[column...])
                        lines[row] = String(view)
                        let notes = items.flatMap(\.notes)
                        let noteLines = notes.map { "# " + $0 + (newline == "\r\n" ? "\r" : "") }
                        lines.insert(contentsOf: noteLines, at: row + 1)
                        return lines.joined(separator: "\n")
                    }
                } else if scalar != " " && scalar != "\t" && scalar != "\r" && depth > 0 {
                    empty = false
                }
                column += 1
            }
            row += 1
            column = 0
        }
        throw Failure(description: "the list at \(mark.line):\(mark.column) is not closed")
    }
}
