import Foundation
import ParleyDashboard
import ParleyModel
import ParleyUI
import Testing

/// A terminal made of a script: the test decides, each time the loop waits for a key, what
/// happens; every frame and theme the loop shows is kept.
final class FakeTerminal: DashboardTerminal {
    var size: Size
    let isUnicode = true
    var pendingSignal: Int32?
    var isLost = false
    private(set) var frames: [CellGrid] = []
    private(set) var themes: [String] = []
    private(set) var restored = 0
    /// Keys already waiting, handed out before the script is asked again.
    private var queued: [KeyEvent] = []
    /// Called when the loop waits and nothing is queued; returns keys to queue (empty: none came).
    var onWait: (FakeTerminal) -> [KeyEvent]
    private(set) var waits = 0

    init(size: Size = Size(width: 100, height: 30), onWait: @escaping (FakeTerminal) -> [KeyEvent]) {
        self.size = size
        self.onWait = onWait
    }

    func nextEvent(wait: Bool, pollMilliseconds: Int32) -> KeyEvent? {
        if queued.isEmpty, wait {
            waits += 1
            // A loop that never stops waiting would hang the test run: give up loudly instead.
            if waits > 2_000 { return .character("q") }
            queued = onWait(self)
            if queued.isEmpty { usleep(UInt32(pollMilliseconds) * 100) }
        }
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    func present(_ grid: CellGrid) { frames.append(grid) }
    func apply(_ theme: Theme) { themes.append(theme.name) }
    func restore() { restored += 1 }

    var screen: String { frames.last?.lines.joined(separator: "\n") ?? "" }
}

/// The dashboard loop with a fake terminal: keys, bursts, signals, a lost terminal, themes,
/// and the dossier file followed as it is saved.
struct DashboardLoopTests {
    private func loop(_ dossier: Dossier? = nil, file: String? = nil, archives: [String] = []) throws -> DashboardLoop {
        let context = DashboardContext(dossier: try dossier ?? BundledDossier.load(), themeNames: ["default", "light"])
        return DashboardLoop(store: DashboardStore(size: Size(width: 100, height: 30), context: context), dossierFile: file, archives: archives) { name in
            Theme(name: name, styles: Theme.standard.styles)
        }
    }

    @Test func keysAreReducedAndEachBurstDrawsOneFrame() throws {
        var script: [[KeyEvent]] = [[.character("2")], [.character("/"), .character("r"), .character("y"), .character("a"), .character("b")], [.escape, .escape], [.character("q")]]
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
        var script: [[KeyEvent]] = [[.character("t")], [.character("q")]]
        let terminal = FakeTerminal { _ in script.isEmpty ? [] : script.removeFirst() }
        var dashboard = try loop()
        _ = dashboard.run(on: terminal)
        #expect(terminal.themes == ["light"])
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
                try? original.replacingOccurrences(of: "title: NATO–Russia Council", with: "title: The Council, renamed").write(toFile: file, atomically: true, encoding: .utf8)
                stage = 1
            case 1 where terminal.screen.contains("The Council, renamed"):
                try? original.replacingOccurrences(of: "issues:", with: "isues:").write(toFile: file, atomically: true, encoding: .utf8)
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
}
