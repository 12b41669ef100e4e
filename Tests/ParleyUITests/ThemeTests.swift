import Foundation
import ParleyModel
import ParleyTestSupport
import Testing
@testable import ParleyUI

/// The bundled themes, the theme format, base16 schemes and bad theme files.
struct ThemeTests {
    static let fixtures = Repository.path("Tests/ParleyUITests/ThemeFixtures")
    let catalog = ThemeCatalog(environment: [:])

    func bundled(_ name: String) throws -> Theme {
        let choice = try catalog.choose(name)
        #expect(choice.warnings.isEmpty, "\(name): \(choice.warnings)")
        return choice.theme
    }

    @Test func thereAreSixBundledThemes() {
        #expect(catalog.names == ["default", "light", "high-contrast", "monochrome", "colour-blind", "base16-default-dark"])
    }

    @Test(arguments: ["default", "light", "high-contrast", "monochrome", "colour-blind", "base16-default-dark"])
    func bundledThemeParsesAndSetsEveryRole(name: String) throws {
        let theme = try bundled(name)
        for role in StyleRole.allCases {
            #expect(theme.styles[role] != nil, "\(name) leaves \(role) unset")
        }
    }

    /// Roles whose cells hold text a reader must read (line art alone is exempt).
    static let textRoles = StyleRole.allCases.filter { $0 != .border }

    @Test(arguments: ["default", "light", "high-contrast", "colour-blind", "base16-default-dark"])
    func textRolesReadAtWCAGContrast(name: String) throws {
        let theme = try bundled(name)
        // A theme that keeps the terminal's background is judged on xterm's default black or white.
        let ground = theme.background?.rgb ?? (theme.isLight ? RGB(255, 255, 255) : RGB(0, 0, 0))
        let ink = theme.isLight ? RGB(0, 0, 0) : RGB(229, 229, 229)
        for role in Self.textRoles {
            let style = try #require(theme.styles[role])
            var foreground = style.foreground?.rgb ?? ink
            var background = style.background?.rgb ?? ground
            if style.reverse { swap(&foreground, &background) }
            let ratio = RGB.contrast(foreground, background)
            #expect(ratio >= 4.5, "\(name) \(role): \(foreground) on \(background) is \(String(format: "%.2f", ratio)):1")
        }
    }

    @Test(arguments: ["default", "light", "high-contrast", "colour-blind", "base16-default-dark"])
    func partyColoursAreDistinguishable(name: String) throws {
        let theme = try bundled(name)
        let colours = [StyleRole.party1, .party2, .party3, .party4, .party5, .party6].compactMap { theme.styles[$0]?.foreground?.rgb }
        #expect(colours.count == 6)
        for (i, a) in colours.enumerated() {
            for b in colours[(i + 1)...] {
                #expect(RGB.distance(a, b) >= 0.08, "\(name): \(a) and \(b) are too alike (\(RGB.distance(a, b)))")
            }
        }
    }

    @Test func compiledDefaultThemeMatchesItsFile() throws {
        let parsed = try #require(ThemeCatalog.bundledTheme(named: "default"))
        try Snapshot.check(ThemeLiteral.source(for: parsed), against: Repository.path("Sources/ParleyUI/Style/StandardTheme.generated.swift"))
        #expect(Theme.standard == parsed)
    }

    @Test func monochromeHasNoColourAtAll() throws {
        let theme = try bundled("monochrome")
        #expect(theme.background == nil)
        #expect(theme.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(theme.styles[.selection]?.reverse == true)
    }

    @Test func classicBase16MapsByTheStylingGuidelines() throws {
        let theme = try bundled("base16-default-dark")
        #expect(theme.background == .rgb(0x18, 0x18, 0x18))
        #expect(theme.styles[.text]?.foreground == .rgb(0xd8, 0xd8, 0xd8))
        #expect(theme.styles[.selection]?.background == .rgb(0x38, 0x38, 0x38))
        #expect(theme.styles[.status]?.background == .rgb(0x28, 0x28, 0x28))
        // base08 is too dark to read on base00 as it is, so it is lightened to 4.5:1.
        let warning = try #require(theme.styles[.warning]?.foreground?.rgb)
        #expect(RGB.contrast(warning, RGB(0x18, 0x18, 0x18)) >= 4.5)
        #expect(theme.description == "base16: Default Dark by Chris Kempson (http://chriskempson.com)")
        // A base16 theme paints its own background under every role that sets none.
        #expect(theme.style(.text, depth: .trueColour).background == .rgb(0x18, 0x18, 0x18))
    }

