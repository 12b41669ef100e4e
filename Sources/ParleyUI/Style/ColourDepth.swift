/// How many colours the output can show, and how each theme colour is brought within them.
public enum ColourDepth: Int, Comparable, CaseIterable, Sendable {
    /// No colour: attributes only.
    case none = 0
    case eight = 8
    case sixteen = 16
    case palette256 = 256
    case trueColour = 16_777_216

    public static func < (lhs: ColourDepth, rhs: ColourDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth for a frame written without a terminal (`parley render`): `COLORTERM` of
    /// `truecolor` or `24bit` gives 24-bit, a `TERM` naming 256 colours gives 256, otherwise 16.
    public static func forRender(environment: [String: String]) -> ColourDepth {
        if let colourTerm = environment["COLORTERM"]?.lowercased(), colourTerm == "truecolor" || colourTerm == "24bit" { return .trueColour }
        if environment["TERM"]?.contains("256color") == true { return .palette256 }
        return .sixteen
    }

    /// The depth of a terminal that reports `colours` colours through curses.
    public static func forTerminal(colours: Int) -> ColourDepth {
        switch colours {
        case 16_777_216...: return .trueColour
        case 256...: return .palette256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }

    /// The nearest colour this depth can show, by perceptual (OKLab) distance.
    ///
    /// ANSI colours stay ANSI wherever the depth has them, so a theme written in ANSI names
    /// keeps following the terminal's own palette.
    public func map(_ colour: Color) -> Color? {
        switch self {
        case .none:
            return nil
        case .trueColour:
            return colour
        case .palette256:
            switch colour {
            case .ansi, .indexed: return colour
            case .rgb: return .indexed(UInt8(Self.nearest(to: colour.rgb, among: 16..<256)))
            }
        case .sixteen, .eight:
            let count = self == .sixteen ? 16 : 8
            if case let .ansi(index) = colour { return .ansi(Int(index) < count ? index : index - 8) }
            return .ansi(UInt8(Self.nearest(to: colour.rgb, among: 0..<count)))
        }
    }

    /// The palette index in `range` closest to `target`.
    static func nearest(to target: RGB, among range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Double.infinity
        for index in range {
            let distance = RGB.distance(target, XtermPalette.rgb(index))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }
}

/// Whether to use colour at all: the `--color` choice, `NO_COLOR`, and whether output is a terminal.
public enum ColourChoice: String, CaseIterable, Sendable {
    case auto, always, never

    /// True when colour should be used.
    ///
    /// `--color always` and `never` win over everything; otherwise a non-empty `NO_COLOR` turns
    /// colour off (no-color.org), and so does output that is not a terminal, unless the output
    /// was asked for in colour explicitly (`render --format ansi`).
    public func allowsColour(environment: [String: String], outputIsTerminal: Bool, explicitlyRequested: Bool = false) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
            return outputIsTerminal || explicitlyRequested
        }
    }
}
