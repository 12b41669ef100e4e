import ParleyYAML

extension DossierSplice {
    /// `text` without the item of the top-level list `key` whose `id` is `id`: its lines, and
    /// the comment lines just above it at its indentation (the notes `parley draft` writes
    /// before each quotation), every other byte kept. The caller checks that the result loads.
    public static func removing(_ id: String, from key: String, in text: String) throws(Failure) -> String {
        let root: YAMLNode?
        switch YAMLText.compose(bytes: Array(text.utf8), file: "dossier", noun: "dossier") {
        case let .success(node): root = node
        case let .failure(diagnostic): throw Failure(description: diagnostic.description)
        }
        guard case let .mapping(mapping)? = root, let pair = mapping.pairs.first(where: { $0.key.string == key }),
            case let .sequence(sequence) = pair.value
        else { throw Failure(description: "the dossier has no list \(key)") }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        if let mark = sequence.mark, mark.line >= 1, mark.line <= lines.count {
            let line = Array(lines[mark.line - 1].unicodeScalars)
            if mark.column - 1 < line.count, line[mark.column - 1] == "[" {
                throw Failure(
                    description: "`\(key)` is written as a flow list [...]: parley removes items of block lists only")
            }
        }
        let starts = sequence.nodes.map { $0.mark?.line ?? 0 }
        guard
            let index = sequence.nodes.firstIndex(where: { node in
                if case let .mapping(item) = node { return item["id"]?.string == id }
                return false
            }), starts[index] >= 1
        else { throw Failure(description: "no \(key) item with id '\(id)'") }
        let keyLine = pair.key.mark?.line ?? 1
        let nextKey = mapping.pairs.compactMap { $0.key.mark?.line }.filter { $0 > keyLine }.min()
        let dash = lines[starts[index] - 1].prefix { $0 == " " }.count
        // Comment lines at the item's indentation just above a line belong to the item there.
        func notesAbove(_ line: Int) -> Int {
            var first = line
            while first - 1 > keyLine, isNote(lines[first - 2], indent: dash) { first -= 1 }
            return first
        }
        let first = notesAbove(starts[index])
        var last: Int
        if index + 1 < starts.count {
            last = notesAbove(starts[index + 1]) - 1
        } else {
            last = min((nextKey ?? lines.count + 1) - 1, lines.count)
            // Blank lines and comments at the margin before the next key are the next key's.
            while last > starts[index], isMarginal(lines[last - 1]) { last -= 1 }
        }
        guard first >= 1, last >= first else { throw Failure(description: "no lines for \(key) item '\(id)'") }
        lines.removeSubrange((first - 1)..<last)
        return lines.joined(separator: "\n")
    }

    /// True for a comment line indented `indent` spaces.
    private static func isNote(_ line: String, indent: Int) -> Bool {
        let spaces = line.prefix { $0 == " " }.count
        return spaces == indent && line.dropFirst(spaces).hasPrefix("#")
    }
}
