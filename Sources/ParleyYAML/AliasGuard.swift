import Yams

/// Defends the loader against YAML alias bombs, which expand a tiny file into billions of nodes.
///
/// Two separate dangers, measured with Yams 6.2.2: `compose` hands an alias back as the anchored
/// node itself, so a bomb composes instantly and only a walk of the tree explodes (bounded by
/// `expansionOverflow`); but Yams also hashes every mapping key to find duplicates, and hashing a
/// key that is an alias of a bomb never returns. Dossier keys are always plain words, so an alias
/// used as a key is refused before Yams ever sees the file (`aliasKeyOffset`).
public enum AliasGuard {
    /// The byte offset of the first alias written in a mapping-key position, when the text defines anchors.
    ///
    /// A line-oriented scan: it skips comments, quoted text on one line and the bodies of block
    /// scalars (`|`, `>`). Only files that define an anchor are scanned, so ordinary text that merely
    /// looks like `*word:` can never trip it in a dossier that uses no anchors.
    static func aliasKeyOffset(in bytes: [UInt8]) -> Int? {
        guard definesAnchor(bytes) else { return nil }
        var lineStart = 0
        var blockScalarIndent: Int?
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = Array(bytes[lineStart..<lineEnd])
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            let blank = line.allSatisfy {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t")
            }
            if let parent = blockScalarIndent, blank || indent > parent {
                lineStart = lineEnd + 1
                continue
            }
            blockScalarIndent = nil
            let tokens = significantText(line)
            if let column = aliasKeyColumn(in: tokens) { return lineStart + column }
            if opensBlockScalar(tokens) { blockScalarIndent = indent }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// Where the tree passes `limit` nodes once aliases are followed, or nil when it stays within.
    ///
    /// Counting stops as soon as the limit is passed, so the cost is at most `limit` visits. The
    /// place reported is the top-level key whose value used up the budget, which is where a
    /// reader should look.
    static func expansionOverflow(_ root: Node, limit: Int) -> Mark? {
        var remaining = limit
        guard case let .mapping(mapping) = root else {
            return count(root, remaining: &remaining) ? nil : root.mark
        }
        for (key, value) in mapping {
            guard count(key, remaining: &remaining), count(value, remaining: &remaining) else {
                return key.mark ?? root.mark
            }
        }
        return nil
    }

    private static func count(_ node: Node, remaining: inout Int) -> Bool {
        remaining -= 1
        if remaining < 0 { return false }
        switch node {
        case .scalar, .alias:
            return true
        case let .sequence(sequence):
            for child in sequence where !count(child, remaining: &remaining) { return false }
            return true
        case let .mapping(mapping):
            for (key, value) in mapping {
                guard count(key, remaining: &remaining), count(value, remaining: &remaining) else { return false }
            }
            return true
        }
    }

    private static func definesAnchor(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "&") {
            if index + 1 < bytes.count, isNameByte(bytes[index + 1]),
                index == 0
                    || [
                        UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "{"),
                        UInt8(ascii: ","),
                    ].contains(bytes[index - 1])
            {
                return true
            }
        }
        return false
    }

    /// The line with comments and single-line quoted scalars blanked out, keeping columns.
    private static func significantText(_ line: [UInt8]) -> [UInt8] {
        var result = line
        var quote: UInt8?
        var index = 0
        while index < result.count {
            let byte = result[index]
            if let open = quote {
                if byte == open {
                    quote = nil
                } else if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    result[index] = UInt8(ascii: "x")
                    index += 1
                    if index < result.count { result[index] = UInt8(ascii: "x") }
                    index += 1
                    continue
                }
                result[index] = UInt8(ascii: "x")
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "#"), index == 0 || result[index - 1] == UInt8(ascii: " ") {
                for rest in index..<result.count { result[rest] = UInt8(ascii: " ") }
                break
            }
            index += 1
        }
        return result
    }

    /// Column of an alias that is followed by `:` (an implicit key) or preceded by `? ` (an explicit key).
    private static func aliasKeyColumn(in line: [UInt8]) -> Int? {
        var index = 0
        while index < line.count {
            guard line[index] == UInt8(ascii: "*"), index + 1 < line.count, isNameByte(line[index + 1]),
                startsToken(line, at: index)
            else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < line.count, isNameByte(line[index]) { index += 1 }
            var after = index
            while after < line.count, line[after] == UInt8(ascii: " ") { after += 1 }
            let colonFollows =
                after < line.count && line[after] == UInt8(ascii: ":")
                && (after + 1 == line.count
                    || [UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "\r")].contains(
                        line[after + 1]))
            var before = start - 1
            while before >= 0, line[before] == UInt8(ascii: " ") { before -= 1 }
            let questionPrecedes = before >= 0 && line[before] == UInt8(ascii: "?")
            if colonFollows || questionPrecedes { return start }
        }
        return nil
    }

    private static func startsToken(_ line: [UInt8], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, line[before] == UInt8(ascii: " ") { before -= 1 }
        guard before >= 0 else { return true }
        return [
            UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"),
            UInt8(ascii: ","),
        ]
        .contains(line[before])
    }

    private static func opensBlockScalar(_ line: [UInt8]) -> Bool {
        var end = line.count
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\r")].contains(line[end - 1]) { end -= 1 }
        var start = end
        while start > 0,
            [UInt8(ascii: "-"), UInt8(ascii: "+")].contains(line[start - 1])
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[start - 1])
        {
            start -= 1
        }
        guard start > 0, [UInt8(ascii: "|"), UInt8(ascii: ">")].contains(line[start - 1]) else { return false }
        let indicator = start - 1
        return indicator == 0 || line[indicator - 1] == UInt8(ascii: " ")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        // libyaml (inside Yams) accepts only ASCII letters, digits, '-' and '_' in anchor and alias names.
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }
}
