import ArgumentParser
import ParleyModel
import ParleySystem
import ParleyUI

/// The `parley` command: the week of diplomacy on one screen, and the same model for scripts.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Follow a week of diplomacy: meetings, quotes and positions.",
        discussion: """
            With no subcommand, opens the dashboard on a terminal (keys: ? for help, : for every \
            action by name, q to quit; parley keys lists them all), or prints the week's overview \
            when output is not a terminal. Every subcommand reads the bundled week of 10 to 13 \
            January 2022 unless --dossier names another file, or --desk (or $PARLEY_DESK) a folder \
            of dossiers read together as a desk.

            Files: your themes in $XDG_CONFIG_HOME/parley/themes, your keys in \
            $XDG_CONFIG_HOME/parley/keys.yaml (~/.config/parley when XDG_CONFIG_HOME is unset), \
            your flags and notes in $XDG_DATA_HOME/parley/notes (~/.local/share/parley), your \
            searches in $XDG_STATE_HOME/parley/history (~/.local/state/parley); parley info says \
            where each is on this machine. Environment: PARLEY_DESK, PARLEY_THEME, NO_COLOR, TERM, \
            LANG (a UTF-8 locale draws Unicode, any other ASCII).

            Exit status: 0 success, 2 the terminal cannot be driven, 64 usage error, 65 invalid \
            dossier or archive index, 66 file or database not found, 69 an archive's server cannot be reached, 73 an \
            output file cannot be created, 74 writing output \
            failed, 128+N ended by signal N.
            """,
        version: "parley \(ParleyRelease.version)",
        subcommands: [
            WeekCommand.self, ShowCommand.self, QuotesCommand.self, PositionsCommand.self, AgreementCommand.self,
            TimelineCommand.self, HistoryCommand.self, ExportCommand.self, CheckCommand.self, ArchiveCommand.self,
            DraftCommand.self, ReviewCommand.self, CollectCommand.self, RenderCommand.self, ThemesCommand.self,
            InfoCommand.self, KeysCommand.self,
        ]
    )

    /// Parses and runs the command. Errors are printed here rather than by ArgumentParser, so
    /// that an unknown option or value quoted back is as safe to print as any other message.
    static func main() {
        // A file grown past the size limit (`ulimit -f`) fails its write like a full disk, with
        // a message and the file as it was, instead of the signal ending parley mid-write.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Help and --version go to standard output through Console, so that a failed write
            // (a full disk, a closed stdout) is reported like any other.
            if error is CleanExit || code == .success {
                let message = fullMessage(for: error)
                if !message.isEmpty { Console.out(message.hasSuffix("\n") ? message : message + "\n") }
                Glibc.exit(code.rawValue)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Console.error(message) }
            Glibc.exit(code.rawValue)
        }
    }

    @OptionGroup var source: DossierOptions
    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var appearance: AppearanceOptions

    @OptionGroup var accessibility: AccessOptions

    /// Runs for every subcommand too (the root's options are parsed for all of them), so the
    /// warning about `$PARLEY_THEME` is the same line whichever command reads it.
    func validate() throws {
        if let notice = appearance.environmentThemeNotice(environment: Environment.current) {
            Console.error("parley: \(notice)")
        }
    }

    mutating func run() throws {
        let onTerminal = Console.inputIsTerminal && Console.outputIsTerminal
        // The dashboard opens on what loads of a desk, says what does not, and follows it until fixed.
        let loaded = try source.loadDesk(keepingWhatLoads: onTerminal)
        let dossier = loaded.week.dossier
        // Not on a terminal (a pipe, a file, a script): the week as text, like `parley week`.
        guard onTerminal else {
            Console.out(WeekReport.render(dossier, width: Console.width, archives: try archives.load()))
            return
        }
        let chosen = try appearance.appearance(outputIsTerminal: true)
        // Archives load in the background once the dashboard is up; a missing file is said at once.
        try archives.checkReadable()
        let status = DashboardRunner.run(
            desk: loaded, folder: source.deskFolder, archives: archives.files, appearance: chosen,
            accessible: accessibility.isOn(environment: Environment.current))
        if status != 0 { throw ExitCode(status) }
    }
}
