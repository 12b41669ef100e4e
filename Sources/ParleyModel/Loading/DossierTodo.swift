import ParleyYAML

/// Something a dossier still asks of its author: a placeholder value `parley draft` left
/// ("TODO: outlet"), or a note in a comment, "# TODO: …" for what is missing and "# CHECK: …"
/// for an attribution the draft was not sure of.
///
/// `parley check --todo` lists them, and `parley export` warns while any remain. An author
/// clears one by filling the value in or deleting the note.
public struct DossierTodo: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// Something missing: a placeholder, or a "# TODO:" note.
        case todo
        /// Something to verify: a "# CHECK:" note.
        case check
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var kind: Kind
    /// What to do, as the note or the placeholder says it.
    public var message: String

    /// `FILE:LINE:COLUMN: todo: MESSAGE`, as diagnostics are written, unsafe characters visible.
    public var description: String {
        "\(VisibleText.escaped(file)):\(line):\(column): \(kind.rawValue): \(VisibleText.escaped(message))"
    }

    /// Every note and placeholder of a dossier's text, in the order they appear.
    static func find(text: String, root: YAMLNode, file: String) -> [DossierTodo] {
        var found: [DossierTodo] = []
        let comments = YAMLComments.comments(in: text)
        for (number, comment) in comments.enumerated() {
            for (marker, kind) in [("TODO", Kind.todo), ("CHECK", Kind.check)] where comment.text.hasPrefix(marker) {
                var rest = Substring(comment.text.dropFirst(marker.count))
                rest = rest.drop { $0 == ":" || $0 == " " }
                var message = String(rest)
                // A note goes on over the whole-line comments under it, at its column, up to the next note.
                var next = number + 1
                while comment.isWholeLine, next < comments.count, comments[next].isWholeLine, comments[next].line == comments[next - 1].line + 1,
                      comments[next].column == comment.column, !comments[next].text.hasPrefix("TODO"), !comments[next].text.hasPrefix("CHECK") {
                    message += " " + comments[next].text
                    next += 1
                }
                found.append(DossierTodo(file: file, line: comment.line, column: comment.column, kind: kind, message: message.isEmpty ? marker : message))
            }
        }
        collectPlaceholders(root, key: nil, file: file, into: &found)
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Scalars whose text begins "TODO": the values a draft leaves for the author to write.
    private static func collectPlaceholders(_ node: YAMLNode, key: String?, file: String, into found: inout [DossierTodo]) {
        switch node {
        case let .scalar(scalar):
            guard scalar.string.hasPrefix("TODO"), let mark = node.mark else { return }
            let what = key.map { "'\($0)' is a placeholder: " } ?? "a placeholder: "
            found.append(DossierTodo(file: file, line: mark.line, column: mark.column, kind: .todo, message: what + scalar.string))
        case let .mapping(mapping):
            for (name, value) in mapping { collectPlaceholders(value, key: name.string, file: file, into: &found) }
        case let .sequence(sequence):
            for value in sequence { collectPlaceholders(value, key: key, file: file, into: &found) }
        case .alias:
            return
        }
    }
}
