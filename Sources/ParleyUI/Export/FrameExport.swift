import ParleyModel

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

extension FrameExport {
    /// The frame as an SVG picture in the theme's colours, for documentation.
    ///
    /// Each run of cells in one style is a background rectangle and a text element; the
    /// terminal's own colours (for themes that keep them) are drawn as xterm's defaults.
    public static func svg(_ grid: CellGrid, theme: Theme) -> String {
        let cellWidth = 9.0
        let cellHeight = 18.0
        let defaultBackground = theme.background?.rgb ?? (theme.isLight ? RGB(255, 255, 255) : RGB(12, 12, 12))
        let defaultForeground = theme.isLight ? RGB(31, 35, 40) : RGB(229, 229, 229)
        let width = Int(Double(grid.width) * cellWidth)
        let height = Int(Double(grid.height) * cellHeight)
        var output = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="15">
        <rect width="100%" height="100%" fill="\(defaultBackground)"/>

        """
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let style = theme.style(grid[column, row].role, depth: .trueColour)
                let start = column
                var text = ""
                while column < grid.width, theme.style(grid[column, row].role, depth: .trueColour) == style {
                    text += grid[column, row].text
                    column += 1
                }
                var foreground = style.foreground?.rgb ?? defaultForeground
                var background = style.background?.rgb
                if style.reverse {
                    (foreground, background) = (background ?? defaultBackground, foreground)
                }
                let x = Double(start) * cellWidth
                let y = Double(row) * cellHeight
                if let background, background != defaultBackground {
                    output += "<rect x=\"\(x)\" y=\"\(y)\" width=\(quoted(Double(column - start) * cellWidth)) height=\(quoted(cellHeight)) fill=\"\(background)\"/>\n"
                }
                guard text.contains(where: { $0 != " " }) else { continue }
                var attributes = "x=\"\(x)\" y=\"\(y + 14)\" fill=\"\(foreground)\""
                if style.bold { attributes += " font-weight=\"bold\"" }
                if style.underline { attributes += " text-decoration=\"underline\"" }
                output += "<text \(attributes) xml:space=\"preserve\" textLength=\(quoted(Double(column - start) * cellWidth)) lengthAdjust=\"spacingAndGlyphs\">\(HTMLText.escaped(text))</text>\n"
            }
        }
        return output + "</svg>\n"
    }

    private static func quoted(_ value: Double) -> String { "\"\(value)\"" }
}
