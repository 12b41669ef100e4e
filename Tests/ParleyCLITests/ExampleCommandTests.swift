import Foundation
import ParleyTestSupport
import Testing

/// Every `$ parley …` (or `$ swift run parley …`) example in README.md and docs/*.md, run
/// against the built binary from the repository's top folder, and its output compared with
/// the lines the page shows under it, where it shows any.
struct ExampleCommandTests {
    /// One example: where it is written, the command, and the output shown (nil when none).
    struct Example: CustomStringConvertible, Sendable {
        var page: String
        var line: Int
        var command: String
        var shown: [String]?

        var description: String { "\(page):\(line): \(command)" }
    }

    /// The pages whose examples are run.
    static var pages: [String] {
        let docs = ((try? FileManager.default.contentsOfDirectory(atPath: Repository.path("docs"))) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return ["README.md"] + docs
    }

    /// The examples of a page's fenced blocks: a line beginning `$ ` is a command; the lines
    /// after it, up to the next command or the block's end, are what it prints.
    static func examples(in page: String) -> [Example] {
        guard let text = try? String(contentsOfFile: Repository.path(page), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inBlock = false
        // The example the lines below belong to, until the block ends.
        var current: Int?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                inBlock.toggle()
                current = nil
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                var command = String(line.dropFirst(2))
                // A comment after two spaces explains the command; it is not part of it.
                if let comment = command.range(of: "  # ") { command = String(command[..<comment.lowerBound]) }
                if command.hasPrefix("swift run parley") {
                    command = "parley" + command.dropFirst("swift run parley".count)
                }
                examples.append(
                    Example(
                        page: page, line: index + 1, command: command.trimmingCharacters(in: .whitespaces), shown: nil))
                current = examples.count - 1
            } else if let current {
                examples[current].shown = (examples[current].shown ?? []) + [line]
            }
        }
        return examples
    }

    static var all: [Example] { pages.flatMap(examples) }

    @Test func thePagesHaveExamplesAndEachIsAParleyCommand() {
        let all = Self.all
        #expect(all.count >= 15, "the examples were found")
        #expect(all.contains { $0.page == "README.md" })
        for example in all { #expect(example.command.hasPrefix("parley"), "\(example)") }
    }

    @Test(arguments: all)
    func theExampleRunsAndPrintsWhatThePageShows(_ example: Example) throws {
        let folder = URL(fileURLWithPath: ParleyProcess.executable).deletingLastPathComponent().path
        let outcome = try ParleyProcess.run(
            ["-c", "exec 2>&1; " + example.command], environment: ["PATH": folder + ":/usr/bin:/bin"],
            directory: ParleyProcess.repository, shell: true)
        #expect(outcome.status < 128, "\(example) crashed")
        // "…" alone on a line, however indented, leaves lines out.
        guard
            let shown = example.shown?.map({ $0.trimmingCharacters(in: .whitespaces) == "…" ? "…" : Self.trimmed($0) })
        else {
            #expect(outcome.status == 0, "\(example): \(outcome.stdout)")
            return
        }
        let printed = Self.droppingTrailingBlanks(outcome.stdout.components(separatedBy: "\n").map(Self.trimmed))
        #expect(
            Self.matches(printed, shown: Self.droppingTrailingBlanks(shown)),
            "\(example): printed\n\(printed.joined(separator: "\n"))")
    }

    /// True when the printed lines are those shown, where a line that is only "…" stands for
    /// any lines the page leaves out (none or many); everything else in order, exactly.
    static func matches(_ printed: [String], shown: [String]) -> Bool {
        let pieces = shown.split(separator: "…", omittingEmptySubsequences: false).map(Array.init)
        guard pieces.count > 1 else { return printed == shown }
        guard printed.starts(with: pieces[0]) else { return false }
        var position = pieces[0].count
        for (index, piece) in pieces.enumerated().dropFirst() {
            if index == pieces.count - 1 {
                // The last piece ends the output, unless the page leaves the end out ("…" last).
                return piece.isEmpty
                    || (printed.count - position >= piece.count && Array(printed.suffix(piece.count)) == piece)
            }
            guard
                let found = (position...max(position, printed.count - piece.count)).first(where: { start in
                    start + piece.count <= printed.count && Array(printed[start..<start + piece.count]) == piece
                })
            else { return false }
            position = found + piece.count
        }
        return true
    }

    static func droppingTrailingBlanks(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}
