// Generated from themes/default.yaml by ThemeLiteral; do not edit.
// `PARLEY_RECORD=1 swift test --filter ThemeTests` writes it again.

extension Theme {
    /// The default theme, already parsed (see `ThemeLiteral`).
    static let compiledStandard = Theme(
        name: "default",
        description: "Dark terminals; the terminal's own background and ANSI colours.",
        background: nil,
        isLight: false,
        styles: [
            .text: TextStyle(foreground: nil, background: nil, bold: false, underline: false, reverse: false),
            .muted: TextStyle(foreground: .ansi(8), background: nil, bold: false, underline: false, reverse: false),
            .title: TextStyle(foreground: .ansi(6), background: nil, bold: true, underline: false, reverse: false),
            .heading: TextStyle(foreground: .ansi(3), background: nil, bold: false, underline: false, reverse: false),
            .quote: TextStyle(foreground: nil, background: nil, bold: false, underline: false, reverse: false),
            .border: TextStyle(foreground: .ansi(8), background: nil, bold: false, underline: false, reverse: false),
            .borderFocused: TextStyle(foreground: .ansi(6), background: nil, bold: true, underline: false, reverse: false),
            .selection: TextStyle(foreground: .ansi(0), background: .ansi(6), bold: false, underline: false, reverse: false),
            .selectionInactive: TextStyle(foreground: .ansi(0), background: .ansi(8), bold: false, underline: false, reverse: false),
            .match: TextStyle(foreground: .ansi(0), background: .ansi(3), bold: true, underline: false, reverse: false),
            .matchCurrent: TextStyle(foreground: .ansi(0), background: .ansi(13), bold: true, underline: true, reverse: false),
            .titleBar: TextStyle(foreground: .ansi(15), background: .ansi(4), bold: false, underline: false, reverse: false),
            .tabActive: TextStyle(foreground: .ansi(0), background: .ansi(6), bold: true, underline: false, reverse: false),
            .status: TextStyle(foreground: .ansi(0), background: .ansi(7), bold: false, underline: false, reverse: false),
            .statusKey: TextStyle(foreground: .ansi(4), background: .ansi(7), bold: true, underline: false, reverse: false),
            .warning: TextStyle(foreground: .ansi(9), background: nil, bold: true, underline: false, reverse: false),
            .accent: TextStyle(foreground: .ansi(6), background: nil, bold: false, underline: false, reverse: false),
            .party1: TextStyle(foreground: .ansi(9), background: nil, bold: false, underline: false, reverse: false),
            .party2: TextStyle(foreground: .ansi(14), background: nil, bold: false, underline: false, reverse: false),
            .party3: TextStyle(foreground: .ansi(11), background: nil, bold: false, underline: false, reverse: false),
            .party4: TextStyle(foreground: .ansi(13), background: nil, bold: false, underline: false, reverse: false),
            .party5: TextStyle(foreground: .ansi(10), background: nil, bold: false, underline: false, reverse: false),
            .party6: TextStyle(foreground: .ansi(7), background: nil, bold: false, underline: false, reverse: false),
        ]
    )
}
