/// Splits an article's text into paragraphs, whether each paragraph is one line (as text
/// saved from a web page is) or hard-wrapped over several (as wire copy and e-mail are).
///
/// One decision is made per article: when most lines that continue into another line are of
/// a similar, typewriter-like length, the text is wrapped, and a paragraph runs until a blank
/// line, an indented line, or a line that ends a sentence well short of the wrap width.
/// Otherwise every line is a paragraph.
public enum ParagraphSplitter {
    public static func split(_ scalars: [Unicode.Scalar]) -> [Paragraph] {
        let lines = self.lines(scalars)
        let wrapped = isHardWrapped(lines, scalars)
        var paragraphs: [Paragraph] = []
        var current: Range<Int>?
        var previous: Line?
        for line in lines {
            guard let content = line.content else {
                // A blank line (or a paragraph separator) ends the paragraph.
                if let range = current { paragraphs.append(Paragraph(range: range)) }
                current = nil
                previous = nil
                continue
            }
            if wrapped, let range = current, let before = previous, !startsParagraph(line, after: before, scalars) {
                current = range.lowerBound..<content.upperBound
            } else {
                if let range = current { paragraphs.append(Paragraph(range: range)) }
                current = content
            }
            previous = line
        }
        if let range = current { paragraphs.append(Paragraph(range: range)) }
        return paragraphs
    }

    /// One line of the text: its full extent and its content without surrounding whitespace.
    struct Line {
        var range: Range<Int>
        /// Nil for a blank line.
        var content: Range<Int>?
        var indent: Int
    }

    static func lines(_ scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var first = start
            while first < end, scalars[first].properties.isWhitespace { first += 1 }
            var last = end
            while last > first, scalars[last - 1].properties.isWhitespace { last -= 1 }
            lines.append(Line(range: start..<end, content: first < last ? first..<last : nil, indent: first - start))
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}":
                close(at: index)
                start = index + 1
            case "\r":
                close(at: index)
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            case "\u{2029}":
                // A paragraph separator is a paragraph break whatever the wrapping.
                close(at: index)
                lines.append(Line(range: index..<index, content: nil, indent: 0))
                start = index + 1
            default:
                break
            }
            index += 1
        }
        close(at: scalars.count)
        return lines
    }

    /// True when lines that run on into another line look wrapped at a fixed width: most of
    /// them of a similar length, and at least half of them stopping mid-sentence (a line per
    /// paragraph ends almost always on a full stop or a closing quotation mark).
    static func isHardWrapped(_ lines: [Line], _ scalars: [Unicode.Scalar]) -> Bool {
        var continuing: [Int] = []
        var midSentence = 0
        var longest = 0
        for (index, line) in lines.enumerated() {
            guard let content = line.content else { continue }
            longest = max(longest, content.count)
            guard index + 1 < lines.count, lines[index + 1].content != nil else { continue }
            continuing.append(content.count)
            if !".!?\"”’:)".unicodeScalars.contains(scalars[content.upperBound - 1]) { midSentence += 1 }
        }
        guard continuing.count >= 3, longest <= 160, midSentence * 2 >= continuing.count else { return false }
        let typical = continuing.filter { (35...110).contains($0) }.count
        return typical * 10 >= continuing.count * 7
    }

    /// In wrapped text, whether `line` begins a new paragraph rather than continuing `before`.
    static func startsParagraph(_ line: Line, after before: Line, _ scalars: [Unicode.Scalar]) -> Bool {
        if line.indent >= 2, line.indent > before.indent { return true }
        guard let content = before.content else { return true }
        // A line that ends a sentence far short of the width closes its paragraph.
        let last = scalars[content.upperBound - 1]
        let endsSentence = ".!?\"”’:".unicodeScalars.contains(last)
        return endsSentence && content.count < 45
    }
}
