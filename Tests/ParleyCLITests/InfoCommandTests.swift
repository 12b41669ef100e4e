import Foundation
import ParleyTestSupport
import Testing

/// `parley info`: every place parley reads and writes, as the environment sets it, and
/// whether each is there.
struct InfoCommandTests {
    @Test func thePlacesFollowTheEnvironmentAndSayWhatIsThere() throws {
        try TemporaryFolder.with("parley-info") { folder in
            try FileManager.default.createDirectory(
                atPath: folder + "/config/parley/themes", withIntermediateDirectories: true)
            try "name: mine\n".write(
                toFile: folder + "/config/parley/themes/mine.yaml", atomically: true, encoding: .utf8)
            let outcome = try ParleyProcess.run(
                ["info"],
                environment: [
                    "XDG_CONFIG_HOME": folder + "/config", "XDG_DATA_HOME": folder + "/data",
                    "PARLEY_DESK": DeskFixture.folder,
                ])
            #expect(outcome.status == 0)
            let lines = outcome.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("parley ") == true)
            #expect(lines.contains("themes   \(folder)/config/parley/themes (1 theme)"))
            #expect(lines.contains("keys     \(folder)/config/parley/keys.yaml (not there yet)"))
            #expect(lines.contains("notes    \(folder)/data/parley/notes (not there yet)"))
            #expect(lines.contains("history  not set"), "neither XDG_STATE_HOME nor HOME is set")
            #expect(lines.contains("desk     \(DeskFixture.folder) (3 dossier files)"))
            let json = try #require(
                try ParleyProcess.json(try ParleyProcess.run(["info", "--json"], environment: ["HOME": folder]).stdout)
                    as? [String: Any])
            let notes = try #require(json["notes"] as? [String: Any])
            #expect(notes["path"] as? String == folder + "/.local/share/parley/notes")
            #expect(notes["exists"] as? Bool == false)
            let desk = try #require(json["desk"] as? [String: Any])
            #expect(desk["path"] is NSNull)
        }
    }
}
