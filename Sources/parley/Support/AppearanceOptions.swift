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

    /// What was chosen: the theme (the default when the chosen one has problems) and its warnings.
    struct Appearance {
        var theme: Theme
        var themeName: String
        var warnings: [Diagnostic]
        var notice: String?
    }

    /// The theme to use. An unknown `--theme` is a usage error; an unknown `$PARLEY_THEME` only
    /// a notice, since the environment was not typed for this command.
    func appearance(catalog: ThemeCatalog, environment: [String: String]) throws -> Appearance {
        let requested = theme ?? environment["PARLEY_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        guard let requested else { return Appearance(theme: .standard, themeName: Theme.standard.name, warnings: []) }
        do {
            let choice = try catalog.choose(requested)
            return Appearance(theme: choice.theme, themeName: choice.warnings.isEmpty ? requested : Theme.standard.name, warnings: choice.warnings)
        } catch {
            if theme != nil { throw usageFailure(error.description) }
            return Appearance(theme: .standard, themeName: Theme.standard.name, warnings: [], notice: "PARLEY_THEME: \(error.description); using the default theme")
        }
    }
}

extension ColourChoice: ExpressibleByArgument {}

/// The process environment, read once.
enum Environment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}
