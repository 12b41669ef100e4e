import Foundation
import ParleyArchive
import ParleyArchiveMemory
import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import ParleyUI
import Testing

/// The dashboard loop with a fake terminal: keys, bursts, signals, a lost terminal, themes,
/// and the dossier file followed as it is saved.
struct DashboardLoopTests {
    private func loop(_ dossier: Dossier? = nil, file: String? = nil, archives: [String] = []) throws -> DashboardLoop {
        let week = DeskWeek(file: file ?? BundledDossier.fileName, dossier: try dossier ?? BundledDossier.load())
        let context = DashboardContext(desk: Desk(single: week), themeNames: ["default", "light"])
        return DashboardLoop(
            store: DashboardStore(size: Size(width: 100, height: 30), context: context),
            follower: file.map { _ in
                DeskFollower(desk: context.desk, folder: nil, now: DashboardLoop.monotonicMilliseconds())
            }, archives: archives,
            openArchive: { path, progress throws(ArchiveLoadFailure) in
                try ArchiveLoader.load(path: path, progress: progress).opened
            }
        ) { name in
            Theme(name: name, styles: Theme.standard.styles)
        }
    }

    @Test func keysAreReducedAndEachBurstDrawsOneFrame() throws {
        var script: [[KeyEvent]] = [
            [.character("2")], [.character("/"), .character("r"), .character("y"), .character("a"), .character("b")],
            [.escape, .escape], [.character("q")],
        ]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        #expect(dashboard.run(on: terminal) == 0)
        // The first frame, then one per burst that changed something: four bursts, q's included.
        #expect(terminal.frames.count == 5)
        #expect(terminal.frames[2].lines.joined().contains("Quotes (3 of 16)"))
        #expect(terminal.restored == 0, "restoring is the caller's, on a clean quit")
    }

    @Test func aSignalRestoresTheTerminalAndEndsWith128PlusIt() throws {
        let terminal = FakeTerminal { terminal in
            terminal.pendingSignal = SIGTERM
            return []
        }
        var dashboard = try loop()
        #expect(dashboard.run(on: terminal) == 128 + SIGTERM)
        #expect(terminal.restored == 1)
    }

    @Test func aLostTerminalCountsAsAHangup() throws {
        let terminal = FakeTerminal { terminal in
            terminal.isLost = true
            return []
        }
        var dashboard = try loop()
        #expect(dashboard.run(on: terminal) == 128 + SIGHUP)
        #expect(terminal.restored == 1)
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        var script: [[KeyEvent]] = [[.resize(Size(width: 60, height: 20))], [.character("q")]]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        _ = dashboard.run(on: terminal)
        #expect(terminal.frames.last?.size == Size(width: 60, height: 20))
    }

    @Test func theNextThemeIsAppliedWhenChosen() throws {
        // A burst of two is two effects, applied in order, the last one left on screen.
        var script: [[KeyEvent]] = [[.character("t")], [.character("t"), .character("t")], [.character("q")]]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        _ = dashboard.run(on: terminal)
        #expect(terminal.themes == ["light", "default", "light"])
    }

