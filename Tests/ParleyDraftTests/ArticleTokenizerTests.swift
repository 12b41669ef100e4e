@testable import ParleyDraft
import Testing

struct ArticleTokenizerTests {
    private func words(_ text: String) -> [String] {
        tokens(text).map(\.text)
    }

    @Test func apostrophesInsideWordsBelongToThem() {
        #expect(words("Russia’s envoy didn't say O'Brien’s name") == ["Russia’s", "envoy", "didn't", "say", "O'Brien’s", "name"])
    }

    @Test func anApostropheBeforeAYearBelongsToIt() {
        #expect(words("since the ’90s and '22") == ["since", "the", "’90s", "and", "'22"])
    }

    @Test func abbreviationsAndInitialsKeepTheirPoints() {
        #expect(words("Mr. Smith met U.S. officials at 7 p.m. with J. Doe.") == ["Mr.", "Smith", "met", "U.S.", "officials", "at", "7", "p.m.", "with", "J.", "Doe", "."])
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(words("100,000 troops, 7.5 hours") == ["100,000", "troops", ",", "7.5", "hours"])
    }

    @Test func quotationMarksAreTokensOfTheirFamily() {
        let marks = tokens("“a” ‘b’ \"c\" ``d'' «e»").compactMap(\.mark)
        #expect(marks.map(\.family) == [.double, .double, .single, .single, .double, .double, .double, .double, .guillemet, .guillemet])
        #expect(marks.map(\.role) == [.opening, .closing, .opening, .closing, .either, .either, .opening, .either, .opening, .closing])
    }

    /// The New York Times writes two apostrophes on both sides of a quotation, so they face
    /// either way, like a straight double mark.
    @Test func twoApostrophesOpenAndClose() {
        #expect(spans("''We are ready,'' he said.") == [["We are ready"]])
        #expect(spans("He called it ''a dead end.'' Then he left.") == [["a dead end."]])
        #expect(spans("``We are ready,'' he said.") == [["We are ready"]])
        #expect(spans("It's the allies'' turn, they said.").isEmpty)
    }

    @Test func dashesAndEllipsesAreOneToken() {
        #expect(words("clear -- no one... yes") == ["clear", "--", "no", "one", "...", "yes"])
    }

    @Test func capitalsArePrecomputed() {
        let found = tokens("NATO Smith anna U.S. Élysée")
        #expect(found.map(\.isCapitalized) == [true, true, false, true, true])
        #expect(found.map(\.isAllCapitals) == [true, false, false, true, false])
        #expect(tokens("Russia's")[0].stem == "russia")
    }
}
