import Testing

@testable import ParleyModel

/// The query language over the bundled week: every operator and field, ranking and highlights.
struct QuoteSearchTests {
    let dossier: Dossier
    let search: QuoteSearch

    init() throws {
        dossier = try BundledDossier.load()
        search = QuoteSearch(dossier: dossier)
    }

    /// The ids of the quotes a query finds, best first.
    func ids(_ query: String) throws -> [String] {
        try search.search(query).map { search.quotes[$0.index].id }
    }

    func idSet(_ query: String) throws -> Set<String> { Set(try ids(query)) }

    @Test func emptyQueryListsEveryQuoteInDateOrder() throws {
        let found = try ids("")
        #expect(found.count == dossier.quotes.count)
        #expect(found.first == "sherman-frank-forthright")
        #expect(found.last == "ryabkov-no-reason")
        let dates = found.compactMap { dossier.quote($0)?.date }
        #expect(dates == dates.sorted())
    }

    @Test func speakerNameFindsTheirQuotes() throws {
        #expect(try idSet("ryabkov") == ["ryabkov-never-never", "ryabkov-ironclad", "ryabkov-no-reason"])
    }

    @Test func caseAndDiacriticsAreIgnored() throws {
        #expect(try idSet("RYÄBKOV") == ["ryabkov-never-never", "ryabkov-ironclad", "ryabkov-no-reason"])
        let yaml = """
            parley: 1
            id: accents
            title: Accents
            parties: [{id: ch, name: Suisse}]
            people: [{id: p, name: Zoë Müller, party: ch}]
            sources: [{id: s, outlet: S}]
            engagements: [{id: talks, title: Pourparlers à Genève, date: 2030-01-01}]
            quotes: [{id: q, text: "Genève a parlé.", speaker: p, date: 2030-01-01, engagement: talks, source: s}]
            """
        let local = QuoteSearch(dossier: try DossierLoader.load(yaml: yaml).dossier)
        #expect(try local.search("geneve").count == 1)
        #expect(try local.search("zoe muller").count == 1)
        #expect(try local.search("GENÈVE").first?.ranges(in: .text) == [0..<6])
    }

