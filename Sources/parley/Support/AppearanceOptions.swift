import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `--theme` and `--color`, and choosing the theme and whether to use colour from them.
struct AppearanceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A theme by name (see `parley themes`) or a theme file's path; default: $PARLEY_THEME, then 'default'.", valueName: "NAME|PATH"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Use colour: auto (on a terminal, unless NO_COLOR is set), always or never.", valueName: "WHEN"))
    var color: ColourChoice = .auto

    /// An unknown `--theme` is a usage error wherever it is written, before or after the
    /// subcommand (the root's options are parsed for every subcommand, so this runs for all).
    func validate() throws {
        guard let theme, !ThemeCatalog.isPath(theme) else { return }
        let catalog = ThemeCatalog(environment: Environment.current)
        if !catalog.names.contains(theme) {
            throw usageFailure(ThemeCatalog.UnknownTheme(name: theme, available: catalog.names).description)
        }
    }

    /// The one line said, for every command, when `$PARLEY_THEME` names no theme and no
    /// `--theme` overrides it; nil otherwise.
    func environmentThemeNotice(environment: [String: String]) -> String? {
        guard theme == nil, let requested = environment["PARLEY_THEME"], !requested.isEmpty, !ThemeCatalog.isPath(requested) else { return nil }
        let catalog = ThemeCatalog(environment: environment)
        guard !catalog.names.contains(requested) else { return nil }
        return "PARLEY_THEME: \(ThemeCatalog.UnknownTheme(name: requested, available: catalog.names).description); using the default theme"
    }

    /// What a command draws with: the theme chosen (the default when the chosen one has
    /// problems), its warnings, the catalog it came from, and the colour depth to write.
    struct Appearance {
        var catalog: ThemeCatalog
        var theme: Theme
        var themeName: String
        var warnings: [Diagnostic]
        var notice: String?
        /// `.none` when colour is off (`--color never`, `NO_COLOR`, output not a terminal).
        var depth: ColourDepth

        /// True when the output is to be coloured.
        var usesColour: Bool { depth != .none }

        /// Says the chosen theme's problems on stderr, one per line.
        func reportWarnings() {
            for warning in warnings { Console.error(warning.description) }
        }
    }

    /// The theme and colour depth for a command writing to a terminal or not.
    ///
    /// An unknown `--theme` is a usage error; an unknown `$PARLEY_THEME` only a notice, since
    /// the environment was not typed for this command. `explicitlyRequested` is for output that
    /// asks for colour by its format (`--format ansi`): colour then needs no terminal.
    func appearance(environment: [String: String] = Environment.current, outputIsTerminal: Bool, explicitlyRequested: Bool = false) throws -> Appearance {
        let catalog = ThemeCatalog(environment: environment)
        let depth = colourDepth(environment: environment, outputIsTerminal: outputIsTerminal, explicitlyRequested: explicitlyRequested)
        var chosen = Appearance(catalog: catalog, theme: .standard, themeName: Theme.standard.name, warnings: [], depth: depth)
        guard let requested = theme ?? environment["PARLEY_THEME"].flatMap({ $0.isEmpty ? nil : $0 }) else { return chosen }
        do {
            let choice = try catalog.choose(requested)
            chosen.theme = choice.theme
            chosen.themeName = choice.warnings.isEmpty ? requested : Theme.standard.name
            chosen.warnings = choice.warnings
        } catch {
            if theme != nil { throw usageFailure(error.description) }
            chosen.notice = "PARLEY_THEME: \(error.description); using the default theme"
        }
        return chosen
    }

    /// The colour depth `--color` and the environment allow: `.none` when colour is off.
    func colourDepth(environment: [String: String] = Environment.current, outputIsTerminal: Bool, explicitlyRequested: Bool = false) -> ColourDepth {
        guard color.allowsColour(environment: environment, outputIsTerminal: outputIsTerminal, explicitlyRequested: explicitlyRequested) else { return .none }
        return ColourDepth.forRender(environment: environment)
    }
}

extension ColourChoice: ExpressibleByArgument {}

/// The process environment, read once.
enum Environment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}
