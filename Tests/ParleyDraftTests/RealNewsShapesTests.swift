@testable import ParleyDraft
import Testing

/// Shapes of real, unedited news that the first rules got wrong, each in words of our own:
/// pronouns, genders, titles, roles the word lists lack, and words that only look like names.
struct RealNewsShapesTests {
    /// A pronoun opening a sentence means the subject before it, not the last name seen
    /// (the person met is named later than the person who spoke).
    @Test func aPronounMeansTheSubjectBeforeItNotTheLastNameSeen() {
        let text = "“We have had setbacks,” Kowalczyk said after talks with Ostland's President Dmitri Sokolov. He did not threaten anything. “Our aim is a rulebook.”"
        #expect(found(text).map(\.speaker) == ["Kowalczyk", "Kowalczyk"])
    }

    /// "she" skips a man named in between, and finds the woman the sentence was about.
    @Test func aPronounAgreesWithItsReferentsGender() {
        let text = "Helena Marsh sided with Tom Brightwell, her chief of staff, that the delay would “look weak”. “I agree, there is no choice but to sign,” she said."
        #expect(found(text).last?.speaker == "Helena Marsh")
    }

    /// A surname that is also a word for an office is a surname after "Mr." or "Ms.", and
    /// makes the full name found earlier a name too.
    @Test func aCourtesyTitleMakesARoleWordASurname() {
        let text = """
        Lucas Bishop hosted the evening broadcast on Monday.

        “I have never seen a night like it,” Mr. Bishop said.
        """
        #expect(found(text).first?.speaker == "Lucas Bishop")
        #expect(found("“It is over,” Ms. Prince said.").first?.speaker == "Prince")
        let addressed = ArticleDrafter.draft(ArticleText(plain: "“Thank you,” Mr. President said.")).quotes.first?.speaker
        #expect(addressed?.kind != .person)
    }

    /// A word that opens a sentence and is never a name elsewhere ("Pressed on…",
    /// "Colleagues describe…") is not taken for a speaker.
    @Test func aParticipleOrPluralOpeningASentenceIsNotAName() {
        let text = "Marta Novak spoke first. Pressed on the deadline, the minister was careful. “We will see,” she said."
        #expect(found(text).first?.speaker == "Marta Novak")
        let colleagues = "Marta Novak joined in 2004. Colleagues describe her as exacting. “I check everything,” she said."
        #expect(found(colleagues).first?.speaker == "Marta Novak")
    }

    /// A role the word lists lack still leaves the capitalised name before the verb a name,
    /// whether the quotation comes first or the verb does.
    @Test func aNameRightBeforeTheVerbIsANameWhateverPrecedesIt() {
        #expect(found("“It is grim out there,” Channel 4 weatherman Tomas Reyes said.").first?.speaker == "Tomas Reyes")
        #expect(found("“It is grim,” said WNTV forecaster Tomas Reyes.").first?.speaker == "Tomas Reyes")
        #expect(found("“We are close,” Sokolov's deputy chief of staff Irena Volk said.").first?.speaker == "Irena Volk")
    }
}
