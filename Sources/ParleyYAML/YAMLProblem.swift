import Yams

/// A libyaml error turned into a message and position.
public struct YAMLProblem {
    var message: String
    var line: Int
    var column: Int

    init(_ error: YamlError, bytes: [UInt8], noun: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if problem == "but found another document" {
                self.init(
                    message: "a \(noun) is a single YAML document, but a second one starts here", line: mark.line,
                    column: mark.column)
                return
            }
            if let context {
                message += " (\(context.text) at \(context.mark.line):\(context.mark.column))"
            }
            self.init(message: message, line: mark.line, column: mark.column)
        case let .reader(problem, offset, value, _):
            let position = offset.map { TextPosition.of(offset: $0, in: bytes) } ?? (line: 1, column: 1)
            let detail = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true)))" : ""
            self.init(message: "YAML: \(problem)\(detail)", line: position.line, column: position.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first of the repeated keys; the repeat is the one to fix.
            let key = duplicates.first ?? ""
            let first = context.mark
            let repeated = Self.repeatedKey(key, after: first, in: bytes)
            self.init(
                // The key is the file's text: made visible, never written raw to a terminal.
                message:
                    "duplicate key '\(VisibleText.escaped(key))' in the same mapping (first at \(first.line):\(first.column))",
                line: repeated?.line ?? first.line, column: repeated?.column ?? first.column
            )
        default:
            self.init(message: "could not read YAML: \(error)", line: 1, column: 1)
        }
    }

    /// Where `key` is written again at the same column as its first occurrence, on a later line.
    static func repeatedKey(_ key: String, after mark: Mark, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard mark.line <= lines.count else { return nil }
        let keyBytes = Array(key.utf8)
        for index in mark.line..<lines.count {
            let line = Array(lines[index])
            let start = String(decoding: line, as: UTF8.self).unicodeScalars.prefix(mark.column - 1).map {
                String($0).utf8.count
            }.reduce(0, +)
            guard start + keyBytes.count <= line.count, Array(line[start..<(start + keyBytes.count)]) == keyBytes else {
                continue
            }
            var after = start + keyBytes.count
            while after < line.count, line[after] == UInt8(ascii: " ") { after += 1 }
            if after < line.count, line[after] == UInt8(ascii: ":") { return (index + 1, mark.column) }
        }
        return nil
    }

    init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = max(1, line)
        self.column = max(1, column)
    }
}
