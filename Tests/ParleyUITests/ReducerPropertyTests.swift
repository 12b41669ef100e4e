import Foundation
import ParleyArchive
import ParleyArchiveGenerator
import ParleyDashboard
import ParleyModel
import Testing
@testable import ParleyUI

/// Thousands of seeded random sequences of keys, clicks, wheel turns, resizes from 1×1 to
/// 300×100, searches and archive news, on the bundled week and on a hostile dossier, with
/// invariants checked after every step. A failure names its seed and step, so
/// `ReducerPropertyTests.replay(seed:dossier:)` reproduces it.
struct ReducerPropertyTests {
    /// Sequences per dossier; `PARLEY_PROPERTY_SEQUENCES` asks for more in a longer run.
    static let sequences = ProcessInfo.processInfo.environment["PARLEY_PROPERTY_SEQUENCES"].flatMap { Int($0) } ?? 500
    static let steps = 12

    static let keys: [KeyEvent] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace, .delete,
        .character("1"), .character("2"), .character("3"), .character("/"), .character("n"), .character("N"),
        .character("["), .character("]"), .character("{"), .character("}"), .character("?"), .character("g"), .character("G"),
        .character("t"), .character("h"), .character("j"), .character("k"), .character("l"), .character(" "),
        .character("r"), .character("y"), .character("\""), .character("-"), .character("|"), .character(":"),
        .character("é"), .character("中"), .control("u"), .control("w"), .function(5),
    ]

    /// The next random event or action for the store.
    static func randomStep(_ generator: inout SplitMix64) -> (KeyEvent?, Action?) {
        switch generator.next(below: 20) {
        case 0: return (.resize(Size(width: generator.next(below: 300) + 1, height: generator.next(below: 100) + 1)), nil)
        case 1, 2:
            let kind: MouseEvent.Kind = [.press, .wheelUp, .wheelDown][generator.next(below: 3)]
            return (.mouse(MouseEvent(kind, x: generator.next(below: 320) - 10, y: generator.next(below: 110) - 5)), nil)
        case 3:
            let stage: ArchiveProgress.Stage = generator.next(below: 2) == 0 ? .reading : .indexing(totalBytes: 1000)
            let progress = ArchiveProgress(stage: stage, bytes: generator.next(below: 1000), quotes: generator.next(below: 100), elapsed: 1, stageElapsed: 1)
            return (nil, [Action.archiveProgress(ArchiveLoading(file: "a\u{1B}[2J.jsonl", progress: progress)),
                          .archiveFailed(file: "b.jsonl", reason: "no such file\u{202E}"),
                          .dossierReloadFailed("week.yaml:1:1: error: \u{1B}]0;x\u{07}")][generator.next(below: 3)])
        default: return (keys[generator.next(below: keys.count)], nil)
        }
    }

    /// Checks everything that must hold after any step; returns what does not.
    static func violations(_ store: InlineDashboard) -> [String] {
        var found: [String] = []
        let state = store.state, context = store.context
        func within(_ value: Int, _ count: Int, _ what: String) {
            if value < 0 || (count > 0 && value >= count) || (count == 0 && value != 0) { found.append("\(what) \(value) of \(count)") }
        }
        within(state.home.engagement, context.dossier.engagements.count, "home engagement")
        within(state.home.quote, context.quotesByDate.count, "home quote")
        within(state.home.issue, context.matrix.rows.count, "home issue")
        within(state.positions.issue, context.dossier.issues.count, "positions issue")
        within(state.positions.left, context.dossier.parties.count, "left party")
        within(state.positions.right, context.dossier.parties.count, "right party")
        if let results = state.quotes.results { within(state.quotes.selection, results.count, "quote selection") }
        for (value, what) in [(state.home.firstEngagement, "first engagement"), (state.home.quoteOffset, "quote offset"), (state.home.issueOffset, "issue offset"),
                              (state.quotes.offset, "quotes offset"), (state.meeting.scroll, "meeting scroll"), (state.positions.scroll, "positions scroll")] where value < 0 {
            found.append("\(what) \(value)")
        }
        if case let .meeting(id) = state.screen, context.dossier.engagement(id) == nil { found.append("meeting \(id) does not exist") }
        let frame = store.render()
        let lines = frame.lines
        if lines.count != state.size.height { found.append("\(lines.count) rows for height \(state.size.height)") }
        for (row, line) in lines.enumerated() {
            if DisplayWidth.of(line) > state.size.width { found.append("row \(row) is \(DisplayWidth.of(line)) wide in \(state.size.width)") }
            if line.unicodeScalars.contains(where: { VisibleText.isUnsafe($0) }) { found.append("row \(row) holds a raw control character") }
        }
        return found
    }

    /// Runs one seeded sequence; the first violation, with its step, or nil.
    static func replay(seed: UInt64, dossier: Dossier, steps: Int = ReducerPropertyTests.steps) -> String? {
        var generator = SplitMix64(seed: seed)
        var store = InlineDashboard(size: Size(width: generator.next(below: 200) + 1, height: generator.next(below: 70) + 1), context: DashboardContext(dossier: dossier))
        for step in 0..<steps {
            let (key, action) = randomStep(&generator)
            // q would end the sequence early; it is checked once at the end instead.
            if let key, key != .character("q") { store.press(key) }
            if let action { store.send(action) }
            if let problem = violations(store).first { return "step \(step): \(problem)" }
        }
        // Quitting is always possible: Esc leaves the search line or help, then q quits.
        for _ in 0..<3 where !store.state.isQuitting {
            store.press(.escape)
            store.press(.character("q"))
        }
        return store.state.isQuitting ? nil : "q did not quit"
    }

    @Test(arguments: ["bundled", "hostile"])
    func invariantsHoldAfterEveryStep(dossier name: String) throws {
        let dossier = try TestDossiers.load(name)
        for seed in 1...UInt64(Self.sequences) {
            if let failure = Self.replay(seed: seed, dossier: dossier) {
                Issue.record("seed \(seed) on \(name): \(failure) — replay with ReducerPropertyTests.replay(seed: \(seed), dossier:)")
                return
            }
        }
    }
}
