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
        var comments: [Comment] = []
        var blockIndent: Int?
        var blockOpening = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars.filter { $0 != "\r" })
            let indent = scalars.prefix { $0 == " " }.count
            let blank = indent == scalars.count
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
            var quote: Unicode.Scalar?
            var index = 0
            var found: Comment?
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if open == "\"", scalar == "\\" {
                        index += 2
                        continue
                    }
                    if scalar == open {
                        // '' inside a single-quoted scalar is an escaped quote.
                        if open == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                            index += 2
                            continue
                        }
                        quote = nil
                    }
                } else if scalar == "\"" || scalar == "'", index == 0 || " [{,:-".unicodeScalars.contains(scalars[index - 1]) {
                    quote = scalar
                } else if scalar == "#", index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" {
                    var start = index + 1
                    while start < scalars.count, scalars[start] == " " { start += 1 }
                    var body = String.UnicodeScalarView()
                    body.append(contentsOf: scalars[start...])
                    found = Comment(line: number + 1, column: start + 1, text: String(body), isWholeLine: index == indent)
                    break
                }
                index += 1
            }
            if let found { comments.append(found) }
            // A line whose value opens a block scalar ("summary: >-", "- |").
            let significant = scalars[..<(found.map { $0.column - 1 } ?? scalars.count)]
            var end = significant.count
            while end > 0, significant[significant.startIndex + end - 1] == " " || significant[significant.startIndex + end - 1] == "#" { end -= 1 }
            let tail = String(String.UnicodeScalarView(significant.prefix(end)))
            if quote == nil, let last = tail.split(separator: " ").last, ["|", ">", "|-", ">-", "|+", ">+"].contains(last), tail.hasSuffix(String(last)) {
                blockIndent = indent
                blockOpening = true
            }
        }
        return comments
    }
}
