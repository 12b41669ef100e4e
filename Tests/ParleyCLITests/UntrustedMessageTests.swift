import Foundation
import Testing

/// Every message that quotes what a user or a file gave shows control characters and bidi
/// overrides as visible placeholders, on stderr as everywhere else.
struct UntrustedMessageTests {
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"

    private func expectSafe(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
        #expect(raw.isEmpty, "raw control characters: \(raw.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test func aDossierWithHostileIdsAndKeysIsReportedSafely() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("shared.yaml")
        // Written with YAML's escapes: the dossier holds the raw characters once it is read.
        let escaped = #"\e]0;pwned\a\e[2J\u202E"#
        let yaml = """
        parley: 1
        id: "x\(escaped)"
        title: A week
        "k\(escaped)": 1
        parties: [{id: a, name: A}]
        engagements: [{id: e, title: E, date: 2030-01-01}]
        """
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["check", file.path], ["week", "--dossier", file.path, "--json"]] {
            let outcome = try ParleyProcess.run(arguments)
            #expect(outcome.status == 65)
            expectSafe(outcome.stderr)
            #expect(outcome.stderr.contains("x␛]0;pwned␇␛[2J<U+202E>"), "\(outcome.stderr)")
        }
    }

    @Test func aQueryErrorQuotesTheQuerySafely() throws {
        let outcome = try ParleyProcess.run(["quotes", "date:\(Self.hostile)"])
        #expect(outcome.status == 64)
        expectSafe(outcome.stderr)
        #expect(outcome.stderr.contains("␛[2J"))
    }

    @Test func theParsersOwnErrorsAreSafeToo() throws {
        for arguments in [["week\(Self.hostile)"], ["week", "--width", Self.hostile], ["quotes", "--x\(Self.hostile)"]] {
            let outcome = try ParleyProcess.run(arguments)
            #expect(outcome.status == 64)
            expectSafe(outcome.stderr)
            #expect(outcome.stderr.contains("␛"), "\(outcome.stderr)")
        }
    }

    @Test func aMissingFileWithAHostileNameIsReportedSafely() throws {
        let outcome = try ParleyProcess.run(["week", "--dossier", "/no/\(Self.hostile).yaml"])
        #expect(outcome.status == 66)
        expectSafe(outcome.stderr)
    }
}
