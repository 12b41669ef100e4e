import CNcursesw
import ParleyUI

/// Turns a theme into curses attributes and colour pairs for the colours this terminal has.
enum ColourPalette {
    /// Sets up one colour pair per role and returns each role's attributes and pair.
    ///
    /// At depth `.none` only attributes are used (the attributes-only styles every theme shares).
    static func install(_ theme: Theme, depth: ColourDepth) -> [StyleRole: (attributes: attr_t, pair: Int32)] {
        var result: [StyleRole: (attributes: attr_t, pair: Int32)] = [:]
        for (offset, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(role, depth: depth)
            var attributes = parley_a_normal()
            if style.bold { attributes |= parley_a_bold() }
            if style.underline { attributes |= parley_a_underline() }
            if style.reverse { attributes |= parley_a_reverse() }
            var pair: Int32 = 0
            if depth != .none, style.foreground != nil || style.background != nil {
                // Bright colours on an 8-colour terminal: the normal colour, made bold.
                if depth == .eight, case let .ansi(value)? = theme.styles[role]?.foreground, value >= 8 { attributes |= parley_a_bold() }
                pair = Int32(offset + 1)
                init_extended_pair(pair, style.foreground.map(index) ?? -1, style.background.map(index) ?? -1)
            }
            result[role] = (attributes, pair)
        }
        return result
    }

    /// The curses colour number of a colour already brought within the terminal's depth.
    static func index(of colour: Color) -> Int32 {
        switch colour {
        case let .ansi(value): return Int32(value)
        case let .indexed(value): return Int32(value)
        // Direct-colour terminals number colours by their 24-bit value.
        case let .rgb(red, green, blue): return Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
        }
    }
}