    @Test func theFollowedFileIsReloadedAndABrokenSaveExplained() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("week.yaml").path
        let original = BundledDossier.yaml
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        var stage = 0
        let terminal = FakeTerminal { terminal in
            switch stage {
            case 0:
                try? original.replacingOccurrences(
                    of: "title: NATO–Russia Council", with: "title: The Council, renamed"
                ).write(toFile: file, atomically: true, encoding: .utf8)
                stage = 1
            case 1 where terminal.screen.contains("The Council, renamed"):
                try? original.replacingOccurrences(of: "issues:", with: "isues:").write(
                    toFile: file, atomically: true, encoding: .utf8)
                stage = 2
            case 2 where terminal.screen.contains("error: unknown key 'isues'"):
                stage = 3
                return [.character("q")]
            default: break
            }
            return []
        }
        var dashboard = try loop(file: file)
        #expect(dashboard.run(on: terminal) == 0)
        #expect(stage == 3, "the loop gave up waiting; the screen shows:\n\(terminal.screen)")
        #expect(terminal.screen.contains("The Council, renamed"))
    }

    @Test func yCopiesTheSelectedQuoteWithItsCitation() throws {
        var script: [[KeyEvent]] = [[.tab, .character("y")], [.character("Y")], [.character("q")]]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        _ = dashboard.run(on: terminal)
        #expect(
            terminal.copies == [
                "\u{201C}We had a frank and forthright discussion over the course of nearly eight hours at the U.S. mission in Geneva.\u{201D} \u{2014} Wendy Sherman, U.S. Deputy Secretary of State, U.S. Department of State, 10 January 2022",
                "> \u{201C}We had a frank and forthright discussion over the course of nearly eight hours at the U.S. mission in Geneva.\u{201D}\n>\n> \u{2014} Wendy Sherman, U.S. Deputy Secretary of State, U.S. Department of State, 10 January 2022",
            ])
        #expect(
            terminal.frames[terminal.frames.count - 2].lines.last?.contains("copied as Markdown to the clipboard")
                == true)
    }

    @Test func eWritesABriefingOfTheScreenAndNamesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-briefing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var script: [[KeyEvent]] = [
            [.character("e")], [.right, .enter, .character("e")], [.character("e")], [.character("q")],
        ]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        dashboard.briefings = BriefingFiles(folder: folder.path)
        _ = dashboard.run(on: terminal)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let id = "ukraine-security-talks-2022-01"
        #expect(
            files == [
                "parley-\(id)-nato-russia-council-2.md", "parley-\(id)-nato-russia-council.md", "parley-\(id)-week.md",
            ])
        let council = try String(
            contentsOfFile: folder.appendingPathComponent("parley-\(id)-nato-russia-council.md").path, encoding: .utf8)
        #expect(council.contains("### NATO–Russia Council"))
        #expect(!council.contains("### OSCE Permanent Council"))
        // The status line names the file (its start, on a 100-column screen with a long folder).
        let status = terminal.frames[terminal.frames.count - 2].lines.last ?? ""
        #expect(status.contains("briefing written to \(folder.path)/parley-"), "\(status)")
    }

    @Test func oOpensTheSourceWithBrowserAsOneArgument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("opened").path
        let browser = folder.appendingPathComponent("browser").path
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > '\(record)'\n".write(
            toFile: browser, atomically: true, encoding: .utf8)
        chmod(browser, 0o755)
        var opened = false
        var script: [[KeyEvent]] = [
            [.character("2"), .character("/")] + "differences".map { .character($0) } + [.enter, .character("o")]
        ]
        let terminal = FakeTerminal { _ in
            if !script.isEmpty { return script.removeFirst() }
            // The shell creates the file before printf fills it: wait for both lines.
            opened = opened || (try? String(contentsOfFile: record, encoding: .utf8))?.filter { $0 == "\n" }.count == 2
            return opened ? [.character("q")] : []
        }
        var dashboard = try loop()
        dashboard.opener = LinkOpener(environment: ["BROWSER": browser, "PATH": "/usr/bin:/bin"])
        _ = dashboard.run(on: terminal)
        #expect(
            try String(contentsOfFile: record, encoding: .utf8)
                == "1\nhttps://www.nato.int/cps/en/natohq/opinions_190668.htm\n")
    }

    @Test func withNoBrowserTheAddressIsShown() throws {
        var script: [[KeyEvent]] = [
            [.character("2"), .character("/")] + "differences".map { .character($0) } + [.enter, .character("o")],
            [.character("q")],
        ]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        dashboard.opener = LinkOpener(environment: ["BROWSER": "", "PATH": "/nonexistent"])
        _ = dashboard.run(on: terminal)
        #expect(
            terminal.frames[terminal.frames.count - 2].lines.last?.contains(
                "no browser found (set $BROWSER): https://www.nato.int/") == true)
    }
}
