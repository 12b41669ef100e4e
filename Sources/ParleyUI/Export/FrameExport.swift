/// A frame turned into text for `parley render`: plain lines, or lines with SGR styling.
public enum FrameExport {
    /// Exactly `height` lines of plain text, none wider than the grid, no escape sequences.
    public static func text(_ grid: CellGrid) -> String {
        grid.lines.joined(separator: "\n") + "\n"
    }

    /// The same lines with SGR sequences (and nothing else) for each change of style, in the
    /// colours `depth` can show (attributes only at `.none`).
    public static func ansi(_ grid: CellGrid, theme: Theme, depth: ColourDepth) -> String {
        var output = ""
        for row in 0..<grid.height {
            var current: TextStyle?
            for column in 0..<grid.width {
                let cell = grid[column, row]
                if cell.isContinuation { continue }
                let style = theme.style(cell.role, depth: depth)
                if style != current {
                    output += sgr(style)
                    current = style
                }
                output += cell.text
            }
            output += "\u{1B}[0m\n"
        }
        return output
    }

    /// The SGR sequence that sets exactly this style (resetting first).
    public static func sgr(_ style: TextStyle) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let foreground = style.foreground { codes.append(colourCode(foreground, background: false)) }
        if let background = style.background { codes.append(colourCode(background, background: true)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colourCode(_ colour: Color, background: Bool) -> String {
        switch colour {
        case let .ansi(index):
            let base = index < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return String(base + Int(index % 8))
        case let .indexed(index):
            return (background ? "48;5;" : "38;5;") + String(index)
        case let .rgb(red, green, blue):
            return (background ? "48;2;" : "38;2;") + "\(red);\(green);\(blue)"
        }
    }
}
