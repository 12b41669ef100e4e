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

    /// Attributes only, for terminals without colour.
    public var withoutColour: TextStyle {
        TextStyle(bold: bold, underline: underline, reverse: reverse)
    }
}

/// The look of every style role, in colour and without.
///
/// Without colour, meaning is carried by bold, underline and reverse alone (and the glyphs the
/// views draw), so a monochrome terminal loses nothing but the colours.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: TextStyle]
    /// The style per role on a terminal with no colours.
    public var monochrome: [StyleRole: TextStyle]

    public func style(_ role: StyleRole, colour: Bool) -> TextStyle {
        (colour ? styles[role] : monochrome[role]) ?? TextStyle()
    }

    /// The default theme: the terminal's own background, ANSI colours that 8-colour consoles can show.
    public static let standard = Theme(
        name: "default",
        styles: [
            .text: TextStyle(),
            .muted: TextStyle(foreground: .ansi(8)),
            .title: TextStyle(foreground: .ansi(6), bold: true),
            .heading: TextStyle(foreground: .ansi(3)),
            .quote: TextStyle(),
            .border: TextStyle(foreground: .ansi(8)),
            .borderFocused: TextStyle(foreground: .ansi(6), bold: true),
            .selection: TextStyle(foreground: .ansi(0), background: .ansi(6)),
            .selectionInactive: TextStyle(background: .ansi(8)),
            .match: TextStyle(foreground: .ansi(0), background: .ansi(3), bold: true),
            .matchCurrent: TextStyle(foreground: .ansi(0), background: .ansi(5), bold: true, underline: true),
            .titleBar: TextStyle(foreground: .ansi(7), background: .ansi(4)),
            .tabActive: TextStyle(foreground: .ansi(0), background: .ansi(6), bold: true),
            .status: TextStyle(foreground: .ansi(7), background: .ansi(8)),
            .statusKey: TextStyle(foreground: .ansi(11), background: .ansi(8), bold: true),
            .warning: TextStyle(foreground: .ansi(9), bold: true),
            .accent: TextStyle(foreground: .ansi(6)),
            .party1: TextStyle(foreground: .ansi(9), bold: true),
            .party2: TextStyle(foreground: .ansi(12), bold: true),
            .party3: TextStyle(foreground: .ansi(14), bold: true),
            .party4: TextStyle(foreground: .ansi(11), bold: true),
            .party5: TextStyle(foreground: .ansi(13), bold: true),
            .party6: TextStyle(foreground: .ansi(10), bold: true),
        ],
        monochrome: [
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
    )
}
