import ArgumentParser
import ParleyModel
import ParleyUI

/// `parley themes`: the themes there are, with a swatch of each on a terminal.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes: bundled ones, then your own from ~/.config/parley/themes.",
        discussion: "One name per line when output is not a terminal; on a terminal, a swatch of each theme's colours."
    )

    @OptionGroup var appearance: AppearanceOptions
    @OptionGroup var archives: ArchiveOptions

    func run() throws {
        let catalog = ThemeCatalog(environment: Environment.current)
        guard Console.outputIsTerminal || appearance.color == .always else {
            Console.out(catalog.names.map { $0 + "\n" }.joined())
            return
        }
        let depth = appearance.colourDepth(outputIsTerminal: Console.outputIsTerminal)
        let width = catalog.names.map(\.count).max() ?? 8
        for (name, choice) in catalog.allThemes() {
            var line = TextWrap.padded(name, width: width + 2)
            line += swatch(choice.theme, depth: depth)
            line += "\u{1B}[0m  " + VisibleText.escaped(choice.theme.description)
            Console.out(line + "\n")
            for warning in choice.warnings { Console.error(warning.description) }
        }
    }

    /// Sample text in the theme's main roles and a block in each party colour.
    private func swatch(_ theme: Theme, depth: ColourDepth) -> String {
        var text = ""
        for (role, sample) in [(StyleRole.text, " Text "), (.title, "Title "), (.muted, "muted "), (.selection, " selected "), (.match, " match ")] {
            text += FrameExport.sgr(theme.style(role, depth: depth)) + sample
        }
        text += FrameExport.sgr(theme.style(.text, depth: depth)) + " "
        for role in [StyleRole.party1, .party2, .party3, .party4, .party5, .party6] {
            text += FrameExport.sgr(theme.style(role, depth: depth)) + "██"
        }
        return text + FrameExport.sgr(theme.style(.text, depth: depth)) + " "
    }
}
