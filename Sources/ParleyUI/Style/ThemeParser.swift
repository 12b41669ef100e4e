import ParleyModel
import ParleyYAML

/// Reads theme files: parley's own format and base16 schemes in both their formats.
///
/// Problems are collected with their positions; a theme with any problem is not used (the
/// caller falls back to the default and shows the first problem as a warning).
enum ThemeParser {
    /// The theme roles a file names, with the style role each sets.
    static let roleNames: [(name: String, role: StyleRole)] = [
        ("text", .text), ("muted", .muted), ("title", .title), ("heading", .heading), ("quote", .quote),
        ("border", .border), ("border-focused", .borderFocused), ("selection", .selection),
        ("selection-inactive", .selectionInactive), ("match", .match), ("match-current", .matchCurrent),
        ("title-bar", .titleBar), ("tab-active", .tabActive), ("status", .status), ("status-key", .statusKey),
        ("warning", .warning), ("accent", .accent),
    ]
    static let partyRoles: [StyleRole] = [.party1, .party2, .party3, .party4, .party5, .party6]

    /// A parsed file before inheritance: what it sets, and where.
    struct Parsed {
        var theme: Theme
        /// The name of the theme this one starts from, with where `inherits:` was written.
        var inherits: Located<String>?
        /// Roles the file sets itself (a child overrides its parent's).
        var setRoles: Set<StyleRole>
        var setsBackground: Bool
        var rolesMark: YAMLMark?
    }

    /// Parses one file; `name` is the theme's name when the file gives none (its file name).
    static func parse(bytes: [UInt8], file: String, name: String) -> Result<Parsed, ThemeProblems> {
        let root: YAMLNode
        switch YAMLText.compose(bytes: bytes, file: file, noun: "theme", maximumSize: 1024 * 1024) {
        case let .failure(diagnostic): return .failure(ThemeProblems([diagnostic]))
        case .success(nil):
            return .failure(ThemeProblems([Diagnostic(file: file, line: 1, column: 1, severity: .error, message: "theme file is empty")]))
        case let .success(node?): root = node
        }
        var reader = NodeReader(file: file)
        let parsed: Parsed?
        if root["scheme"] != nil || root["base00"] != nil {
            parsed = base16Classic(root, name: name, reader: &reader)
        } else if root["system"]?.string?.lowercased() == "base16" {
            parsed = base16Palette(root, name: name, reader: &reader)
        } else {
            parsed = parley(root, name: name, reader: &reader)
        }
        guard let parsed, !reader.hasErrors else { return .failure(ThemeProblems(reader.diagnostics)) }
        return .success(parsed)
    }

    // MARK: parley's format

    private static func parley(_ root: YAMLNode, name: String, reader: inout NodeReader) -> Parsed? {
        let optional = ["name", "description", "variant", "inherits", "palette", "roles", "parties"]
        guard let top = reader.record(root, what: "the theme", required: [], optional: optional) else { return nil }
        let themeName = reader.text(top, "name")?.value ?? name
        let description = reader.text(top, "description")?.value ?? ""
        var isLight = false
        if let variant = reader.text(top, "variant") {
            switch variant.value {
            case "dark": isLight = false
            case "light": isLight = true
            default: reader.error("'\(variant.value)' is not a valid 'variant'; use dark or light", at: variant.mark)
            }
        }
        let inherits = reader.text(top, "inherits")
        var palette: [String: Color] = [:]
        if let node = top["palette"], !NodeReader.isNull(node) {
            if case let .mapping(mapping) = node {
                for (key, value) in mapping {
                    guard let paletteName = key.string else { continue }
                    if let colour = colour(value, palette: [:], reader: &reader, what: "palette colour '\(paletteName)'") {
                        palette[paletteName] = colour
                    }
                }
            } else {
                reader.error("'palette' should map names to colours, found \(NodeReader.describe(node))", at: node.mark)
            }
        }
        var styles: [StyleRole: TextStyle] = [:]
        var background: Color?
        var setsBackground = false
        let rolesNode = top["roles"]
        if let node = rolesNode, !NodeReader.isNull(node) {
            let known = ["background"] + roleNames.map(\.name)
            if let roles = reader.record(node, what: "roles", required: [], optional: known) {
                if let value = roles["background"] {
                    setsBackground = true
                    if value.string != "default" {
                        background = colour(value, palette: palette, reader: &reader, what: "the background")
                    }
                }
                for (roleName, role) in roleNames {
                    guard let value = roles[roleName] else { continue }
                    if let style = style(value, palette: palette, reader: &reader, what: "role '\(roleName)'") { styles[role] = style }
                }
            }
        }
        if let node = top["parties"], !NodeReader.isNull(node) {
            if case let .sequence(sequence) = node, !sequence.isEmpty {
                let values = Array(sequence)
                if values.count > partyRoles.count {
                    reader.error("'parties' lists \(values.count) colours; a theme has \(partyRoles.count) party colours", at: node.mark)
                }
                for (index, role) in partyRoles.enumerated() {
                    // Fewer than six colours repeat in order.
                    let value = values[index % values.count]
                    if let style = style(value, palette: palette, reader: &reader, what: "party colour \(index % values.count + 1)") { styles[role] = style }
                }
            } else {
                reader.error("'parties' should be a list of one to six colours, found \(NodeReader.describe(node))", at: node.mark)
            }
        }
        let theme = Theme(name: themeName, description: description, background: background, isLight: isLight, styles: styles)
        return Parsed(theme: theme, inherits: inherits, setRoles: Set(styles.keys), setsBackground: setsBackground, rolesMark: rolesNode?.mark ?? top.mark)
    }

