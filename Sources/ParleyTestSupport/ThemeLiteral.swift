import ParleyModel
import ParleyUI

/// Writes a theme as Swift source, so the default theme is compiled in already parsed.
///
/// As with the bundled week, themes/default.yaml stays the source of truth; a test fails when
/// `StandardTheme.generated.swift` no longer matches it.
public enum ThemeLiteral {
    public static func source(for theme: Theme) -> String {
        var lines = [
            "// Generated from themes/default.yaml by ThemeLiteral; do not edit.",
            "// `PARLEY_RECORD=1 swift test --filter ThemeTests` writes it again.",
            "",
            "extension Theme {",
            "    /// The default theme, already parsed (see `ThemeLiteral`).",
            "    static let compiledStandard = Theme(",
            "        name: \(SwiftLiteral.string(theme.name)),",
            "        description: \(SwiftLiteral.string(theme.description)),",
            "        background: \(colour(theme.background)),",
            "        isLight: \(theme.isLight),",
            "        styles: [",
        ]
        for role in StyleRole.allCases {
            guard let style = theme.styles[role] else { continue }
            lines.append("            .\(role): TextStyle(foreground: \(colour(style.foreground)), background: \(colour(style.background)), bold: \(style.bold), underline: \(style.underline), reverse: \(style.reverse)),")
        }
        lines += ["        ]", "    )", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func colour(_ colour: Color?) -> String {
        switch colour {
        case nil: return "nil"
        case let .ansi(index)?: return ".ansi(\(index))"
        case let .indexed(index)?: return ".indexed(\(index))"
        case let .rgb(red, green, blue)?: return ".rgb(\(red), \(green), \(blue))"
        }
    }
}
