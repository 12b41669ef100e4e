import ParleyModel

/// A frame held in memory: a rectangle of cells that views draw into and presenters read.
///
/// Everything written is made safe first: control characters and bidi overrides become
/// visible placeholders, zero-width graphemes are dropped, and a wide grapheme is never
/// split at a clip edge (a space takes its place). So whatever views draw, a grid can only
/// ever hold printable text of known width.
public struct CellGrid: Equatable, Sendable {
    public let size: Size
    private(set) var packed: [PackedCell]
    /// Graphemes too long to pack into a cell, referred to by index.
    private(set) var overflow: [String] = []
    /// Reduce all text to ASCII (for terminals whose locale cannot show more).
    public let asciiOnly: Bool
    /// Where the terminal's cursor goes: the start of the selected item (or the typing point),
    /// which screen readers and braille displays follow. Nil leaves it where it is.
    public var cursor: Point?

    public init(size: Size, asciiOnly: Bool = false) {
        self.size = size
        self.asciiOnly = asciiOnly
        packed = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// Puts the cursor at a cell, when it is inside the grid.
    public mutating func placeCursor(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        cursor = Point(x: x, y: y)
    }

    public subscript(x: Int, y: Int) -> Cell {
        let cell = packed[y * size.width + x]
        return Cell(cell.text(overflow: overflow), role: cell.role)
    }

    /// The role of a cell, without building its text.
    public func role(x: Int, y: Int) -> StyleRole { packed[y * size.width + x].role }

    /// Two grids are equal when they are the same size and show the same in every cell.
    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.size == rhs.size && lhs.cursor == rhs.cursor && lhs.packed.indices.allSatisfy { lhs.sameCell($0, as: rhs) }
    }

    /// True when the cell at `index` shows the same as `other`'s cell at the same index.
    func sameCell(_ index: Int, as other: CellGrid) -> Bool {
        let mine = packed[index]
        let theirs = other.packed[index]
        if mine.length == PackedCell.overflow || theirs.length == PackedCell.overflow {
            return mine.role == theirs.role && mine.text(overflow: overflow) == theirs.text(overflow: other.overflow)
        }
        return mine == theirs
    }