    /// A role's style: a colour alone (the foreground) or `{fg, bg, bold, underline, reverse}`.
    private static func style(_ node: YAMLNode, palette: [String: Color], reader: inout NodeReader, what: String) -> TextStyle? {
        if case .mapping = node {
            guard let record = reader.record(node, what: what, required: [], optional: ["fg", "bg", "bold", "underline", "reverse"]) else { return nil }
            var style = TextStyle()
            if let fg = record["fg"], fg.string != "default" { style.foreground = colour(fg, palette: palette, reader: &reader, what: "the 'fg' of \(what)") }
            if let bg = record["bg"], bg.string != "default" { style.background = colour(bg, palette: palette, reader: &reader, what: "the 'bg' of \(what)") }
            style.bold = reader.bool(record, "bold") ?? false
            style.underline = reader.bool(record, "underline") ?? false
            style.reverse = reader.bool(record, "reverse") ?? false
            return style
        }
        if node.string == "default" { return TextStyle() }
        return colour(node, palette: palette, reader: &reader, what: what).map { TextStyle(foreground: $0) }
    }

    /// The 16 ANSI colour names, by index.
    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// A colour: an ANSI name, a palette name, an index 0–255, or `#rrggbb`.
    static func colour(_ node: YAMLNode, palette: [String: Color], reader: inout NodeReader, what: String) -> Color? {
        guard case let .scalar(scalar) = node, !NodeReader.isNull(node) else {
            reader.error("\(what) should be a colour, found \(NodeReader.describe(node))", at: node.mark)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if let colour = palette[text] { return colour }
        let lowered = text.lowercased().replacingOccurrences(of: "_", with: "-")
        if let index = ansiNames.firstIndex(of: lowered) { return .ansi(UInt8(index)) }
        if lowered == "grey" || lowered == "gray" { return .ansi(8) }
        if text.hasPrefix("#") {
            guard let rgb = RGB(hex: text) else {
                reader.error("'\(text)' in \(what) is not a colour: write #rrggbb with six hex digits", at: node.mark)
                return nil
            }
            return .rgb(rgb.red, rgb.green, rgb.blue)
        }
        if let index = Int(text) {
            guard (0...255).contains(index) else {
                reader.error("colour index \(index) in \(what) is out of range: use 0 to 255", at: node.mark)
                return nil
            }
            return .indexed(UInt8(index))
        }
        let candidates = ansiNames + palette.keys.sorted()
        let hint = Suggestion.closest(to: text, in: candidates).map { "; did you mean '\($0)'?" }
            ?? " (use an ANSI name such as bright-blue, a palette name, 0-255 or #rrggbb)"
        reader.error("unknown colour '\(VisibleText.escaped(text))' in \(what)\(hint)", at: node.mark)
        return nil
    }

    // MARK: base16

    static let base16Keys = (0..<16).map { "base0" + String($0, radix: 16, uppercase: true) }

    private static func base16Classic(_ root: YAMLNode, name: String, reader: inout NodeReader) -> Parsed? {
        guard let top = reader.record(root, what: "the base16 scheme", required: base16Keys, optional: ["scheme", "author", "slug", "description", "variant"]) else { return nil }
        let title = reader.text(top, "scheme")?.value ?? name
        let author = reader.text(top, "author")?.value
        var colours: [RGB] = []
        for key in base16Keys {
            guard let node = top[key] else { continue }
            // The classic format writes six hex digits with no '#'; YAML may read some as numbers.
            guard case let .scalar(scalar) = node, let rgb = RGB(hex: scalar.string), !scalar.string.hasPrefix("#") else {
                reader.error("'\(key)' should be six hex digits such as 181818, found \(NodeReader.describe(node))", at: node.mark)
                continue
            }
            colours.append(rgb)
        }
        guard colours.count == 16 else { return nil }
        return base16Theme(colours, name: name, description: "base16: \(title)" + (author.map { " by \($0)" } ?? ""), mark: top.mark)
    }

    private static func base16Palette(_ root: YAMLNode, name: String, reader: inout NodeReader) -> Parsed? {
        guard let top = reader.record(root, what: "the base16 scheme", required: ["system", "palette"], optional: ["name", "author", "slug", "variant", "description"]) else { return nil }
        let title = reader.text(top, "name")?.value ?? name
        let author = reader.text(top, "author")?.value
        guard let paletteNode = top["palette"], let palette = reader.record(paletteNode, what: "the base16 palette", required: base16Keys, optional: []) else { return nil }
        var colours: [RGB] = []
        for key in base16Keys {
            guard let node = palette[key] else { continue }
            guard case let .scalar(scalar) = node, scalar.string.hasPrefix("#"), let rgb = RGB(hex: scalar.string) else {
                reader.error("'\(key)' should be a colour such as \"#181818\", found \(NodeReader.describe(node))", at: node.mark)
                continue
            }
            colours.append(rgb)
        }
        guard colours.count == 16 else { return nil }
        return base16Theme(colours, name: name, description: "base16: \(title)" + (author.map { " by \($0)" } ?? ""), mark: top.mark)
    }

    /// base16's styling guidelines: base00 the background, base01 and base02 lighter backgrounds
    /// (status bars, selection), base03 and base04 muted text, base05 the text, base08–base0F accents.
    ///
    /// Schemes are not designed for contrast, so colours used for text are made lighter (or
    /// darker) where needed to read at WCAG's 4.5:1 on the background they are drawn on.
    static func base16Theme(_ base: [RGB], name: String, description: String, mark: YAMLMark?) -> Parsed {
        func c(_ index: Int) -> Color { .rgb(base[index].red, base[index].green, base[index].blue) }
        func text(_ index: Int, on ground: Int = 0x00) -> Color {
            let rgb = base[index].readable(on: base[ground])
            return .rgb(rgb.red, rgb.green, rgb.blue)
        }
        let styles: [StyleRole: TextStyle] = [
            .text: TextStyle(foreground: text(0x05)),
            .muted: TextStyle(foreground: text(0x04)),
            .title: TextStyle(foreground: text(0x0D), bold: true),
            .heading: TextStyle(foreground: text(0x0A)),
            .quote: TextStyle(foreground: text(0x06)),
            .border: TextStyle(foreground: c(0x03)),
            .borderFocused: TextStyle(foreground: text(0x0D), bold: true),
            .selection: TextStyle(foreground: text(0x07, on: 0x02), background: c(0x02), bold: true),
            .selectionInactive: TextStyle(foreground: text(0x05, on: 0x01), background: c(0x01)),
            .match: TextStyle(foreground: text(0x00, on: 0x0A), background: c(0x0A), bold: true),
            .matchCurrent: TextStyle(foreground: text(0x00, on: 0x09), background: c(0x09), bold: true, underline: true),
            .titleBar: TextStyle(foreground: text(0x05, on: 0x01), background: c(0x01)),
            .tabActive: TextStyle(foreground: text(0x00, on: 0x0D), background: c(0x0D), bold: true),
            .status: TextStyle(foreground: text(0x05, on: 0x01), background: c(0x01)),
            .statusKey: TextStyle(foreground: text(0x0A, on: 0x01), background: c(0x01), bold: true),
            .warning: TextStyle(foreground: text(0x08), bold: true),
            .accent: TextStyle(foreground: text(0x0C)),
            .party1: TextStyle(foreground: text(0x08), bold: true),
            .party2: TextStyle(foreground: text(0x0D), bold: true),
            .party3: TextStyle(foreground: text(0x0B), bold: true),
            .party4: TextStyle(foreground: text(0x0A), bold: true),
            .party5: TextStyle(foreground: text(0x0E), bold: true),
            .party6: TextStyle(foreground: text(0x09), bold: true),
        ]
        let theme = Theme(name: name, description: description, background: c(0x00), isLight: base[0].luminance > 0.5, styles: styles)
        return Parsed(theme: theme, inherits: nil, setRoles: Set(styles.keys), setsBackground: true, rolesMark: mark)
    }
}

/// The problems that keep a theme file from being used, in file order.
struct ThemeProblems: Error {
    var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

extension ThemeCatalog {
    /// The problems a theme file's bytes have, each with its position (none when it parses).
    ///
    /// The parser alone, without inheritance or a file: what its fuzz target checks.
    public static func problems(parsing bytes: [UInt8], file: String) -> [Diagnostic] {
        switch ThemeParser.parse(bytes: bytes, file: file, name: "theme") {
        case .success: return []
        case let .failure(problems): return problems.diagnostics
        }
    }
}
