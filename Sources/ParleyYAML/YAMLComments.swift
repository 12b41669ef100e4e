/// The comments of a YAML text, each with the line and column its text begins at: what
/// libyaml reads past, found again for the notes an author leaves ("# TODO: party").
///
/// A `#` begins a comment at the start of a line or after white space, outside a quoted
/// scalar and outside a block scalar (`|`, `>`), whose lines are text however they look.
public enum YAMLComments {
    public struct Comment: Sendable, Hashable {
        /// 1-based line.
        public var line: Int
        /// 1-based column of the comment's first character after `#` and its spaces,
        /// counted in Unicode scalars as diagnostics are.
        public var column: Int
        /// The comment without `#` and the spaces after it.
        public var text: String
        /// True when nothing but white space comes before the `#` on its line.
        public var isWholeLine: Bool
    }

    public static func comments(in text: String) -> [Comment] {
        // Every character that matters here is ASCII, so the scan walks UTF-8 bytes, which
        // never mistake part of a longer character for one of them; building strings scalar
        // by scalar made this the slowest step of reading a large desk.
        var text = text
        return text.withUTF8 { comments(inUTF8: $0) }
    }

    private static func comments(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Comment] {
        var comments: [Comment] = []
        var blockIndent: Int?
        var blockOpening = false
        var line: [UInt8] = []
        var number = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            line.removeAll(keepingCapacity: true)
            for byte in bytes[lineStart..<lineEnd] where byte != carriageReturn { line.append(byte) }
            number += 1
            lineStart = lineEnd + 1
            let indent = line.prefix { $0 == space }.count
            let blank = indent == line.count
            // Inside a block scalar every line indented as far as its first line is text.
            if let key = blockIndent {
                if blank { continue }
                if blockOpening, indent > key {
                    blockOpening = false
                    blockIndent = indent - 1
                    continue
                }
                if !blockOpening, indent > key { continue }
                blockOpening = false
                blockIndent = nil
            }
            var quote: UInt8?
            var index = 0
            var found: (comment: Comment, hash: Int)?
            while index < line.count {
                let byte = line[index]
                if let open = quote {
                    if open == doubleQuote, byte == backslash {
                        index += 2
                        continue
                    }
                    if byte == open {
                        // '' inside a single-quoted scalar is an escaped quote.
                        if open == singleQuote, index + 1 < line.count, line[index + 1] == singleQuote {
                            index += 2
                            continue
                        }
                        quote = nil
                    }
                } else if byte == doubleQuote || byte == singleQuote,
                    index == 0 || quoteOpeners.contains(line[index - 1])
                {
                    quote = byte
                } else if byte == hash, index == 0 || line[index - 1] == space || line[index - 1] == tab {
                    var start = index + 1
                    while start < line.count, line[start] == space { start += 1 }
                    let column = line[..<start].reduce(1) { $0 + (isContinuation($1) ? 0 : 1) }
                    let body = String(decoding: line[start...], as: UTF8.self)
                    found = (Comment(line: number, column: column, text: body, isWholeLine: index == indent), index)
                    break
                }
                index += 1
            }
            if let found { comments.append(found.comment) }
            // A line whose value opens a block scalar ("summary: >-", "- |").
            var end = found.map { $0.hash } ?? line.count
            while end > 0, line[end - 1] == space || line[end - 1] == hash { end -= 1 }
            if quote == nil, end > 0 {
                var wordStart = end
                while wordStart > 0, line[wordStart - 1] != space { wordStart -= 1 }
                if blockIndicators.contains(Array(line[wordStart..<end])) {
                    blockIndent = indent
                    blockOpening = true
                }
            }
        }
        return comments
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let hash = UInt8(ascii: "#")
    private static let backslash = UInt8(ascii: "\\")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")
    /// What may come right before a quote that opens a quoted scalar.
    private static let quoteOpeners = Set(" [{,:-".utf8)
    private static let blockIndicators: Set<[UInt8]> = Set(["|", ">", "|-", ">-", "|+", ">+"].map { Array($0.utf8) })

    /// True for the second and later bytes of a UTF-8 character, which do not begin a scalar.
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
