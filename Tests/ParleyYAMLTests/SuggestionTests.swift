import Testing
@testable import ParleyYAML

struct SuggestionTests {
    @Test(arguments: [
        ("tittle", ["id", "title", "date"], "title"),
        ("partys", ["parties", "people"], "parties"),
        ("chiar", ["chair", "city"], "chair"),
        ("genva", ["geneva-ssd", "nato-russia-council"], "geneva-ssd"),
        ("rusia", ["russia", "us"], "russia"),
    ])
    func closeWordsAreSuggested(word: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test func distantWordsAreNot() {
        #expect(Suggestion.closest(to: "colour", in: ["id", "name", "short", "kind"]) == nil)
        #expect(Suggestion.closest(to: "x", in: [String]()) == nil)
    }

    @Test func transpositionIsOneEdit() {
        #expect(Suggestion.editDistance(Array("spekaer".unicodeScalars), Array("speaker".unicodeScalars)) == 1)
    }
}
