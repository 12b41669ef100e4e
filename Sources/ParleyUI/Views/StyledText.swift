import ParleyModel

/// A run of text in one role.
public struct Segment: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .text) {
        self.text = text
        self.role = role
    }
}

/// One line of styled text, ready to draw.
public struct StyledLine: Hashable, Sendable {
    public var segments: [Segment]

    public init(_ segments: [Segment] = []) {
        self.segments = segments
    }

    public init(_ text: String, _ role: StyleRole = .text) {
        segments = [Segment(text, role)]
    }

    public static let blank = StyledLine()

    /// Columns the line takes.
    public var width: Int { segments.reduce(0) { $0 + DisplayWidth.of(VisibleText.escaped($1.text)) } }

    /// The line cut to `width` columns, ending in `ellipsis` when anything was cut.
    public func fitted(_ width: Int, ellipsis: String) -> StyledLine {
        guard self.width > width else { return self }
        let room = max(0, width - DisplayWidth.of(ellipsis))
        var result: [Segment] = []
        var used = 0
        for segment in segments {
            let text = VisibleText.escaped(segment.text)
            let segmentWidth = DisplayWidth.of(text)
            if used + segmentWidth <= room {
                result.append(Segment(text, segment.role))
                used += segmentWidth
                continue
            }
            let head = TextWrap.split(text[...], atWidth: room - used).head
            if !head.isEmpty { result.append(Segment(String(head), segment.role)) }
            result.append(Segment(ellipsis, segment.role))
            break
        }
        return StyledLine(result)
    }

    /// Draws the line from `x` on row `y`, clipped to `width` columns.
    public func draw(into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        var column = x
        let clip = Rect(x: x, y: y, width: width, height: 1)
        for segment in segments where column < x + width {
            column += grid.put(segment.text, x: column, y: y, role: segment.role, clip: clip)
        }
    }
}

/// Lays out text with highlighted character ranges, keeping the ranges through wrapping.
///
/// Offsets are grapheme offsets into the original text (as search results report them);
/// each grapheme is made visible on its own, so placeholders for control characters never
/// shift a highlight onto the wrong words.
public enum HighlightedText {
    /// Wrapped lines of `text` in `width` columns, `role` for plain text and the highlight roles
    /// for the ranges (`current` for the occurrence `n`/`N` landed on).
    ///
    /// `roleAt` gives a role of its own to any character it answers for (the review screen's
    /// quotations and mentions), ahead of the highlights.
    public static func lines(
        _ text: String, width: Int, role: StyleRole, highlights: [Range<Int>] = [], current: Range<Int>? = nil,
        firstIndent: String = "", indent: String = "", maxLines: Int? = nil, roleAt: ((Int) -> StyleRole?)? = nil
    ) -> [StyledLine] {
        laidOut(
            text, width: width, role: role, highlights: highlights, current: current, firstIndent: firstIndent,
            indent: indent, maxLines: maxLines, roleAt: roleAt
        ).map(\.line)
    }

    /// The wrapped lines as `lines` makes them, each with the characters of `text` it holds.
    public static func laidOut(
        _ text: String, width: Int, role: StyleRole, highlights: [Range<Int>] = [], current: Range<Int>? = nil,
        firstIndent: String = "", indent: String = "", maxLines: Int? = nil, roleAt: ((Int) -> StyleRole?)? = nil
    ) -> [(line: StyledLine, characters: Range<Int>)] {
        guard width > DisplayWidth.of(indent) else { return [] }
        // A line holds at most `width` graphemes, so a few lines need only the text's opening.
        let characters = maxLines.map { Array(text.prefix($0 * width + 1)) } ?? Array(text)
        let clean = !text.unicodeScalars.contains(where: VisibleText.isUnsafe)
        let pieces =
            clean
            ? characters.map { String($0) } : characters.map { VisibleText.escaped(String($0), keepNewlines: true) }
        var lines: [(line: StyledLine, characters: Range<Int>)] = []
        for range in wrap(
            pieces, width: width - DisplayWidth.of(indent), firstWidth: width - DisplayWidth.of(firstIndent))
        {
            if let maxLines, lines.count == maxLines {
                // One more, empty, line says that text goes on beyond those shown.
                lines.append((.blank, range.lowerBound..<range.lowerBound))
                break
            }
            var segments: [Segment] = [Segment(lines.isEmpty ? firstIndent : indent, role)]
            var runText = ""
            var runRole = role
            for index in range {
                let pieceRole: StyleRole
                if let own = roleAt?(index) {
                    pieceRole = own
                } else if let current, current.contains(index) {
                    pieceRole = .matchCurrent
                } else if highlights.contains(where: { $0.contains(index) }) {
                    pieceRole = .match
                } else {
                    pieceRole = role
                }
                if pieceRole != runRole, !runText.isEmpty {
                    segments.append(Segment(runText, runRole))
                    runText = ""
                }
                runRole = pieceRole
                runText += pieces[index] == "\n" ? "" : pieces[index]
            }
            if !runText.isEmpty { segments.append(Segment(runText, runRole)) }
            lines.append((StyledLine(segments), range))
        }
        return lines
    }

    /// Index ranges of `pieces` for each line: breaks after spaces, splits over-long words,
    /// never splits a piece, honours newlines.
    static func wrap(_ pieces: [String], width: Int, firstWidth: Int) -> [Range<Int>] {
        // One byte is one printable ASCII character (controls were made visible before).
        let widths = pieces.map { $0.utf8.count == 1 ? 1 : DisplayWidth.of($0) }
        var result: [Range<Int>] = []
        var start = 0
        var lineWidth = 0
        var lastBreak: Int?
        var index = 0
        func limit() -> Int { max(1, result.isEmpty ? firstWidth : width) }
        while index < pieces.count {
            let piece = pieces[index]
            if piece == "\n" {
                result.append(start..<index)
                start = index + 1
                lineWidth = 0
                lastBreak = nil
                index += 1
                continue
            }
            let pieceWidth = widths[index]
            if lineWidth + pieceWidth > limit(), index > start {
                if piece == " " {
                    // The space that overflows is the break itself.
                    result.append(start..<index)
                    start = index
                } else if let lastBreak, lastBreak > start {
                    result.append(start..<lastBreak)
                    start = lastBreak
                } else {
                    result.append(start..<index)
                    start = index
                }
                // Spaces that caused the break are not carried to the next line.
                while start < pieces.count, pieces[start] == " " { start += 1 }
                lineWidth = widths[start..<max(start, index)].reduce(0, +)
                lastBreak = nil
                if start > index { index = start }
                continue
            }
            lineWidth += pieceWidth
            if piece == " " { lastBreak = index + 1 }
            index += 1
        }
        if start < pieces.count || result.isEmpty { result.append(start..<pieces.count) }
        return result
    }
}