    @Test func paletteFormatBase16IsReadToo() throws {
        let choice = try catalog.choose(Self.fixtures + "/base16-palette.yaml")
        #expect(choice.warnings.isEmpty)
        #expect(choice.theme.name == "base16-palette")
        #expect(choice.theme.background == .rgb(0x10, 0x10, 0x10))
        #expect(choice.theme.styles[.title]?.foreground == .rgb(0x50, 0x90, 0xff))
        #expect(choice.theme.description == "base16: Test Palette by parley tests")
    }

    @Test(arguments: [
        ("not-yaml.yaml", "4:1: warning: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at 3:9); using the default theme"),
        ("missing-roles.yaml", "3:3: warning: the theme does not set title, heading, quote, border, border-focused, selection, selection-inactive, match, match-current, title-bar, tab-active, status, status-key, warning, accent, parties (set them, or inherit them from another theme); using the default theme"),
        ("unknown-colour.yaml", "3:15: warning: unknown colour 'brigth-blue' in the 'fg' of role 'title'; did you mean 'bright-blue'?; using the default theme"),
        ("unknown-role.yaml", "3:3: warning: unknown key 'titel' in roles; did you mean 'title'?; using the default theme"),
        ("bad-hex.yaml", "3:9: warning: '#12345' in role 'text' is not a colour: write #rrggbb with six hex digits; using the default theme"),
        ("index-out-of-range.yaml", "3:11: warning: colour index 300 in role 'accent' is out of range: use 0 to 255; using the default theme"),
        ("base16-missing-key.yaml", "1:1: warning: the base16 scheme is missing required key 'base0F'; using the default theme"),
        ("inherits-unknown.yaml", "1:11: warning: 'inherits' names no theme 'solarised' (themes: default, light, high-contrast, monochrome, colour-blind, base16-default-dark); using the default theme"),
    ])
    func badThemeGivesOneWarningWithItsPositionAndTheDefault(file: String, expected: String) throws {
        let path = Self.fixtures + "/" + file
        let choice = try catalog.choose(path)
        #expect(choice.theme == Theme.standard)
        #expect(choice.warnings.map(\.description) == ["\(path):\(expected)"])
    }

    @Test func inheritanceLoopIsFound() throws {
        try withUserThemes(["loop-a.yaml", "loop-b.yaml"]) { catalog, folder in
            let choice = try catalog.choose("loop-a")
            #expect(choice.theme == Theme.standard)
            #expect(choice.warnings.map(\.description) == ["\(folder)/loop-b.yaml:1:11: warning: 'inherits' makes a loop: loop-a → loop-b → loop-a; using the default theme"])
        }
    }

    @Test func childOverridesItsParent() throws {
        let theme = try catalog.choose(Self.fixtures + "/base16-palette.yaml").theme
        #expect(theme.styles[.title]?.bold == true)
        try withUserThemes([]) { catalog, folder in
            try "inherits: light\nroles:\n  title: {fg: \"#000000\"}\n".write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
            let mine = try catalog.choose("mine")
            #expect(mine.warnings.isEmpty)
            #expect(mine.theme.styles[.title] == TextStyle(foreground: .rgb(0, 0, 0)))
            #expect(mine.theme.styles[.text] == (try bundled("light")).styles[.text])
            #expect(mine.theme.background == (try bundled("light")).background)
        }
    }

    @Test func userThemesAreFoundByNameInXDGConfigHome() throws {
        try withUserThemes(["loop-a.yaml"]) { catalog, _ in
            #expect(catalog.names.last == "loop-a")
        }
        #expect(ThemeCatalog(environment: ["HOME": "/home/ana"]).userFolder == "/home/ana/.config/parley/themes")
        #expect(ThemeCatalog(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/cfg"]).userFolder == "/cfg/parley/themes")
    }

    @Test func unknownNameListsTheThemesThatExist() {
        #expect(throws: ThemeCatalog.UnknownTheme.self) { try catalog.choose("solarized") }
        do {
            _ = try catalog.choose("hihg-contrast")
        } catch {
            #expect(error.description == "no theme 'hihg-contrast'; did you mean 'high-contrast'? (themes: default, light, high-contrast, monochrome, colour-blind, base16-default-dark)")
        }
    }

    /// A temporary XDG_CONFIG_HOME holding copies of some fixtures as user themes.
    func withUserThemes(_ files: [String], _ body: (ThemeCatalog, String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-themes-\(UUID().uuidString)").path
        let folder = root + "/parley/themes"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in files { try FileManager.default.copyItem(atPath: Self.fixtures + "/" + file, toPath: folder + "/" + file) }
        try body(ThemeCatalog(environment: ["XDG_CONFIG_HOME": root]), folder)
    }
}

/// Bringing colours within what a terminal can show.
struct ColourDepthTests {
    @Test func trueColourKeepsEverything() {
        #expect(ColourDepth.trueColour.map(.rgb(1, 2, 3)) == .rgb(1, 2, 3))
    }

