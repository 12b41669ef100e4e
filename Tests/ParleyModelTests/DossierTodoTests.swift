import ParleySystem
import Testing
@testable import ParleyModel

/// What a dossier still asks of its author, and quotes checked against their source piece
/// by piece.
struct DossierTodoTests {
    static let draft = """
    # A draft. Whatever is left is marked TODO in the notes below.
    parley: 1
    id: draft
    title: "TODO: a title"
    summary: |
      # TODO: this line is the summary's text, not a note
      Two days of talks.
    parties:
      # TODO: the parties these articles are about; add the states and
      # organisations the people speak for.
      - {id: todo-party, name: "TODO: a party", kind: other}
    people:
      - {id: lee, name: "Jo Lee # not a comment"}   # TODO: party — whom Jo Lee speaks for
    engagements:
      - {id: talks, title: Talks, date: 2030-03-01}
    quotes:
      # CHECK: speaker — is “he” Jo Lee? Low confidence: pronoun the subject of a sentence before
      - {id: q1, text: "We stay.", speaker: lee, date: 2030-03-01, source: s}
    sources:
      - {id: s, outlet: The Gazette}
    """

    @Test func notesAndPlaceholdersAreListedWithLineAndColumn() throws {
        let todos = try DossierLoader.load(yaml: Self.draft, file: "draft.yaml").todos
        #expect(todos.map(\.description) == [
            "draft.yaml:4:8: todo: 'title' is a placeholder: TODO: a title",
            "draft.yaml:9:5: todo: the parties these articles are about; add the states and organisations the people speak for.",
            "draft.yaml:11:28: todo: 'name' is a placeholder: TODO: a party",
            "draft.yaml:13:51: todo: party — whom Jo Lee speaks for",
            "draft.yaml:17:5: check: speaker — is “he” Jo Lee? Low confidence: pronoun the subject of a sentence before",
        ])
    }

    @Test func aFinishedDossierHasNothingLeft() throws {
        let loaded = try DossierLoader.load(path: Fixtures.valid("example.yaml"))
        #expect(loaded.todos.isEmpty)
    }

    @Test func quotePiecesAreCheckedOneByOne() throws {
        let loaded = try DossierLoader.load(path: Fixtures.valid("with-pieces.yaml"))
        #expect(loaded.dossier.quote("door")?.pieces == ["The door is open,", "but not for long."])
        #expect(loaded.warnings.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" } == [
            "25:9: warning: piece 2 of quote 'altered' does not appear verbatim in 'sources/wire.txt', the text of source 'wire'",
        ])
    }

    @Test(arguments: [
        ("appropriate assistance.", "…appropriate assistance."),
        ("on the fate", "…on the fate…"),
        ("…as before", "…as before…"),
        ("really?", "…really?"),
    ])
    func aFragmentGetsNoEllipsisItHasAlready(text: String, shown: String) {
        #expect(FragmentEllipsis.framed(text, ellipsis: "…") == shown)
    }
}
