import ParleyModel

extension CellGrid {
    /// Writes one line of text cut to `width` columns (with an ellipsis when cut), then marks
    /// the character ranges `highlights` in the `match` role; returns the columns used.
    ///
    /// This is the quick path for list rows, where only a line's opening shows: no wrapping and
    /// no intermediate lines. Control characters become one-column pictures, so character
    /// offsets still line up with columns; text with wider placeholders (C1 controls, bidi
    /// overrides) takes the general path through `HighlightedText`.
    @discardableResult
    public mutating func putLine(_ text: String, x: Int, y: Int, width: Int, role: StyleRole, highlights: [Range<Int>], ellipsis: String) -> Int {
        guard width > 0 else { return 0 }
        let unsafeWide = text.unicodeScalars.contains { VisibleText.isUnsafe($0) && $0.value >= 0x7F }
        if unsafeWide {
            let line = HighlightedText.lines(text, width: width, role: role, highlights: highlights, maxLines: 1).first ?? .blank
            line.fitted(width, ellipsis: ellipsis).draw(into: &self, x: x, y: y, width: width)
            return min(width, line.width)
        }
        let used = put(text, x: x, y: y, width: width, role: role, ellipsis: ellipsis)
        guard !highlights.isEmpty else { return used }
        // Column of each character start, for the characters that were written.
        var columns: [Int] = []
        var column = 0
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        if !ascii {
            for character in text {
                columns.append(column)
                column += VisibleText.isUnsafe(character.unicodeScalars.first!) ? 1 : DisplayWidth.of(character)
                if column > used { break }
            }
        }
        for range in highlights {
            let start = ascii ? range.lowerBound : (range.lowerBound < columns.count ? columns[range.lowerBound] : used)
            let end = ascii ? range.upperBound : (range.upperBound < columns.count ? columns[range.upperBound] : used)
            let from = min(start, used)
            let to = min(end, used)
            if to > from { restyle(x: x + from, y: y, count: to - from, role: .match) }
        }
        return used
    }
}