    @Test(arguments: [
        (Color.rgb(255, 0, 0), ColourDepth.palette256, Color.indexed(196)),
        (.rgb(128, 128, 128), .palette256, .indexed(244)),
        (.rgb(0x18, 0x18, 0x18), .palette256, .indexed(234)),
        (.rgb(255, 0, 0), .sixteen, .ansi(9)),
        (.rgb(255, 0, 0), .eight, .ansi(1)),
        (.rgb(0x56, 0xb4, 0xe9), .sixteen, .ansi(6)),
        (.rgb(0x10, 0x10, 0x40), .eight, .ansi(0)),
        (.indexed(196), .sixteen, .ansi(9)),
        (.ansi(12), .palette256, .ansi(12)),
        (.ansi(12), .sixteen, .ansi(12)),
        (.ansi(12), .eight, .ansi(4)),
    ])
    func nearestAvailableColour(colour: Color, depth: ColourDepth, expected: Color) {
        #expect(depth.map(colour) == expected)
    }

    @Test func noColourDropsColours() {
        #expect(ColourDepth.none.map(.ansi(1)) == nil)
        let theme = Theme.standard
        #expect(theme.style(.selection, depth: .none) == TextStyle(reverse: true))
    }

    @Test func perceptualDistanceIsNotRGBDistance() {
        // #000066 is nearer black than blue by RGB distance, but the eye sees a dark blue.
        let navy = RGB(0, 0, 0x66)
        func rgbDistance(_ index: Int) -> Int {
            let other = XtermPalette.rgb(index)
            return [Int(navy.red) - Int(other.red), Int(navy.green) - Int(other.green), Int(navy.blue) - Int(other.blue)].map { $0 * $0 }.reduce(0, +)
        }
        #expect(rgbDistance(0) < rgbDistance(4))
        #expect(ColourDepth.eight.map(.rgb(navy.red, navy.green, navy.blue)) == .ansi(4))
    }

    @Test func unreadableColourIsLightenedToContrast() {
        let red = RGB(0xab, 0x46, 0x42)
        let ground = RGB(0x18, 0x18, 0x18)
        #expect(RGB.contrast(red, ground) < 4.5)
        let readable = red.readable(on: ground)
        #expect(RGB.contrast(readable, ground) >= 4.5)
        // Only lightness moves: the hue stays recognisably the same.
        #expect(RGB.distance(readable, red) < 0.15)
    }

    @Test(arguments: [
        ([String: String](), "auto", true, false, true),
        ([:], "auto", false, false, false),
        ([:], "auto", false, true, true),
        (["NO_COLOR": "1"], "auto", true, true, false),
        (["NO_COLOR": ""], "auto", true, false, true),
        (["NO_COLOR": "1"], "always", false, false, true),
        ([:], "never", true, true, false),
    ])
    func colourChoicePrecedence(environment: [String: String], choice: String, terminal: Bool, requested: Bool, expected: Bool) throws {
        let colourChoice = try #require(ColourChoice(rawValue: choice))
        #expect(colourChoice.allowsColour(environment: environment, outputIsTerminal: terminal, explicitlyRequested: requested) == expected)
    }

    @Test func renderDepthFromTheEnvironment() {
        #expect(ColourDepth.forRender(environment: ["COLORTERM": "truecolor"]) == .trueColour)
        #expect(ColourDepth.forRender(environment: ["COLORTERM": "24bit", "TERM": "xterm"]) == .trueColour)
        #expect(ColourDepth.forRender(environment: ["TERM": "xterm-256color"]) == .palette256)
        #expect(ColourDepth.forRender(environment: ["TERM": "xterm"]) == .sixteen)
        #expect(ColourDepth.forTerminal(colours: 8) == .eight)
        #expect(ColourDepth.forTerminal(colours: 0) == .none)
    }
}

/// The examples in docs/themes.md are themes parley accepts.
struct ThemeDocumentationTests {
    @Test func examplesInTheGuideAreValidThemes() throws {
        let page = Repository.path("docs/themes.md")
        let text = try String(contentsOfFile: page, encoding: .utf8)
        let blocks = text.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        let themes = blocks.filter { $0.contains("themes/") }
        #expect(themes.count == 2)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-doc-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/parley/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for block in themes {
            let name = try #require(block.split(separator: "\n").first?.split(separator: "/").last?.split(separator: ".").first)
            try block.write(toFile: root + "/parley/themes/\(name).yaml", atomically: true, encoding: .utf8)
        }
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": root])
        for name in ["harbour", "calm"] {
            let choice = try catalog.choose(name)
            #expect(choice.warnings.isEmpty, "\(name): \(choice.warnings)")
            #expect(choice.theme.name == name)
        }
    }
}
