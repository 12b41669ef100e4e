import Foundation
import ParleyDashboard
import ParleyModel
import ParleySystem
import ParleyTestSupport
import ParleyUI
import Testing

/// `m` in the running dashboard: the flag written to the reader's notes file by the loop.
struct NotesLoopTests {
    @Test func aFlagIsWrittenToTheNotesFileAndAFileThatDoesNotReadIsLeftAlone() throws {
        try TemporaryFolder.with("parley-notes") { folder in
            let dossier = try BundledDossier.load()
            var keys: [KeyEvent] = [.character("2"), .character("m"), .enter, .character("q")]
            let terminal = FakeTerminal { _ in keys.isEmpty ? [] : [keys.removeFirst()] }
            let store = DashboardStore(size: terminal.size, context: DashboardContext(dossier: dossier))
            var loop = DashboardLoop(
                store: store, follower: nil, archives: [], openArchive: { _, _ in fatalError("no archive") },
                themeNamed: { _ in .standard })
            let notes = NotesStore(environment: ["XDG_DATA_HOME": folder])
            loop.notes = notes
            #expect(loop.run(on: terminal) == 0)
            let kept = try notes.read(dossier.id)
            #expect(kept.quotes.values.map(\.flag) == ["verified"])
            // A notes file broken by hand is never written over: the dashboard says so.
            let path = try #require(notes.file(for: dossier.id))
            try "dossier: [broken\n".write(toFile: path, atomically: true, encoding: .utf8)
            keys = [.character("2"), .character("m"), .enter]
            var again = DashboardLoop(
                store: DashboardStore(size: terminal.size, context: DashboardContext(dossier: dossier)), follower: nil,
                archives: [], openArchive: { _, _ in fatalError("no archive") }, themeNamed: { _ in .standard })
            again.notes = notes
            let second = FakeTerminal { _ in keys.isEmpty ? [.character("q")] : [keys.removeFirst()] }
            var shown = ""
            second.onWait = { terminal in
                if keys.isEmpty { shown = terminal.screen }
                return keys.isEmpty ? [.character("q")] : [keys.removeFirst()]
            }
            #expect(again.run(on: second) == 0)
            #expect(
                shown.contains("not kept: \(folder)/parley/notes/ukraine"), "\(shown.split(separator: "\n").last ?? "")"
            )
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "dossier: [broken\n")
        }
    }
}
