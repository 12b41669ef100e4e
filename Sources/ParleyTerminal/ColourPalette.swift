import CNcursesw
import ParleyUI

/// Turns a theme into curses attributes and colour pairs for the colours this terminal has.
enum ColourPalette {
    /// Sets up one colour pair per role and returns each role's attributes and pair.
    ///
    /// With fewer than 8 colours only attributes are used (the theme's monochrome styles).
    static func install(_ theme: Theme, colours: Int, canColour: Bool) -> [StyleRole: (attributes: attr_t, pair: Int32)] {
        var result: [StyleRole: (attributes: attr_t, pair: Int32)] = [:]
        let useColour = canColour && colours >= 8
        for (offset, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(role, colour: useColour)
            var attributes = parley_a_normal()
            if style.bold { attributes |= parley_a_bold() }
            if style.underline { attributes |= parley_a_underline() }
            if style.reverse { attributes |= parley_a_reverse() }
            var pair: Int32 = 0
            if useColour, style.foreground != nil || style.background != nil {
                let foreground = style.foreground.map { index(of: $0, colours: colours) }
                let background = style.background.map { index(of: $0, colours: colours) }
                // Bright colours on an 8-colour terminal: the normal colour, made bold.
                if colours < 16, case let .ansi(value)? = style.foreground, value >= 8 { attributes |= parley_a_bold() }
                pair = Int32(offset + 1)
                init_pair(Int16(pair), Int16(foreground ?? -1), Int16(background ?? -1))
            }
            result[role] = (attributes, pair)
        }
        return result
    }

    /// The palette index to use for a colour on a terminal with `colours` colours.
    static func index(of colour: Color, colours: Int) -> Int {
        switch colour {
        case let .ansi(value):
            return colours >= 16 ? Int(value) : Int(value % 8)
        case let .indexed(value):
            if colours >= 256 { return Int(value) }
            return Int(value < 16 ? value : value % 8) % max(colours, 8)
        case let .rgb(red, green, blue):
            if colours >= 256 {
                func level(_ component: UInt8) -> Int { Int((Double(component) / 255.0 * 5.0).rounded()) }
                return 16 + 36 * level(red) + 6 * level(green) + level(blue)
            }
            // The nearest of the eight basic colours by channel thresholds.
            let bits = (red > 127 ? 1 : 0) | (green > 127 ? 2 : 0) | (blue > 127 ? 4 : 0)
            return bits
        }
    }
}
