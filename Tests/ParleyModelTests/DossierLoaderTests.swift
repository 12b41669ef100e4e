import Foundation
import ParleySystem
import Testing
@testable import ParleyModel

struct DossierLoaderTests {
    @Test func formatExampleLoadsEveryField() throws {
        let dossier = try DossierLoader.load(path: Fixtures.valid("example.yaml")).dossier
        #expect(dossier.id == "example-week")
        #expect(dossier.title == "An example week")
        #expect(dossier.parties.map(\.id) == ["ruritania", "alliance"])
        #expect(dossier.party("alliance")?.short == "ALL")
        #expect(dossier.party("alliance")?.kind == .alliance)
        #expect(dossier.person("rassendyll")?.party == "ruritania")
        let talks = try #require(dossier.engagement("castle-talks"))
        #expect(talks.date == Day("2030-03-01"))
        #expect(talks.city == "Zenda")
        #expect(talks.status == .held)
        #expect(talks.delegations == [Delegation(party: "ruritania", people: ["rassendyll"])])
        #expect(talks.outcome == "No agreement; both sides will meet again.")
        let quote = try #require(dossier.quote("rassendyll-door"))
        #expect(quote.text == "The door is open, but we will not walk through it alone.")
        #expect(quote.context == "told reporters")
        #expect(quote.partial == false)
        #expect(dossier.positions == [Position(party: "ruritania", issue: "border", stance: "Wants the 1890 line restored.", quotes: ["rassendyll-door"], asOf: "castle-talks")])
    }

    @Test func engagementsComeInDateOrderWithFileOrderForTies() throws {
        let yaml = """
        parley: 1
        id: order
        title: Order
        parties: [{id: a, name: A}]
        engagements:
          - {id: late, title: Late, date: 2030-03-05}
          - {id: early-second, title: Early 2, date: 2030-03-01}
          - {id: early-first, title: Early 1, date: 2030-03-01}
        """
        let dossier = try DossierLoader.load(yaml: yaml).dossier
        #expect(dossier.engagements.map(\.id) == ["early-second", "early-first", "late"])
    }

    @Test func anchorsAndAliasesInValuesAreAllowed() throws {
        let yaml = """
        parley: 1
        id: aliases
        title: Aliases
        parties: [{id: a, name: A}, {id: b, name: B}]
        engagements:
          - {id: one, title: One, date: 2030-03-01, parties: &both [a, b]}
          - {id: two, title: Two, date: 2030-03-02, parties: *both}
        """
        let dossier = try DossierLoader.load(yaml: yaml).dossier
        #expect(dossier.engagement("two")?.parties == ["a", "b"])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let text = "\u{FEFF}" + (try String(contentsOfFile: Fixtures.valid("example.yaml"), encoding: .utf8))
        #expect(try DossierLoader.load(yaml: text).dossier.id == "example-week")
    }

    @Test func hostileTextIsKeptExactly() throws {
        let dossier = try DossierLoader.load(path: Fixtures.valid("hostile.yaml")).dossier
        #expect(dossier.title == "Clipboard \u{1B}]52;c;aGVsbG8=\u{07} grab")
        #expect(dossier.quote("clear-screen")?.text == "Before \u{1B}[2J\u{1B}[H after")
        #expect(dossier.party("ruritania")?.name == "Rurit\u{202E}ania")
    }

    @Test func sourceFileChecksQuotesVerbatim() throws {
        let loaded = try DossierLoader.load(path: Fixtures.valid("with-source-file.yaml"))
        #expect(loaded.warnings.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" } == [
            "19:11: warning: quote 'misquoted' does not appear verbatim in 'sources/gazette.txt', the text of source 'gazette'",
        ])
    }

    @Test func missingFileIsUnreadable() {
        guard case let .unreadable(path, reason)? = Fixtures.failure(loading: "/no/such/dossier.yaml") else {
            Issue.record("a missing file was not reported as unreadable")
            return
        }
        #expect(path == "/no/such/dossier.yaml")
        #expect(reason == "no such file")
    }

    @Test func directoryIsUnreadable() {
        guard case let .unreadable(_, reason)? = Fixtures.failure(loading: Fixtures.folder) else {
            Issue.record("a directory was not reported as unreadable")
            return
        }
        #expect(reason == "is a directory, not a file")
    }

    @Test func fileOver64MiBIsRefusedBeforeReading() throws {
        try Fixtures.withTemporaryFolder { folder in
            let path = folder + "/huge.yaml"
            #expect(FileManager.default.createFile(atPath: path, contents: Data("parley: 1\n".utf8)))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: UInt64(DossierLoader.maximumFileSize) + 1)
            try handle.close()
            #expect(Fixtures.diagnostics(loading: path).map(\.description) == [
                "\(path):1:1: error: file is larger than 64 MiB (64 MiB); a dossier may be at most 64 MiB",
            ])
        }
    }

    @Test func endlessDeviceIsCutOffAtTheLimit() {
        #expect(Fixtures.diagnostics(loading: "/dev/zero").map(\.message) == [
            "file is larger than 64 MiB; a dossier may be at most 64 MiB",
        ])
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let yaml = "parley: 1\nsummary: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        var messages: [String] = []
        do {
            _ = try DossierLoader.load(yaml: yaml)
        } catch {
            if case let .invalid(diagnostics) = error { messages = diagnostics.map(\.description) }
        }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("<dossier>:2:") == true)
        #expect(messages.first?.contains("nesting") == true)
    }

    @Test func textLoaderNamesTheFileGiven() throws {
        var diagnostics: [Diagnostic] = []
        do {
            _ = try DossierLoader.load(yaml: "parley: 1\n", file: "inline.yaml")
        } catch {
            if case let .invalid(found) = error { diagnostics = found }
        }
        #expect(diagnostics.map(\.description) == [
            "inline.yaml:1:1: error: the dossier is missing required key 'id'",
            "inline.yaml:1:1: error: the dossier is missing required key 'title'",
            "inline.yaml:1:1: error: the dossier is missing required key 'parties'",
            "inline.yaml:1:1: error: the dossier is missing required key 'engagements'",
        ])
    }
}
