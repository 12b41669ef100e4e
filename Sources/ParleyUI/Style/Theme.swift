/// A colour as themes name it.
public enum Color: Hashable, Sendable {
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// One of the 256 indexed colours.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// How a role looks: colours (nil means the terminal's default) and attributes.
public struct TextStyle: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var underline = false
    public var reverse = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
}

/// The look of every style role: what a theme file describes.
///
/// Without colour (a monochrome terminal, `NO_COLOR`), every theme falls back to the same
/// attributes-only styles, so meaning is carried by bold, underline and reverse alone (and
/// by the glyphs the views draw) whatever theme is chosen.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    /// The background the theme paints; nil keeps the terminal's own.
    public var background: Color?
    /// True for a light theme, so contrast is judged against a light default background.
    public var isLight: Bool
    public var styles: [StyleRole: TextStyle]

    public init(name: String, description: String = "", background: Color? = nil, isLight: Bool = false, styles: [StyleRole: TextStyle]) {
        self.name = name
        self.description = description
        self.background = background
        self.isLight = isLight
        self.styles = styles
    }

    /// How a role is drawn at a colour depth: the theme's colours brought within the depth,
    /// the theme's background under any role that sets none, or attributes alone without colour.
    public func style(_ role: StyleRole, depth: ColourDepth) -> TextStyle {
        guard depth != .none else { return Self.attributesOnly[role] ?? TextStyle() }
        var style = styles[role] ?? TextStyle()
        if style.background == nil { style.background = background }
        style.foreground = style.foreground.flatMap(depth.map)
        style.background = style.background.flatMap(depth.map)
        return style
    }

    /// The styles used when there is no colour, whichever theme is chosen.
    public static let attributesOnly: [StyleRole: TextStyle] = [
        .title: TextStyle(bold: true),
        .heading: TextStyle(bold: true),
        .borderFocused: TextStyle(bold: true),
        .selection: TextStyle(reverse: true),
        .selectionInactive: TextStyle(underline: true),
        .match: TextStyle(bold: true, underline: true),
        .matchCurrent: TextStyle(bold: true, underline: true, reverse: true),
        .titleBar: TextStyle(reverse: true),
        .tabActive: TextStyle(bold: true),
        .status: TextStyle(reverse: true),
        .statusKey: TextStyle(bold: true, reverse: true),
        .warning: TextStyle(bold: true),
        .accent: TextStyle(bold: true),
        .party1: TextStyle(bold: true),
        .party2: TextStyle(bold: true),
        .party3: TextStyle(bold: true),
        .party4: TextStyle(bold: true),
        .party5: TextStyle(bold: true),
        .party6: TextStyle(bold: true),
    ]

    /// The bundled default theme (themes/default.yaml), compiled in already parsed.
    public static let standard: Theme = compiledStandard
}
