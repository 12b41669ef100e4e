import Foundation
import ParleyTestSupport
import Testing

/// Choosing themes and colour from the command line and the environment.
struct ThemeCommandTests {
    static let themeFixtures = Repository.path("Tests/ParleyUITests/ThemeFixtures")

    /// SGR parameters that set a colour in some output.
    func colourParameters(_ text: String) -> [Int] {
        var result: [Int] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
            // 38;5;N and 48;5;N and 38;2;R;G;B count as colours too.
            result += parameters.filter { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
            rest = rest[end...]
        }
        return result
    }

    @Test func themesAreListedOnePerLineOffATerminal() throws {
        let outcome = try ParleyProcess.run(["themes"], environment: ["HOME": "/nonexistent"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "default\nlight\nhigh-contrast\nmonochrome\ncolour-blind\nbase16-default-dark\n")
    }

    @Test func userThemesAreListedAndUsable() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/parley/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Self.themeFixtures + "/base16-palette.yaml", toPath: root + "/parley/themes/mine.yaml")
        let listed = try ParleyProcess.run(["themes"], environment: ["XDG_CONFIG_HOME": root])
        #expect(listed.stdout.hasSuffix("base16-default-dark\nmine\n"))
        let rendered = try ParleyProcess.run(["render", "--format", "ansi", "--theme", "mine"], environment: ["XDG_CONFIG_HOME": root, "COLORTERM": "truecolor"])
        #expect(rendered.status == 0)
        // The scheme's own background, #101010, painted in 24-bit colour.
        #expect(rendered.stdout.contains("48;2;16;16;16"))
    }

    @Test func unknownThemeNameIsAUsageErrorNamingTheThemes() throws {
        let outcome = try ParleyProcess.run(["render", "--theme", "solarized"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "parley: no theme 'solarized' (themes: default, light, high-contrast, monochrome, colour-blind, base16-default-dark)\n")
    }

    @Test func unknownThemeInTheEnvironmentOnlyWarns() throws {
        let outcome = try ParleyProcess.run(["render"], environment: ["PARLEY_THEME": "solarized"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.hasPrefix("parley: PARLEY_THEME: no theme 'solarized'"))
        #expect(outcome.stderr.hasSuffix("; using the default theme\n"))
    }

    @Test func badThemeFileWarnsWithItsPositionAndFallsBack() throws {
        let path = Self.themeFixtures + "/unknown-colour.yaml"
        let outcome = try ParleyProcess.run(["render", "--format", "ansi", "--theme", path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "\(path):3:15: warning: unknown colour 'brigth-blue' in the 'fg' of role 'title'; did you mean 'bright-blue'?; using the default theme\n")
        let standard = try ParleyProcess.run(["render", "--format", "ansi"])
        #expect(outcome.stdout == standard.stdout)
    }

    @Test func themeFromTheEnvironmentIsUsed() throws {
        let light = try ParleyProcess.run(["render", "--format", "ansi"], environment: ["PARLEY_THEME": "light", "COLORTERM": "truecolor"])
        #expect(light.stdout.contains("48;2;250;250;250"))
        let flag = try ParleyProcess.run(["render", "--format", "ansi", "--theme", "high-contrast"], environment: ["PARLEY_THEME": "light", "COLORTERM": "truecolor"])
        #expect(flag.stdout.contains("48;2;0;0;0"))
        #expect(!flag.stdout.contains("48;2;250;250;250"))
    }

    @Test func colourDepthFollowsTheEnvironment() throws {
        let truecolour = try ParleyProcess.run(["render", "--format", "ansi", "--theme", "light"], environment: ["COLORTERM": "truecolor"])
        #expect(truecolour.stdout.contains("38;2;"))
        let palette = try ParleyProcess.run(["render", "--format", "ansi", "--theme", "light"], environment: ["TERM": "xterm-256color"])
        #expect(palette.stdout.contains("38;5;"))
        #expect(!palette.stdout.contains("38;2;"))
        let sixteen = try ParleyProcess.run(["render", "--format", "ansi", "--theme", "light"], environment: ["TERM": "xterm"])
        #expect(!sixteen.stdout.contains("38;5;"))
        #expect(!sixteen.stdout.contains("38;2;"))
        #expect(!colourParameters(sixteen.stdout).isEmpty)
    }

    @Test func noColorTurnsColourOffButKeepsAttributes() throws {
        let outcome = try ParleyProcess.run(["render", "--format", "ansi"], environment: ["NO_COLOR": "1"])
        #expect(outcome.status == 0)
        #expect(colourParameters(outcome.stdout).isEmpty)
        #expect(outcome.stdout.contains("\u{1B}[0;7m"))
    }

    @Test func colorFlagBeatsTheEnvironment() throws {
        let forced = try ParleyProcess.run(["render", "--format", "ansi", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(!colourParameters(forced.stdout).isEmpty)
        let never = try ParleyProcess.run(["render", "--format", "ansi", "--color", "never"])
        #expect(colourParameters(never.stdout).isEmpty)
    }

    @Test func quoteHighlightingFollowsColourChoice() throws {
        let piped = try ParleyProcess.run(["quotes", "drumbeat"])
        #expect(!piped.stdout.contains("\u{1B}"))
        let forced = try ParleyProcess.run(["quotes", "drumbeat", "--color", "always"])
        #expect(forced.stdout.contains("\u{1B}["))
        #expect(forced.stdout.contains("drumbeat\u{1B}[0m"))
        let refused = try ParleyProcess.run(["quotes", "drumbeat", "--color", "never"])
        #expect(!refused.stdout.contains("\u{1B}"))
    }
}