    @Test func everyWordMustMatchSomewhere() throws {
        // "nato" is in the Ukrainian cue and in Ryabkov's and Stoltenberg's words.
        #expect(
            try idSet("nato ukraine") == [
                "ryabkov-never-never", "stoltenberg-only-ukraine", "ukraine-behind-our-backs",
            ])
    }

    @Test func lastWordMatchesAsAPrefixWhileTyping() throws {
        #expect(try idSet("ryab") == ["ryabkov-never-never", "ryabkov-ironclad", "ryabkov-no-reason"])
        #expect(try idSet("escal") == ["sherman-no-commitment"])
    }

    @Test func earlierWordsMustBeWhole() throws {
        #expect(try ids("ryab nato").isEmpty)
        #expect(try ids("ryab ").isEmpty)
    }

    @Test func exactPhraseNeedsConsecutiveWords() throws {
        #expect(try ids(#""never, never, ever""#) == ["ryabkov-never-never"])
        #expect(try ids(#""never ever never""#).isEmpty)
        // A closed phrase is complete: its last word is not a prefix.
        #expect(try ids(#""frank and forth""#).isEmpty)
    }

    @Test func hyphenatedWordIsAPhrase() throws {
        #expect(try ids("de-escalate") == ["sherman-no-commitment"])
    }

    @Test func minusExcludes() throws {
        #expect(try idSet("ryabkov -nato") == ["ryabkov-ironclad", "ryabkov-no-reason"])
        // "never, never, ever" holds the phrase "never ever"; it does not hold "ever never".
        #expect(try idSet(#"ryabkov -"never ever""#) == ["ryabkov-ironclad", "ryabkov-no-reason"])
        #expect(
            try idSet(#"ryabkov -"ever never""#) == ["ryabkov-never-never", "ryabkov-ironclad", "ryabkov-no-reason"])
        #expect(try idSet("-party:russia date:2022-01-13") == ["rau-risk-of-war", "carpenter-drumbeat"])
    }

    @Test func barMatchesEither() throws {
        #expect(try idSet("drumbeat | ironclad") == ["carpenter-drumbeat", "ryabkov-ironclad"])
        #expect(try idSet("drumbeat|ironclad") == ["carpenter-drumbeat", "ryabkov-ironclad"])
    }

    @Test func barBindsTighterThanAnd() throws {
        #expect(
            try idSet("sherman | stoltenberg council") == [
                "sherman-no-commitment", "stoltenberg-not-easy", "stoltenberg-differences", "stoltenberg-only-ukraine",
            ])
    }

    @Test func speakerField() throws {
        let sherman: Set = [
            "sherman-frank-forthright", "sherman-not-negotiation", "sherman-nothing-about-you", "sherman-no-commitment",
        ]
        #expect(try idSet("speaker:sherman") == sherman)
        #expect(try idSet(#"speaker:"Wendy Sherman""#) == sherman)
        #expect(try idSet("speaker:wendy") == sherman)
        #expect(try idSet("speaker:wen") == sherman)
        // The field looks only at who spoke: NATO is a party here, not a speaker's name.
        #expect(try ids("speaker:nato").isEmpty)
        // A party can speak as a body.
        #expect(try idSet("speaker:ukraine") == ["ukraine-behind-our-backs"])
    }

    @Test func partyField() throws {
        let russia: Set = [
            "ryabkov-never-never", "ryabkov-ironclad", "ryabkov-no-reason", "grushko-unacceptable-risks",
            "lukashevich-forced",
        ]
        #expect(try idSet("party:russia") == russia)
        #expect(try idSet("party:RU") == russia)
        let us: Set = [
            "sherman-frank-forthright", "sherman-not-negotiation", "sherman-nothing-about-you", "sherman-no-commitment",
            "smith-enlargement", "carpenter-drumbeat",
        ]
        #expect(try idSet("party:us") == us)
        #expect(try idSet(#"party:"united states""#) == us)
    }

    @Test func meetingField() throws {
        #expect(try ids("meeting:geneva").count == 5)
        #expect(
            try idSet("meeting:nato-russia-council") == [
                "stoltenberg-not-easy", "stoltenberg-differences", "stoltenberg-only-ukraine", "sherman-no-commitment",
                "grushko-unacceptable-risks",
            ])
        #expect(try idSet("meeting:vienna") == ["rau-risk-of-war", "carpenter-drumbeat", "lukashevich-forced"])
    }

    @Test func issueField() throws {
        let further: Set = [
            "sherman-frank-forthright", "sherman-not-negotiation", "stoltenberg-not-easy", "ryabkov-no-reason",
        ]
        #expect(try idSet("issue:further-talks") == further)
        #expect(try idSet(#"issue:"further talks""#) == further)
    }

    @Test func dateFieldTakesDaysMonthsAndRanges() throws {
        #expect(try ids("date:2022-01-12").count == 5)
        #expect(try idSet("date:2022-01-11") == ["smith-enlargement", "ukraine-behind-our-backs"])
        #expect(try ids("date:2022-01-11..2022-01-12").count == 7)
        #expect(try ids("date:..2022-01-10").count == 5)
        #expect(try ids("date:2022-01-13..").count == 4)
        #expect(try ids("date:2022-01").count == dossier.quotes.count)
        #expect(try ids("date:2021").isEmpty)
    }

    @Test func wordsInTheTextRankAboveWordsInTheMeetingTitle() throws {
        let found = try ids("nato")
        #expect(Array(found.prefix(3)) == ["ryabkov-never-never", "smith-enlargement", "stoltenberg-only-ukraine"])
        #expect(found.count == 8)
        // Ukraine's cue mentions NATO: a cue counts, but less than the words themselves.
        #expect(found.firstIndex(of: "ukraine-behind-our-backs")! > 2)
    }

    @Test func highlightsCoverEachMatchedWord() throws {
        let match = try #require(search.search("frank forthright").first)
        #expect(search.quotes[match.index].id == "sherman-frank-forthright")
        // "We had a frank and forthright discussion …"
        #expect(match.ranges(in: .text) == [9..<14, 19..<29])
    }

    @Test func phraseHighlightIsOneRange() throws {
        let match = try #require(search.search(#""frank and forthright""#).first)
        #expect(match.ranges(in: .text) == [9..<29])
    }

    @Test func fieldHighlightsTheField() throws {
        let match = try #require(search.search("speaker:ryabkov").first)
        // "Sergei Ryabkov"
        #expect(match.ranges(in: .speaker) == [7..<14])
        #expect(match.ranges(in: .text).isEmpty)
    }

    @Test func excludedWordsAreNotHighlighted() throws {
        let match = try #require(search.search("ryabkov -nato").first)
        #expect(match.ranges(in: .text).isEmpty)
        #expect(match.ranges(in: .speaker) == [7..<14])
    }

    @Test func wordWithoutLettersIsIgnored() throws {
        #expect(try ids("? ryabkov").count == 3)
    }

    @Test(arguments: [
        (#""frank and"#, 1, "unclosed quote: add a closing \""),
        (#"sherman "frank"#, 9, "unclosed quote: add a closing \""),
        ("speakr:ryabkov", 1, "unknown field 'speakr:'; did you mean 'speaker:'?"),
        ("colour:red", 1, "unknown field 'colour:' (fields: speaker: party: meeting: issue: flag: note: date: week:)"),
        ("date:2022-13-01", 6, "'2022-13-01' is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)"),
        ("date:12/01/2022", 6, "'12/01/2022' is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)"),
        ("date:2022-01-12..2022-01-10", 6, "the range ends (2022-01-10) before it starts (2022-01-12)"),
        ("date:..", 6, "a date range needs at least one end, as in 2022-01-10..2022-01-12"),
        ("date:", 1, "'date:' needs a day or a range, e.g. date:2022-01-12 or date:2022-01-10..2022-01-12"),
        ("speaker:", 1, "'speaker:' needs a name or id, e.g. speaker:ryabkov"),
        ("nato week:", 6, "'week:' needs a dossier id or a day in the week, e.g. week:2022-01-10"),
        ("| nato", 1, "'|' needs a term on each side"),
        ("nato |", 6, "'|' needs a term on each side"),
        ("nato | | ukraine", 8, "'|' needs a term on each side"),
        ("nato -", 6, "'-' needs a word after it to exclude"),
    ])
    func malformedQueriesAreErrors(query: String, column: Int, message: String) {
        #expect(throws: QueryError(message, column: column)) {
            try QueryParser.parse(query)
        }
    }
}
