@testable import ParleyDraft
import Testing

/// Surnames, honorifics, pronouns and descriptions turned into the full names the article gives.
struct NameResolverTests {
    @Test func aSurnameIsTheFullNameGivenEarlier() {
        let text = """
        Russia's deputy foreign minister, Sergei Ryabkov, led the delegation.
        “We need guarantees,” Ryabkov said.
        “Nothing less will do,” Mr. Ryabkov added.
        """
        let quotes = ArticleDrafter.draft(ArticleText(plain: text)).quotes
        #expect(quotes.map { $0.speaker?.name } == ["Sergei Ryabkov", "Sergei Ryabkov"])
        #expect(quotes.map { $0.speaker?.role } == ["Russia's deputy foreign minister", "Russia's deputy foreign minister"])
        #expect(quotes.map { $0.speaker?.mention } == ["Ryabkov", "Mr. Ryabkov"])
    }

    @Test func aPronounNeverCrossesAKnownGender() {
        let text = """
        Wendy Sherman met Sergei Ryabkov for eight hours.
        “It was a frank discussion,” she said.
        """
        #expect(found(text).first?.speaker == "Wendy Sherman")
    }

    @Test func aPronounWithNobodyBeforeItStaysUnnamed() {
        let quotes = ArticleDrafter.draft(ArticleText(plain: "“It was frank,” she said.")).quotes
        #expect(quotes.first?.speaker?.kind == .unresolved)
        #expect(quotes.first?.speaker?.name == nil)
        #expect(quotes.first?.speaker?.mention == "she")
    }

    @Test func aDescriptionFindsThePersonWithThatRole() {
        let text = """
        Foreign Minister Anna Kowalczyk and General Tomas Brandt arrived together.
        “We will stay,” the minister said.
        """
        #expect(found(text).first?.speaker == "Anna Kowalczyk")
    }

    @Test func aDescriptionBeforeTheNameFindsIt() {
        let text = """
        Valdoria’s president tore into her rival on Monday, calling his essay “a fairy tale with footnotes”.
        “He writes that our nation is an accident,” Elena Varga said.
        """
        #expect(found(text).map(\.speaker) == ["Elena Varga", "Elena Varga"])
    }

    @Test func aShortInstitutionNameIsTheOneNamedInFull() {
        let text = """
        The Council for Security in the North met on Monday.
        The council said in its report that there was “heavy artillery fire in banned areas”.
        """
        #expect(found(text).first?.speaker == "Council for Security in the North")
    }

    @Test func aSingleNameWithATitleIsAPerson() {
        let text = """
        Princess Isabella visited the shelter.
        “These children have seen too much,” she said.
        """
        #expect(found(text).first?.speaker == "Isabella")
    }
}
