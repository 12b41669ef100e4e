import Foundation
import Testing

/// What a command line owes its users: a version, URLs to follow, failures said out loud,
/// the same answer to the same mistake wherever it is made.
struct CommandLineMannersTests {
    static let themes = "themes: default, light, high-contrast, monochrome, colour-blind, base16-default-dark"

    /// Runs parley through a shell, for redirections `Process` cannot make (`> /dev/full`, `>&-`).
    func shell(_ command: String) throws -> ParleyProcess.Outcome {
        try ParleyProcess.run(["-c", "exec \"$PARLEY\" " + command], environment: ["PARLEY": ParleyProcess.executable], shell: true)
    }

    @Test func versionIsPrinted() throws {
        let outcome = try ParleyProcess.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "parley 0.9.0\n")
    }

    @Test(arguments: ["week > /dev/full", "week >&-", "--version > /dev/full", "quotes sherman --json > /dev/full", "positions >&-"])
    func aFailedWriteIsAnError(command: String) throws {
        let outcome = try shell(command)
        #expect(outcome.status == 74, "\(command)")
        #expect(outcome.stderr.hasPrefix("parley: cannot write to standard output: "), "\(command): \(outcome.stderr)")
        #expect(outcome.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [["--theme", "nope", "week"], ["week", "--theme", "nope"], ["--theme", "nope", "quotes", "x"], ["quotes", "x", "--theme", "nope"], ["positions", "--theme", "nope"]])
    func anUnknownThemeIsTheSameUsageErrorBeforeOrAfterTheSubcommand(arguments: [String]) throws {
        let outcome = try ParleyProcess.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "parley: no theme 'nope' (\(Self.themes))\n")
    }

    @Test(arguments: [["week"], ["quotes", "sherman"], ["positions"], ["show", "geneva-ssd"], ["render", "--screen", "home"], ["agreement"]])
    func anUnknownThemeInTheEnvironmentIsTheSameOneLineWarningEverywhere(arguments: [String]) throws {
        let outcome = try ParleyProcess.run(arguments, environment: ["PARLEY_THEME": "nope"])
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.isEmpty)
        #expect(outcome.stderr == "parley: PARLEY_THEME: no theme 'nope' (\(Self.themes)); using the default theme\n")
    }

    @Test func aThemeOnTheCommandLineSilencesTheEnvironment() throws {
        let outcome = try ParleyProcess.run(["week", "--theme", "light"], environment: ["PARLEY_THEME": "nope"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func noMatchPrintsNothingButSaysSoOnStderr() throws {
        let outcome = try ParleyProcess.run(["quotes", "zanzibar"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "parley: no quotes match\n")
        // Scripts asking for a number or JSON still get one.
        #expect(try ParleyProcess.run(["quotes", "zanzibar", "--count"]).stdout == "0\n")
        #expect(try ParleyProcess.run(["quotes", "zanzibar", "--json"]).stdout == "[]\n")
    }

    @Test func showAndQuotesPrintEachSourcesURLWhole() throws {
        let dossier = Fixtures.valid("one-engagement.yaml")
        for arguments in [["show", "castle-talks"], ["quotes", "door"]] {
            let outcome = try ParleyProcess.run(arguments + ["--dossier", dossier, "--width", "40"])
            #expect(outcome.status == 0)
            #expect(outcome.stdout.contains("<https://example.org/gazette>"), "\(arguments)")
        }
    }

    @Test(arguments: [("unitedstates", "us"), ("Untied States", "us"), ("ukriane", "ukraine"), ("Rusia", "russia"), ("OCSE", "osce")])
    func didYouMeanSuggestsIdsThatExist(written: String, suggested: String) throws {
        let outcome = try ParleyProcess.run(["positions", written])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("did you mean '\(suggested)'?"), "\(outcome.stderr)")
    }
}
