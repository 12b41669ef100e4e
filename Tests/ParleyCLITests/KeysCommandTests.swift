import Foundation
import ParleyTestSupport
import Testing

/// `parley keys`: every action with its name, keys and what it does, the user's keys.yaml in
/// force, and each of its problems on stderr at its line and column.
struct KeysCommandTests {
    @Test func withoutAFileItListsTheShippedKeys() throws {
        let outcome = try ParleyProcess.run(["keys"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Keys in force: those parley ships with")
        #expect(lines.contains("Everywhere [global]"))
        #expect(lines.contains("  quit                      q               quit"))
        #expect(lines.contains("  page-down                 pgdn, space     page down"))
        #expect(lines.contains("Quotes [quotes]"))
        #expect(
            lines.contains(
                "  sort                      s               sort: best match, newest, oldest, speaker, party"))
        #expect(lines.contains("Review (parley review) [review]"))
        #expect(lines.contains("  accept                    a               accept the quotation as it stands"))
    }

    @Test func theFilesKeysAreInForceAndItsProblemsSaidWhere() throws {
        try TemporaryFolder.with("parley-keys") { folder in
            try FileManager.default.createDirectory(atPath: folder + "/parley", withIntermediateDirectories: true)
            let file = folder + "/parley/keys.yaml"
            try "global:\n  quit: [q, ctrl-x]\nquotes:\n  srot: o\nreview:\n  accept: A\n".write(
                toFile: file, atomically: true, encoding: .utf8)
            let outcome = try ParleyProcess.run(["keys"], environment: ["XDG_CONFIG_HOME": folder])
            #expect(outcome.status == 0)
            #expect(
                outcome.stderr
                    == "parley: \(file):4:3: warning: 'srot' is not an action of quotes; did you mean 'sort'?\n")
            let lines = outcome.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "Keys in force: parley's, with 2 changed by \(file)")
            #expect(lines.contains("* quit                      q, ctrl-x       quit"))
            #expect(lines.contains("* accept                    A               accept the quotation as it stands"))
            #expect(
                lines.contains(
                    "  sort                      s               sort: best match, newest, oldest, speaker, party"))
            // --strict makes a problem an exit status, for a dotfiles check.
            let strict = try ParleyProcess.run(["keys", "--strict"], environment: ["XDG_CONFIG_HOME": folder])
            #expect(strict.status == 65)
            let json = try #require(
                try ParleyProcess.json(
                    try ParleyProcess.run(["keys", "--json"], environment: ["XDG_CONFIG_HOME": folder]).stdout)
                    as? [String: Any])
            #expect(json["file"] as? String == file)
            #expect((json["problems"] as? [String])?.count == 1)
            let actions = try #require(json["actions"] as? [[String: Any]])
            let quit = try #require(
                actions.first { $0["section"] as? String == "global" && $0["action"] as? String == "quit" })
            #expect(quit["keys"] as? [String] == ["q", "ctrl-x"])
            #expect(quit["changed"] as? Bool == true)
        }
    }

    @Test func quotesAtNameRunsTheSavedSearch() throws {
        try TemporaryFolder.with("parley-saved") { folder in
            try FileManager.default.createDirectory(atPath: folder + "/parley", withIntermediateDirectories: true)
            try "russia\tparty:russia\n".write(toFile: folder + "/parley/searches", atomically: true, encoding: .utf8)
            let saved = try ParleyProcess.run(["quotes", "--count", "@russia"], environment: ["XDG_DATA_HOME": folder])
            let typed = try ParleyProcess.run(["quotes", "--count", "party:russia"])
            #expect(saved.status == 0)
            #expect(saved.stdout == typed.stdout)
            let unknown = try ParleyProcess.run(["quotes", "@rusia"], environment: ["XDG_DATA_HOME": folder])
            #expect(unknown.status == 64)
            #expect(unknown.stderr == "parley: no search saved as @rusia; did you mean '@russia'? (saved: @russia)\n")
        }
    }
}
