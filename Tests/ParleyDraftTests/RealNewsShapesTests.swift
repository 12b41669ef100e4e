@testable import ParleyDraft
import ParleyModel
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

    /// A bracket of party and state between a name and its verb is skipped, and never
    /// becomes a speaker of its own ("Y." from "(D-N.Y.)").
    @Test func aPartyAndStateBracketIsSkipped() {
        #expect(found("“It is a mess,” Rep. Gregory Marks (D-N.Y.) said on Tuesday.").first?.speaker == "Gregory Marks")
        #expect(found("“It will pass,” said Sen. Jo Lee (R-Texas), adding that the votes were there.").first?.speaker == "Jo Lee")
    }

    /// "The Florida senator" is the senator the article places in Florida, by name or by the
    /// short form in a bracket, not simply the senator named last.
    @Test func aDescriptionWithAPlaceMeansThePersonFromThere() {
        let text = """
        Sen. Marta Reyes (R-Fla.) and Sen. Tom Hale (R-Texas) clashed over the bill on Tuesday.

        “It is over,” the Florida senator said.

        “It is not,” the Texas senator replied.
        """
        #expect(found(text).map(\.speaker) == ["Marta Reyes", "Tom Hale"])
    }

    /// A closing mark typed where the opening one belongs still opens the quotation.
    @Test func aClosingMarkAtTheStartOfAParagraphOpensAQuotation() {
        #expect(quoted("”We will not give up on this town,” said Marta Reyes.") == ["We will not give up on this town"])
    }

    /// The first line of a saved article is its title even when it ends with a full stop; the
    /// words it quotes are not drafted twice.
    @Test func aTitleLineWithAFullStopIsTheHeadline() {
        let text = """
        Reyes says the talks are 'far from over'.

        Marta Reyes, the mayor of Castrel, said on Monday that the talks over the border would go on for weeks.

        “The talks are far from over, and we will stay at the table,” Reyes told reporters.
        """
        let draft = ArticleDrafter.draft(ArticleText(plain: text))
        #expect(draft.metadata.title == "Reyes says the talks are 'far from over'.")
        #expect(draft.quotes.map(\.text) == ["The talks are far from over, and we will stay at the table"])
    }

    /// A dateline is found after a caption the rules do not recognise as one.
    @Test func aDatelineAfterACaptionStillGivesTheOutlet() {
        let text = """
        Talks over the border resume

        Delegates arrive at the hall on Monday.

        CASTREL, March 3 (Reuters) - Valdoria and Ostland resumed talks on Monday over their disputed border, officials said.
        """
        #expect(ArticleDrafter.draft(ArticleText(plain: text)).metadata.outlet == "Reuters")
    }

    /// "she was warned that …": the one told did not say it; the one telling did, when named.
    @Test func aPassiveVerbOfTellingIsNotItsSubjectsSpeech() {
        let warned = ArticleDrafter.draft(ArticleText(plain: "The head teacher, Ann Cole, said she was warned that “the exams cannot be failed”."))
        #expect(warned.quotes.first?.speaker == nil)
        #expect(found("Ann Cole was told by Mark Reyes that “the school will close”.").first?.speaker == "Mark Reyes")
    }

    /// "Mr. Obama said, adding later, …": two statements stay two quotations.
    @Test func twoStatementsAreNotJoined() {
        #expect(quoted("“We will win,” Reyes said, adding later, “and we will govern.”") == ["We will win", "and we will govern."])
        #expect(quoted("“We will win,” Reyes said, “and we will govern.”") == ["We will win, and we will govern."])
    }

    /// Words that only look like a person: a newspaper before a name, a place or a building,
    /// and a cue that runs into a time.
    @Test func notEveryCapitalisedPairIsAPerson() {
        let newspaper = ArticleDrafter.draft(ArticleText(plain: "Asked by the Washington Post Reyes said that “the count is over,” and left."))
        #expect(newspaper.quotes.first?.speaker?.name == "Reyes")
        let airport = ArticleDrafter.draft(ArticleText(plain: "“We land at noon,” said Jo Lee at Castrel International Airport."))
        #expect(airport.quotes.first?.speaker?.name == "Jo Lee")
        #expect(found("Reyes warned six months ago that “the border will close for good this winter.”").first?.cue == "warned")
        let whip = ArticleDrafter.draft(ArticleText(plain: "Tom Hale, who went on to become Chief Whip, said: “We will hold the line on this bill.”"))
        #expect(whip.quotes.first?.speaker?.name == "Tom Hale")
        #expect(found("“We land in San Diego at noon,” said Jo Lee of Airways Express.").first?.speaker == "Jo Lee")
        #expect(found("“It is a waste of time,” said Del. Stacey Marsh of the Virgin Islands.").first?.speaker == "Stacey Marsh")
        // "Election Day" is a day, "that day" is not a body, and "he" is still Reyes.
        let day = "Marta Reyes spoke before Election Day. Asked whether that day was near, she smiled. “Nearer than it was on Thursday.”"
        #expect(found(day).first?.speaker == "Marta Reyes")
    }

    /// A page's date from its metadata, its structured data or a compact `pub_date`.
    @Test func aPagesDateFromItsHead() {
        let ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": \"2031-12-29T10:00:00Z\"}</script></head><body><p>Talks.</p></body></html>"
        let compact = "<html><head><meta name=\"pub_date\" content=\"20311229\"></head><body><p>Talks.</p></body></html>"
        for page in [ld, compact] {
            let article = DraftedArticle(file: "a.html", draft: ArticleDrafter.draft(ArticleText.read(bytes: Array(page.utf8))))
            #expect(article.date == Day("2031-12-29"), "\(page)")
        }
        let visible = "Talks end\n\nBy Jo Lee\n\nMon Dec 29, 2031\n\n“We are ready,” Anna Berg said."
        #expect(ArticleDrafter.draft(ArticleText(plain: visible)).metadata.date == Day("2031-12-29"))
    }
}
