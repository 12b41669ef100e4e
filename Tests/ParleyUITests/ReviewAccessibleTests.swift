import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// `parley review --accessible`: the quotation, its details and its paragraph in one column,
/// the cursor on the quotation, the picker and the date line as lists and lines, the same keys.
struct ReviewAccessibleTests {
    static func store() -> ReviewStore {
        ReviewStore(
            state: ReviewState(size: Size(width: 80, height: 24), session: ReviewFixture.session, file: "castle.yaml"),
            accessible: true)
    }

    static func trimmed(_ store: ReviewStore) -> [String] {
        store.render().lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    @Test func theQuotationItsDetailsAndItsParagraphInOneColumn() {
        var store = Self.store()
        // The least sure first: the fragment with nobody named comes after the low one.
        let lines = Self.trimmed(store)
        #expect(lines[0] == "parley review. 4 to review, 0 accepted, 0 rejected; castle.yaml")
        #expect(lines[1].hasPrefix("Quotation 3 of 4: to review. Low confidence: nearest name across a sentence."))
        #expect(lines.contains("“an insult”"))
        #expect(lines.contains("Speaker: Rupert Castell"))
        #expect(lines.contains("Partial: yes, a fragment inside a paraphrase"))
        #expect(lines.contains("In the article (castle.txt):"))
        #expect(lines.contains { $0.hasPrefix("His rival, Rupert Castell, called the offer “an insult”.") })
        #expect(store.render().cursor == Point(x: 0, y: 1))
        #expect(lines[23].hasPrefix("Keys: a accept, x reject, s speaker"))
        let glyphs = Set("─│┌┐└┘✓✗▲▼")
        #expect(lines.joined().allSatisfy { !glyphs.contains($0) })
        // The keys are the review's: a accepts, and the next to review is shown.
        store.press(.character("a"))
        #expect(Self.trimmed(store)[0] == "parley review. 3 to review, 1 accepted, 0 rejected; castle.yaml")
        #expect(Self.trimmed(store)[1].hasPrefix("Quotation 4 of 4: to review. Low confidence: an unnamed source."))
        #expect(Self.trimmed(store).contains("Speaker: nobody named (s chooses)"))
    }

    @Test func thePickerAndTheDateLineAreAListAndALine() {
        var store = Self.store()
        store.press(.character("s"))
        var lines = Self.trimmed(store)
        #expect(lines[1] == "Who said it? Name, typing:")
        #expect(lines[2] == "Choice 1 of 2: Bertram Bertrand, the king's envoy")
        // The speaker it has now is the one chosen at first.
        #expect(lines[3] == "Choice 2 of 2: Rupert Castell")
        #expect(store.render().cursor == Point(x: 0, y: 3))
        for character in "Osric" { store.press(.character(character)) }
        lines = Self.trimmed(store)
        #expect(lines[1] == "Who said it? Name, typing: Osric")
        #expect(lines[2] == "Choice 1 of 1: Osric, a new name")
        store.press(.escape)
        store.press(.character("d"))
        #expect(Self.trimmed(store)[1] == "Date, typing, as YYYY-MM-DD: 2030-01-04")
        #expect(store.render().cursor == Point(x: 39, y: 1))
    }
}
