import Foundation
import ParleyArchiveGenerator
import ParleyTestSupport
import Testing

/// The dashboard in a real terminal: launch, navigate, search, click, resize, quit, signals,
/// crashes and terminals it must refuse, each time checking the terminal is given back.
@Suite(.serialized)
struct DashboardEndToEndTests {
    @Test func launchShowsTheWeekAndQuitRestoresTheTerminal() throws {
        let harness = try TmuxHarness()
        let screen = try harness.waitFor("Key quotes (16)")
        #expect(screen.contains("Mon 10 Jan · Geneva"))
        #expect(screen.contains("NATO–Russia Council"))
        #expect(screen.contains("OSCE Permanent Council"))
        #expect(screen.contains("? help"))
        try harness.quitAndExpectRestored()
    }

    @Test func yCopiesTheCitationThroughTheTerminalAndOOpensTheBrowser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-share-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("opened").path
        let browser = folder.appendingPathComponent("browser").path
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(record)'\n".write(toFile: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        let harness = try TmuxHarness(environment: ["BROWSER": browser])
        try harness.waitFor("Key quotes (16)")
        try harness.press("Tab", "y")
        try harness.waitFor("copied to the clipboard")
        let copied = try harness.waitForPasteBuffer("the citation") { $0.hasSuffix("Wendy Sherman, U.S. Deputy Secretary of State, U.S. Department of State, 10 January 2022") }
        #expect(copied == "\u{201C}We had a frank and forthright discussion over the course of nearly eight hours at the U.S. mission in Geneva.\u{201D} \u{2014} Wendy Sherman, U.S. Deputy Secretary of State, U.S. Department of State, 10 January 2022")
        try harness.press("2", "/")
        try harness.type("differences")
        try harness.press("Enter", "o")
        try harness.waitFor("opened in browser")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: record), Date() < deadline { usleep(30_000) }
        #expect(try String(contentsOfFile: record, encoding: .utf8) == "1\nhttps://www.nato.int/cps/en/natohq/opinions_190668.htm\n")
        // The browser wrote nothing over the dashboard, which still answers keys.
        try harness.press("Y")
        try harness.waitForPasteBuffer("the Markdown citation") { $0.hasPrefix("> \u{201C}Our differences will not be easy to bridge.") }
        try harness.quitAndExpectRestored()
    }

    @Test func everyScreenIsReachableWithKeys() throws {
        let harness = try TmuxHarness()
        try harness.waitFor("Key quotes")
        try harness.press("Right", "Enter")
        try harness.waitFor("Delegations")
        try harness.waitFor("Alexander Grushko (Deputy Foreign Minister of Russia)")
        try harness.press("Escape")
        try harness.waitFor("Key quotes")
        try harness.press("2")
        try harness.waitFor("Quotes (16)")
        try harness.press("3")
        try harness.waitFor("[ Russia")
        try harness.press("]")
        try harness.waitFor("NATO ] ▶")
        try harness.press("?")
        try harness.waitFor("next party on the right")
        try harness.press("Escape")
        try harness.waitForAbsence("next party on the right")
        try harness.press("1", "Tab", "Enter")
        try harness.waitFor("Quote ")
        try harness.quitAndExpectRestored()
    }

    @Test func searchFiltersAsYouType() throws {
        let harness = try TmuxHarness()
        try harness.waitFor("Key quotes")
        try harness.press("/")
        try harness.type("ryab")
        try harness.waitFor("Quotes (3 of 16)")
        try harness.type("kov -nato")
        try harness.waitFor("Quotes (2 of 16)")
        try harness.press("Enter", "n")
        try harness.waitFor("match 1 of 2")
        try harness.press("n")
        try harness.waitFor("match 2 of 2")
        try harness.press("/")
        try harness.type(" \"unclosed")
        try harness.waitFor("unclosed quote")
        try harness.press("Escape")
        try harness.waitFor("Quotes (16)")
        try harness.press("q")
        #expect(try harness.waitForExit().status == 0)
    }

    @Test(arguments: [("tmux-256color", false), ("xterm-256color", true)])
    func mouseClickSelectsAndSwitches(term: String, sgr: Bool) throws {
        let harness = try TmuxHarness(width: 100, height: 30, term: term)
        try harness.waitFor("Key quotes")
        // The "3 Positions" tab is at the right end of the title bar.
        let line = try harness.screen().split(separator: "\n").first.map(String.init) ?? ""
        let column = try #require(line.range(of: "3 Positions")).lowerBound.utf16Offset(in: line)
        try harness.click(x: line.prefix(column).count + 1, y: 0, sgr: sgr)
        try harness.waitFor("[ Russia")
        try harness.quitAndExpectRestored()
    }

    @Test func resizeStormLeavesAWorkingDashboard() throws {
        let harness = try TmuxHarness(width: 100, height: 30)
        try harness.waitFor("Key quotes")
        for (width, height) in [(60, 20), (200, 60), (30, 8), (1, 1), (150, 45), (39, 11), (80, 24), (120, 40), (45, 15)] {
            try harness.resize(width: width, height: height)
        }
        try harness.resize(width: 30, height: 10)
        try harness.waitFor("Terminal too small")
        try harness.resize(width: 120, height: 40)
        try harness.waitFor("Key quotes (16)")
        try harness.waitForAbsence("too small")
        try harness.press("2")
        try harness.waitFor("Quotes (16)")
        try harness.quitAndExpectRestored()
    }

    @Test func controlCRestoresAndExits130() throws {
        let harness = try TmuxHarness()
        try harness.waitFor("Key quotes")
        try harness.press("C-c")
        let ending = try harness.waitForExit()
        #expect(ending.status == 130)
        harness.expectRestored(ending)
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130))])
    func signalsRestoreAndExitWith128PlusTheSignal(signal: Int32, status: Int32) throws {
        let harness = try TmuxHarness()
        try harness.waitFor("Key quotes")
        try harness.signal(signal)
        let ending = try harness.waitForExit()
        #expect(ending.status == status)
        harness.expectRestored(ending)
    }

    @Test func crashRestoresTheTerminalAndShowsTheMessageAfterwards() throws {
        let harness = try TmuxHarness(environment: ["PARLEY_TEST_CRASH": "after-first-frame"])
        let ending = try harness.waitForExit()
        #expect(ending.status >= 128)
        harness.expectRestored(ending)
        // The fatal error was written while curses owned the screen and replayed after.
        #expect(ending.screen.contains("Fatal error: PARLEY_TEST_CRASH: deliberate crash"))
    }

    @Test(arguments: [
        ("dumb", "cannot move the cursor"),
        ("no-such-terminal-type", "unknown terminal type 'no-such-terminal-type'"),
    ])
    func terminalsThatCannotBeDrivenAreRefused(term: String, message: String) throws {
        let harness = try TmuxHarness(term: term)
        let ending = try harness.waitForExit()
        #expect(ending.status == 2)
        #expect(ending.screen.contains(message))
        #expect(ending.sttyAfter == ending.sttyBefore)
    }

    @Test func unsetTermIsRefused() throws {
        let harness = try TmuxHarness(term: nil)
        let ending = try harness.waitForExit()
        #expect(ending.status == 2)
        #expect(ending.screen.contains("TERM is not set"))
        #expect(ending.sttyAfter == ending.sttyBefore)
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "xterm", "linux", "vt100"])
    func everyCommonTerminalTypeWorks(term: String) throws {
        let harness = try TmuxHarness(term: term)
        try harness.waitFor("Key quotes (16)")
        try harness.press("2")
        try harness.waitFor("Quotes (16)")
        try harness.press("q")
        let ending = try harness.waitForExit()
        #expect(ending.status == 0)
        #expect(ending.sttyAfter == ending.sttyBefore)
        #expect(!ending.alternateScreen)
    }

    @Test func monochromeTerminalStillShowsSelection() throws {
        let harness = try TmuxHarness(term: "vt100")
        try harness.waitFor("Key quotes")
        try harness.press("Tab")
        // Without colour the selected quote is drawn in reverse video (SGR 7).
        let screen = try harness.screen(colours: true)
        #expect(SGR.parameters(in: screen).contains(7))
        #expect(SGR.colourParameters(in: screen).isEmpty)
        try harness.press("q")
        _ = try harness.waitForExit()
    }

    @Test func tCyclesThemesLive() throws {
        let harness = try TmuxHarness(width: 140, height: 30, term: "tmux-256color", environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": nil])
        try harness.waitFor("theme default")
        let before = try harness.screen(colours: true)
        try harness.press("t")
        try harness.waitFor("theme light (t for the next)")
        let after = try harness.screen(colours: true)
        #expect(before != after)
        // The light theme paints its own background (nearest of 256: a near-white grey).
        #expect(SGR.parameters(in: after).contains(48))
        try harness.quitAndExpectRestored()
    }

    @Test func noColorShowsNoColourSequences() throws {
        let harness = try TmuxHarness(term: "tmux-256color", environment: ["NO_COLOR": "1"])
        try harness.waitFor("Key quotes")
        let screen = try harness.screen(colours: true)
        #expect(SGR.colourParameters(in: screen).isEmpty)
        #expect(SGR.parameters(in: screen).contains(7))
        try harness.quitAndExpectRestored()
    }

    @Test func themeProblemIsShownOnTheStatusLine() throws {
        let path = Repository.path("Tests/ParleyUITests/ThemeFixtures/unknown-colour.yaml")
        let harness = try TmuxHarness(arguments: ["--theme", path], width: 200, height: 30)
        try harness.waitFor("unknown colour 'brigth-blue'")
        try harness.press("j")
        try harness.waitFor("theme default")
        try harness.quitAndExpectRestored()
    }

    @Test func dashboardIsUsableWhileAnArchiveLoads() throws {
        let feed = try HeldArchiveFeed(quotes: 2000)
        defer { feed.remove() }
        let harness = try TmuxHarness(width: 160, height: 30, shellTail: feed.quotesOption)
        // The pipe stays open until the test releases it, so the archive is still loading here.
        try harness.waitFor("loading /dev/fd/")
        // The bundled week answers meanwhile.
        try harness.press("2")
        let screen = try harness.waitFor("Quotes (16)")
        #expect(screen.contains("MiB read"))
        try feed.release()
        try harness.waitFor("2000 quotes loaded")
        // Every archive line is the same quote: its day finds all of them, and none of the week's.
        try harness.press("/")
        try harness.type("date:" + feed.day)
        try harness.waitFor("Quotes (2000 of 2016)")
        try harness.press("Enter")
        try harness.quitAndExpectRestored()
    }

    @Test func databaseArchiveIsOpenedBehindTheDashboard() throws {
        // An address is not a file: the dashboard opens, and the server that is not there is
        // said on the status line (it once refused to start: "no such file or directory").
        let address = "postgresql://parley@127.0.0.1:\(try PostgresCluster.freePort())/parley"
        let harness = try TmuxHarness(arguments: ["--quotes", address], width: 160, height: 30)
        let screen = try harness.waitFor("cannot connect")
        #expect(screen.contains("Key quotes (16)"))
        #expect(screen.contains(address + ": cannot connect: "))
        try harness.quitAndExpectRestored()
    }

    @Test func commandLineShowsLoadingProgressOnATerminal() throws {
        let feed = try HeldArchiveFeed(quotes: 2000)
        defer { feed.remove() }
        let harness = try TmuxHarness(arguments: ["quotes", "--count"], width: 160, height: 10, shellTail: feed.quotesOption)
        // Shown once loading has taken half a second: a pipe's bytes read so far and the rate.
        let screen = try harness.waitFor("MiB read")
        #expect(screen.contains("loading /dev/fd/"))
        #expect(screen.contains("MiB/s"))
        try feed.release()
        let ending = try harness.waitForExit()
        #expect(ending.status == 0)
        // The bar is cleared and the answer stands alone.
        let lines = ending.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.last == "2016")
        #expect(!ending.screen.contains("loading /dev/fd/"))
    }

    @Test func nonUTF8LocaleDrawsWithASCII() throws {
        let harness = try TmuxHarness(environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try harness.waitFor("Key quotes")
        #expect(screen.contains("+ Mon 10 Jan - Geneva"))
        #expect(!screen.contains("┌"))
        try harness.press("q")
        #expect(try harness.waitForExit().status == 0)
    }

    @Test func hostileTextIsShownNotObeyed() throws {
        let hostile = Repository.dossierFixture("valid/hostile.yaml")
        let harness = try TmuxHarness(arguments: ["--dossier", hostile])
        let screen = try harness.waitFor("Clipboard ␛]52")
        #expect(screen.contains("Talks ␛[2J at the castle"))
        try harness.press("2")
        try harness.waitFor("Before ␛[2J␛[H after")
        // An OSC 52 that reached tmux would have created a paste buffer.
        #expect(try harness.buffers().isEmpty)
        try harness.press("q")
        #expect(try harness.waitForExit().status == 0)
    }
}

/// Reads SGR parameters out of a captured screen.
enum SGR {
    static func parameters(in screen: String) -> [Int] {
        var result: [Int] = []
        var rest = screen[...]
        while let start = rest.firstRange(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" { result += rest[..<end].split(separator: ";").compactMap { Int($0) } }
            rest = rest[end...]
        }
        return result
    }

    /// Parameters that set a colour (39 and 49, "default colour", do not count).
    static func colourParameters(in screen: String) -> [Int] {
        parameters(in: screen).filter { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
    }
}

extension TmuxHarness {
    /// Presses q, then checks parley exited with 0 and gave the terminal back.
    func quitAndExpectRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try press("q")
        let ending = try waitForExit()
        #expect(ending.status == 0, sourceLocation: sourceLocation)
        expectRestored(ending, sourceLocation: sourceLocation)
    }

    /// tmux's paste buffers (set by OSC 52 clipboard writes when they get through).
    func buffers() throws -> String {
        let path = Self.tmuxPath ?? "/usr/bin/tmux"
        return try Spawn.run(path, ["-L", socket, "list-buffers"], environment: ["PATH": "/usr/bin:/bin"], captureOutput: true)
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