    /// Writes `text` on one row from `x`, clipped to `clip` (and the grid); returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = clip.map { intersect($0, bounds) } ?? bounds
        guard y >= area.y, y < area.maxY, x < area.maxX else { return 0 }
        var column = x
        // Printable ASCII, most of any frame, needs neither width lookups nor new strings.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 {
                if column >= area.maxX { break }
                if column >= area.x { set(x: column, y: y, PackedCell(ascii: byte, role: role)) }
                column += 1
            }
            return max(0, min(column, area.maxX) - max(x, area.x))
        }
        let visible = VisibleText.escaped(text)
        // Box drawing, quotation marks, dashes and CJK: each scalar is a grapheme, so the
        // text can be walked scalar by scalar without grapheme segmentation.
        if !asciiOnly, visible.unicodeScalars.allSatisfy(DisplayWidth.standsAlone) {
            for scalar in visible.unicodeScalars {
                let width = DisplayWidth.of(scalar: scalar)
                if width == 0 { continue }
                guard fits(width, at: &column, y: y, area: area, role: role) else { break }
                if column >= area.x {
                    set(x: column, y: y, PackedCell(scalar: scalar, role: role))
                    if width == 2 { setContinuation(x: column + 1, y: y, role: role) }
                }
                column += width
            }
            return max(0, min(column, area.maxX) - max(x, area.x))
        }
        for character in visible {
            let grapheme = asciiOnly ? Self.ascii(character) : String(character)
            let width = asciiOnly ? 1 : DisplayWidth.of(character)
            if width == 0 { continue }
            guard fits(width, at: &column, y: y, area: area, role: role) else { break }
            if column >= area.x {
                set(x: column, y: y, Cell(grapheme, role: role))
                if width == 2 { setContinuation(x: column + 1, y: y, role: role) }
            }
            column += width
        }
        return max(0, min(column, area.maxX) - max(x, area.x))
    }

    /// Writes text cut to `width` columns with an ellipsis when it is longer.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, role: StyleRole, ellipsis: String) -> Int {
        guard width > 0 else { return 0 }
        let visible = VisibleText.escaped(text)
        let fitted: String
        if visible.utf8.count <= width, visible.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            fitted = visible
        } else if DisplayWidth.of(visible) <= width {
            fitted = visible
        } else {
            fitted = TextWrap.truncated(visible, width: width - DisplayWidth.of(ellipsis) + 1).dropLast() + ellipsis
        }
        return put(fitted, x: x, y: y, role: role, clip: Rect(x: x, y: y, width: width, height: 1))
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let area = intersect(rect, bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { set(x: column, y: row, Cell(" ", role: role)) }
        }
    }

    /// Changes the role of every cell in a rectangle, keeping the text (for a selection bar).
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let area = intersect(rect, bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { packed[row * size.width + column].role = role }
        }
    }

    /// Changes the role of every cell in a rectangle except those in `kept` roles (search
    /// matches stay visible inside a selection bar).
    public mutating func restyle(_ rect: Rect, role: StyleRole, keeping kept: Set<StyleRole>) {
        let area = intersect(rect, bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX where !kept.contains(packed[row * size.width + column].role) {
                packed[row * size.width + column].role = role
            }
        }
    }

    /// Changes the role of cells from `x` for `count` columns on one row.
    public mutating func restyle(x: Int, y: Int, count: Int, role: StyleRole) {
        restyle(Rect(x: x, y: y, width: count, height: 1), role: role)
    }

    /// The grid as text, one string per row, continuation cells left out.
    public var lines: [String] {
        (0..<size.height).map { row in
            // Bytes first, one string at the end: a frame has thousands of cells.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(size.width)
            for cell in packed[(row * size.width)..<((row + 1) * size.width)] where !cell.isContinuation {
                cell.appendBytes(to: &bytes, overflow: overflow)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The grid's roles, one character per cell (see `StyleRole.code`).
    public var roleLines: [String] {
        (0..<size.height).map { row in String((0..<size.width).map { role(x: $0, y: row).code }) }
    }

    /// True when a glyph `width` columns wide fits before the clip's right edge at `column`.
    ///
    /// When it does not, the row ends there: a wide grapheme is never split, so its visible
    /// half becomes a space.
    private mutating func fits(_ width: Int, at column: inout Int, y: Int, area: Rect, role: StyleRole) -> Bool {
        guard column + width > area.maxX else { return true }
        if column >= area.x, column < area.maxX { set(x: column, y: y, PackedCell(ascii: 0x20, role: role)) }
        column = area.maxX
        return false
    }

    /// Marks the cell after a wide grapheme as its second half.
    private mutating func setContinuation(x: Int, y: Int, role: StyleRole) {
        var continuation = PackedCell(ascii: 0, role: role)
        continuation.length = 0
        set(x: x, y: y, continuation)
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        set(x: x, y: y, PackedCell(cell.text, role: cell.role, overflow: &overflow))
    }

    private mutating func set(x: Int, y: Int, _ cell: PackedCell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        // Overwriting half of a wide grapheme blanks its other half, so none is left split:
        // the first half of the one whose second half this was,
        if packed[index].isContinuation, !cell.isContinuation, x > 0, !packed[index - 1].isContinuation,
            packed[index - 1].isWide(overflow: overflow)
        {
            packed[index - 1] = PackedCell(ascii: 0x20, role: packed[index - 1].role)
        }
        // and the second half of the one that started here (even when a new grapheme's second
        // half lands on it, as when wide text is written again one column along).
        if !packed[index].isContinuation, x + 1 < size.width, packed[index + 1].isContinuation,
            packed[index].isWide(overflow: overflow)
        {
            packed[index + 1] = PackedCell(ascii: 0x20, role: packed[index + 1].role)
        }
        packed[index] = cell
    }

    private func intersect(_ a: Rect, _ b: Rect) -> Rect {
        let x = max(a.x, b.x)
        let y = max(a.y, b.y)
        return Rect(x: x, y: y, width: min(a.maxX, b.maxX) - x, height: min(a.maxY, b.maxY) - y)
    }

    /// An ASCII stand-in for a grapheme: accents dropped where that leaves a letter, typographic
    /// punctuation made plain, anything else a question mark.
    static func ascii(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        switch character {
        case "\u{201C}", "\u{201D}", "\u{201E}", "«", "»": return "\""
        case "\u{2018}", "\u{2019}": return "'"
        case "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        case "\u{2026}": return "."
        case "\u{00A0}": return " "
        case "←", "◀": return "<"
        case "→", "▶": return ">"
        case "↑", "▲": return "^"
        case "↓", "▼": return "v"
        case "─", "━": return "-"
        case "│", "┃": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
        case "●", "•": return "*"
        case "◐": return "~"
        case "·": return "-"
        case "␛", "␀", "␇", "␍", "␡": return "?"
        default: break
        }
        let base = character.unicodeScalars.first.map { Character($0) } ?? "?"
        if base.isASCII, base.isLetter { return String(base) }
        let folded = TextFolding.stripDiacritics(String(character))
        if folded.count == 1, let first = folded.first, first.isASCII { return String(first) }
        return "?"
    }
}
