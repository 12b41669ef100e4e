import Foundation
import Testing
@testable import ParleyModel

/// Every class of problem a dossier can have, each with its exact line, column and message.
///
/// Each fixture in Fixtures/invalid is a small dossier with one kind of mistake (and
/// `many-problems.yaml` with several, to show that no problem hides another).
struct LoaderDiagnosticsTests {
    static let cases: [(file: String, expected: [String])] = [
        ("alias-bomb-key.yaml", ["15:6: error: an alias may not be used as a mapping key in a dossier"]),
        ("alias-bomb.yaml", ["9:1: error: aliases expand this file to more than 100000 nodes (an alias bomb?); refusing to read it"]),
        ("bad-answer.yaml", [
            "15:73: error: 'true' is not a valid 'answer' in position (expected one of: yes, no, qualified, unclear)",
            "16:75: error: 'qualifed' is not a valid 'answer' in position; did you mean 'qualified'?",
            "17:66: error: 'answer' in position should be text, found a list",
            "18:62: error: 'Yes' is not a valid 'answer' in position; did you mean 'yes'?",
        ]),
        ("bad-bool.yaml", ["14:84: error: 'partial' in quote should be true or false, found 'perhaps'"]),
        ("bad-date-format.yaml", ["12:11: error: '01/03/2030' is not a valid date for 'date' in engagement: dates are written YYYY-MM-DD"]),
        ("bad-date-nonexistent.yaml", ["12:11: error: '2030-02-30' is not a valid date for 'date' in engagement: there is no such day"]),
        ("bad-kind-typo.yaml", ["5:38: error: 'stat' is not a valid 'kind' in party; did you mean 'state'?"]),
        ("bad-kind.yaml", ["5:38: error: 'country' is not a valid 'kind' in party (expected one of: state, alliance, organization, other)"]),
        ("bad-slug.yaml", ["10:9: error: 'Castle Talks' is not a valid id for 'id' in engagement: ids are lowercase letters, digits and dashes, starting with a letter or digit, e.g. 'castle-talks'"]),
        ("comments-only.yaml", ["1:1: error: file is empty; a dossier needs at least 'parley', 'id', 'title', 'parties' and 'engagements'"]),
        ("delegation-not-list.yaml", ["14:15: error: the russia delegation should be a list of person ids, found a mapping"]),
        ("duplicate-id.yaml", ["6:10: error: duplicate party id 'russia' (first defined at 5:10)"]),
        ("duplicate-key.yaml", ["14:5: error: duplicate key 'city' in the same mapping (first at 13:5)"]),
        ("duplicate-position.yaml", ["17:5: error: 'russia' already has a position on 'border' without 'as_of' (first at 16:5)"]),
        ("empty-parties.yaml", ["4:10: error: 'parties' must list at least one party"]),
        ("empty-quote-text.yaml", ["14:20: error: 'text' in quote must not be empty"]),
        ("empty.yaml", ["1:1: error: file is empty; a dossier needs at least 'parley', 'id', 'title', 'parties' and 'engagements'"]),
        ("end-before-date.yaml", ["13:10: error: 'end' (2030-02-28) is before the engagement's 'date' (2030-03-01)"]),
        ("invalid-utf8.yaml", ["3:11: error: invalid UTF-8 (byte 0xE9); dossiers must be saved as UTF-8"]),
        ("many-problems.yaml", ["2:5: error: 'Many Problems' is not a valid id for 'id' in the dossier: ids are lowercase letters, digits and dashes, starting with a letter or digit, e.g. 'many-problems'", "5:38: error: 'empire' is not a valid 'kind' in party (expected one of: state, alliance, organization, other)", "6:10: error: duplicate party id 'russia' (first defined at 5:10)", "8:38: error: unknown party 'ruritania' in 'party' of person 'envoy'", "12:11: error: '2030-13-01' is not a valid date for 'date' in engagement: there is no such day", "16:12: error: unknown person 'nobody' in 'chair' of engagement 'more-talks'", "17:23: error: unknown party 'zenda' in 'parties' of engagement 'more-talks'"]),
        ("missing-required-entry.yaml", ["6:5: error: party is missing required key 'name'"]),
        ("missing-required-top.yaml", ["1:1: error: the dossier is missing required key 'engagements'"]),
        ("missing-source-file.yaml", ["7:46: error: source file 'sources/no-such-file.txt' of source 'gazette' cannot be read ({DIR}/sources/no-such-file.txt: no such file)"]),
        ("missing-value.yaml", ["3:7: error: 'title' in the dossier needs a value"]),
        ("multi-document.yaml", ["13:1: error: a dossier is a single YAML document, but a second one starts here"]),
        ("pieces-not-text.yaml", [
            "13:20: error: 'text' of quote 'q1' is not its 'pieces' joined by a space",
            "14:37: error: each of 'pieces' in quote should be text, found a mapping",
        ]),
        ("period-end-before-start.yaml", ["4:34: error: period ends (2030-03-01) before it starts (2030-03-05)"]),
        ("raw-control-character.yaml", ["3:11: error: YAML: control characters are not allowed (U+1B)"]),
        ("reference-by-name.yaml", [
            "8:62: error: unknown party 'The Northern Alliance' in 'party' of person 'envoy'; did you mean 'alliance'?",
            "13:12: error: unknown person 'Rudolf Rassendyll' in 'chair' of engagement 'castle-talks'; did you mean 'envoy'?",
            "14:26: error: unknown party 'Northern Aliance' in 'parties' of engagement 'castle-talks'; did you mean 'alliance'?",
        ]),
        ("short-too-wide.yaml", ["6:47: error: 'short' in party is 13 columns wide; it may be at most 8"]),
        ("syntax-bad-indent.yaml", ["4:10: error: YAML syntax: mapping values are not allowed in this context"]),
        ("syntax-tab-indent.yaml", ["13:1: error: YAML syntax: found a tab character that violates indentation (while scanning a plain scalar at 12:11)"]),
        ("syntax-unclosed-flow.yaml", ["6:5: error: YAML syntax: did not find expected ',' or '}' (while parsing a flow mapping at 5:5)"]),
        ("syntax-unclosed-quote.yaml", ["14:1: error: YAML syntax: found unexpected end of stream (while scanning a quoted scalar at 13:11)"]),
        ("top-level-list.yaml", ["1:1: error: expected the dossier as a mapping of keys (parley, id, title, parties, engagements), found a list"]),
        ("top-level-scalar.yaml", ["1:1: error: expected the dossier as a mapping of keys (parley, id, title, parties, engagements), found 'just some words'"]),
        ("unknown-engagement-and-source.yaml", ["14:87: error: unknown engagement 'castle-talk' in 'engagement' of quote 'q1'; did you mean 'castle-talks'?", "14:108: error: unknown source 'gazete' in 'source' of quote 'q1'; did you mean 'gazette'?"]),
        ("unknown-key-engagement.yaml", ["13:5: error: unknown key 'chiar' in engagement; did you mean 'chair'?"]),
        ("unknown-key-no-hint.yaml", ["5:32: error: unknown key 'colour' in party (party keys: id, name, short, kind)"]),
        ("unknown-key-top.yaml", ["4:1: error: unknown key 'tittle' in the dossier; did you mean 'title'?"]),
        ("unknown-party-reference.yaml", ["8:62: error: unknown party 'rusia' in 'party' of person 'envoy'; did you mean 'russia'?"]),
        ("unknown-speaker.yaml", ["14:50: error: unknown speaker 'nobody' in 'speaker' of quote 'q1': no person or party has that id"]),
        ("unsupported-version.yaml", ["1:9: error: unsupported format version 2: this parley reads version 1"]),
        ("version-not-number.yaml", ["1:9: error: 'parley' in the dossier should be a whole number, found 'one'"]),
        ("wrong-type-entry.yaml", ["5:5: error: expected party as a mapping of keys (id, name), found 'russia'"]),
        ("wrong-type-parties.yaml", ["4:10: error: 'parties' in the dossier should be a list, found a mapping"]),
        ("wrong-type-title.yaml", ["3:8: error: 'title' in the dossier should be text, found a list"]),
    ]

    @Test(arguments: cases)
    func diagnosticsMatchExactly(file: String, expected: [String]) throws {
        let path = Fixtures.invalid(file)
        let diagnostics = Fixtures.diagnostics(loading: path)
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        let wanted = expected.map { $0.replacingOccurrences(of: "{DIR}", with: folder) }
        #expect(diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" } == wanted)
        #expect(diagnostics.allSatisfy { $0.file == path })
    }

    @Test func everyFixtureIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder + "/invalid").filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(files.count >= 25)
    }
}
