import ParleyModel

/// A tall column of styled lines that a view scrolls through: the meeting page, a quote's
/// detail, the positions comparison.
public struct Document: Hashable, Sendable {
    public private(set) var lines: [StyledLine] = []
    public let width: Int

    public init(width: Int) {
        self.width = max(1, width)
    }

    public mutating func append(_ line: StyledLine) { lines.append(line) }

    public mutating func blank() {
        if !(lines.last.map { $0.segments.allSatisfy { $0.text.isEmpty } } ?? true) { lines.append(.blank) }
    }

    /// A paragraph wrapped to the width.
    public mutating func paragraph(_ text: String, role: StyleRole = .text, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        lines += HighlightedText.lines(text, width: width, role: role, firstIndent: pad, indent: pad)
    }

    /// `Label    value` with the value wrapped under itself.
    public mutating func field(_ label: String, _ value: String?, labelWidth: Int = 12, role: StyleRole = .text) {
        guard let value, !value.isEmpty else { return }
        let pad = String(repeating: " ", count: labelWidth)
        let wrapped = HighlightedText.lines(value, width: width - labelWidth, role: role)
        for (offset, line) in wrapped.enumerated() {
            let label = offset == 0 ? TextWrap.padded(label, width: labelWidth) : pad
            lines.append(StyledLine([Segment(label, .heading)] + line.segments))
        }
    }

    /// Draws the lines from `scroll` into `rect`.
    public func draw(into grid: inout CellGrid, rect: Rect, scroll: Int) {
        for row in 0..<rect.height {
            let index = scroll + row
            guard index < lines.count else { break }
            lines[index].draw(into: &grid, x: rect.x, y: rect.y + row, width: rect.width)
        }
    }

    /// The largest useful scroll offset for a view `height` rows tall.
    public func maximumScroll(height: Int) -> Int { max(0, lines.count - height) }
}
