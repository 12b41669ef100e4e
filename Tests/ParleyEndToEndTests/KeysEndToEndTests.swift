import Foundation
import ParleyTestSupport
import Testing

/// The built binary under tmux with a keys.yaml: its keys in force, its problem on the status
/// line, and the command palette running actions by name.
@Suite(.serialized)
struct KeysEndToEndTests {
    @Test func aKeymapFileAndThePaletteDriveTheDashboard() throws {
        try TemporaryFolder.with("pk") { folder in
            try FileManager.default.createDirectory(atPath: folder + "/parley", withIntermediateDirectories: true)
            try "global:\n  quit: ctrl-x\n  bogus: x\n".write(
                toFile: folder + "/parley/keys.yaml", atomically: true, encoding: .utf8)
            let harness = try TmuxHarness(
                arguments: [], width: 120, height: 40,
                environment: ["XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder])
            defer { harness.stop() }
            // The file's problem, where it is, until the first key.
            try harness.waitFor("keys.yaml:3:3: warning: 'bogus' is not an action of global")
            // q no longer quits; Ctrl-X does, and the status line says so once the notice goes.
            try harness.press("j")
            try harness.waitFor("Ctrl-X quit")
            try harness.press("q")
            try harness.waitFor("q does nothing here")
            // The palette: an action by name, then another on the screen it went to.
            try harness.press(":")
            try harness.waitFor("Commands")
            try harness.type("show-q")
            try harness.waitFor(":show-q")
            try harness.press("Enter")
            try harness.waitFor("Quotes (16)")
            try harness.press(":")
            try harness.type("sort")
            try harness.waitFor(":sort")
            try harness.press("Enter")
            try harness.waitFor("Quotes (16) · newest first")
            // :save keeps the search by name, in the data folder, for the palette and parley quotes.
            try harness.press("/")
            try harness.type("ryab")
            try harness.press("Enter")
            try harness.waitFor("Quotes (3 of 16)")
            try harness.press(":")
            try harness.type("save ry")
            try harness.waitFor(":save ry")
            try harness.press("Enter")
            try harness.waitFor("search kept as @ry")
            #expect(try String(contentsOfFile: folder + "/parley/searches", encoding: .utf8) == "ry\tryab\n")
            try harness.press("C-x")
            let ending = try harness.waitForExit()
            #expect(ending.status == 0)
            harness.expectRestored(ending)
        }
    }
}
