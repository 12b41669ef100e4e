import Foundation
import ParleyTestSupport
import Testing

/// docs/man/parley.1, which scripts/man.sh writes from the command definitions, says what the
/// built binary's commands say: every command, option and help text is in it. The shell
/// completions come from the same definitions.
struct ManualPageTests {
    /// Letters and digits only, lowercased: roff's escapes and line breaks fall away.
    static func plain(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.map(
                Character.init))
    }

    @Test func theManualPageIsCurrent() throws {
        let page = try String(contentsOfFile: Repository.path("docs/man/parley.1"), encoding: .utf8)
        let plainPage = Self.plain(page)
        let dump = try ParleyProcess.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require(try ParleyProcess.json(dump.stdout) as? [String: Any])
        var stale: [String] = []
        var checked = 0
        func visit(_ command: [String: Any], path: String) {
            let name = command["commandName"] as? String ?? "?"
            let here = path.isEmpty ? name : path + " " + name
            if !path.isEmpty, !page.contains(".It Em \(name)") { stale.append("\(here): no entry") }
            for key in ["abstract", "discussion"] {
                guard let text = command[key] as? String, !text.isEmpty else { continue }
                checked += 1
                if !plainPage.contains(Self.plain(text)) { stale.append("\(here): its \(key) differs") }
            }
            for argument in command["arguments"] as? [[String: Any]] ?? []
            where argument["shouldDisplay"] as? Bool != false {
                for label in argument["names"] as? [[String: Any]] ?? [] where label["kind"] as? String == "long" {
                    let option = label["name"] as? String ?? ""
                    checked += 1
                    if !page.contains("Fl -\(option)") { stale.append("\(here): no --\(option)") }
                }
                if let text = argument["abstract"] as? String, !text.isEmpty, !plainPage.contains(Self.plain(text)) {
                    stale.append("\(here): the help of \(argument["valueName"] as? String ?? "an argument") differs")
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub, path: here) }
        }
        visit(try #require(root["command"] as? [String: Any]), path: "")
        #expect(checked > 100, "the dump was read")
        #expect(stale == [], "docs/man/parley.1 is out of date: run scripts/man.sh")
    }

    @Test func completionsKnowEveryCommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let outcome = try ParleyProcess.run(["--generate-completion-script", shell])
            #expect(outcome.status == 0)
            for command in ["keys", "review", "draft", "archive", "info", "dossier"] {
                #expect(outcome.stdout.contains(command), "\(shell) completions lack \(command)")
            }
        }
    }
}
