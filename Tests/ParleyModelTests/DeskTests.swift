import ParleyModel
import ParleySystem
import ParleyTestSupport
import Testing

/// A desk of weeks: files checked together, definitions merged, ids kept unique, and the
/// timeline and stance histories read across the weeks.
struct DeskTests {
    /// The Zenda desk as read from its folder.
    static func zenda() throws -> Desk {
        let reading = try DeskLoader.read(directory: DeskFixture.folder).get()
        #expect(reading.failures.isEmpty)
        #expect(reading.assembly.diagnostics.isEmpty)
        return try #require(reading.assembly.desk)
    }

    @Test func weeksAreInDateOrderWithEveryEngagementAndQuote() throws {
        let desk = try Self.zenda()
        #expect(desk.weeks.map(\.id) == ["zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-15"])
        #expect(desk.combined.title == "zenda-desk")
        #expect(
            desk.combined.engagements.map(\.id) == [
                "castle-talks", "strelsau-round", "monitors-working-group", "tarlenheim-summit",
            ])
        #expect(
            desk.combined.quotes.map(\.id) == [
                "rassendyll-door", "flavia-line", "sapt-unarmed", "flavia-patience", "rassendyll-commission",
            ])
        #expect(desk.combined.period == Period(start: Day("2030-03-01")!, end: Day("2030-03-21")!))
        #expect(desk.weekIndex(ofEngagement: "monitors-working-group") == 1)
        #expect(desk.weekIndex(ofQuote: "rassendyll-commission") == 2)
        #expect(desk.weekIndex(ofQuote: "nobody") == nil)
    }

    @Test func theSameIdIsTheSameOneAndTheLatestDefinitionWins() throws {
        let desk = try Self.zenda()
        // Defined in all three weeks; week three renames the party and the envoy's role.
        #expect(desk.combined.parties.map(\.id) == ["ruritania", "alliance"])
        #expect(desk.combined.party("ruritania")?.name == "Kingdom of Ruritania")
        #expect(desk.combined.person("rassendyll")?.role == "Special envoy")
        // Defined only in week two, and still known.
        #expect(desk.combined.person("sapt")?.name == "Colonel Sapt")
        #expect(desk.combined.people.map(\.id) == ["rassendyll", "flavia", "sapt"])
    }

    @Test func aSourceIdTwoWeeksDefineDifferentlyIsTheLaterWeeks() throws {
        let desk = try Self.zenda()
        // Both week one and week two call their source `gazette`, for different articles.
        #expect(desk.combined.sources.map(\.id) == ["gazette", "zenda-2030-03-08/gazette", "courier"])
        #expect(desk.combined.quote("flavia-line")?.source == "gazette")
        #expect(desk.combined.quote("sapt-unarmed")?.source == "zenda-2030-03-08/gazette")
        #expect(desk.combined.source("zenda-2030-03-08/gazette")?.title == "Monitors on the table")
        #expect(desk.combined.engagement("strelsau-round")?.sources == ["zenda-2030-03-08/gazette"])
        // Each week keeps its own dossier untouched.
        #expect(desk.weeks[1].dossier.quote("sapt-unarmed")?.source == "gazette")
    }

    @Test func weeksAreNamedByIdOrByADayInThem() throws {
        let desk = try Self.zenda()
        #expect(desk.weekIndex(named: "zenda-2030-03-08") == 1)
        #expect(desk.weekIndex(named: "2030-03-16") == 2)
        #expect(desk.weekIndex(named: "2030-03-07") == 0)
        #expect(desk.weekIndex(named: "2030-04-01") == nil)
        #expect(desk.weekIndex(named: "zenda") == nil)
        #expect(desk.latestIndex == 2)
    }

    @Test func aDeskOfOneWeekIsThatWeekAsItIs() throws {
        let dossier = try BundledDossier.load()
        let desk = Desk(single: DeskWeek(file: BundledDossier.fileName, dossier: dossier))
        #expect(desk.combined == dossier)
        #expect(desk.weeks.count == 1)
        #expect(desk.weekIndex(named: dossier.id) == 0)
    }

    @Test func contradictionsAreWarningsNamingBothPlaces() throws {
        try DeskFixture.withCopy(adding: ["contradiction.yaml"]) { folder in
            let reading = try DeskLoader.read(directory: folder).get()
            #expect(reading.failures.isEmpty)
            let desk = try #require(reading.assembly.desk)
            #expect(desk.weeks.count == 4)
            #expect(
                reading.assembly.diagnostics.map(\.description) == [
                    "\(folder)/contradiction.yaml:9:10: warning: party 'alliance' is of kind 'organization' here but 'alliance' at \(folder)/2030-03-15.yaml:8:10; the latest is used",
                    "\(folder)/contradiction.yaml:11:10: warning: person 'sapt' speaks for party 'alliance' here but for 'ruritania' at \(folder)/2030-03-08.yaml:12:10; the latest is used",
                    "\(folder)/contradiction.yaml:22:10: warning: issue 'border' asks a different question here than at \(folder)/2030-03-15.yaml:25:10; the latest is used",
                ])
            // The latest definition is the one used.
            #expect(desk.combined.person("sapt")?.party == "alliance")
            #expect(desk.combined.issue("border")?.question == "Who decides where the border runs?")
        }
    }

    @Test func anEngagementQuoteOrDossierIdTwoFilesClaimIsAnErrorNamingBoth() throws {
        try DeskFixture.withCopy(adding: ["clash.yaml"]) { folder in
            let reading = try DeskLoader.read(directory: folder).get()
            #expect(reading.failures.isEmpty)
            #expect(reading.assembly.desk == nil)
            #expect(
                reading.assembly.diagnostics.map(\.description) == [
                    "\(folder)/clash.yaml:4:5: error: dossier id 'zenda-2030-03-08' is also the id of \(folder)/2030-03-08.yaml:3:5; each file of a desk needs its own id",
                    "\(folder)/clash.yaml:10:10: warning: person 'flavia' speaks for party 'ruritania' here but for 'alliance' at \(folder)/2030-03-15.yaml:11:10; the latest is used",
                    "\(folder)/clash.yaml:14:9: error: engagement id 'castle-talks' is also defined at \(folder)/2030-03-01.yaml:16:9; engagement ids must be unique across the desk",
                    "\(folder)/clash.yaml:18:9: error: quote id 'flavia-line' is also defined at \(folder)/2030-03-01.yaml:36:9; quote ids must be unique across the desk",
                ])
            #expect(reading.assembly.filesWithErrors == ["\(folder)/clash.yaml"])
        }
    }

    @Test func aBrokenFileIsAFailureOfItsOwnAndTheRestStillAssemble() throws {
        try DeskFixture.withCopy(adding: ["broken.yaml"]) { folder in
            let reading = try DeskLoader.read(directory: folder).get()
            #expect(reading.files.count == 4)
            #expect(reading.failures.map(\.file) == ["\(folder)/broken.yaml"])
            #expect(
                reading.failures.first?.failure.firstProblem
                    == "\(folder)/broken.yaml:4:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at 3:8)"
            )
            #expect(reading.assembly.desk?.weeks.count == 3)
        }
    }

    @Test func theTimelineHasEveryEngagementInDateOrderWithItsWeek() throws {
        let timeline = try Self.zenda().timeline
        #expect(
            timeline.map(\.engagement.id) == [
                "castle-talks", "strelsau-round", "monitors-working-group", "tarlenheim-summit",
            ])
        #expect(
            timeline.map(\.week) == ["zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-08", "zenda-2030-03-15"])
        #expect(timeline.map(\.quotes) == [2, 1, 1, 1])
    }

    @Test func aStanceHistoryHasEachWeeksStepsAndMarksTheMoves() throws {
        let desk = try Self.zenda()
        let history = try #require(StanceHistory(desk: desk, issue: "monitors"))
        #expect(history.parties.map(\.party.id) == ["ruritania", "alliance"])
        let ruritania = history.parties[0].steps
        #expect(
            ruritania.map(\.week) == ["zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-08", "zenda-2030-03-15"])
        #expect(ruritania.map { $0.engagement?.id } == [nil, nil, "monitors-working-group", nil])
        #expect(ruritania.map(\.date.description) == ["2030-03-01", "2030-03-08", "2030-03-10", "2030-03-15"])
        #expect(ruritania.map(\.position.answer) == [.no, .no, .qualified, .qualified])
        #expect(ruritania.map(\.moved) == [false, false, true, false])
        #expect(history.parties[0].moved(inWeek: 1))
        #expect(!history.parties[0].moved(inWeek: 2))
        #expect(history.parties[1].steps.allSatisfy { !$0.moved })
        // Parties asked for, in the order asked; an unknown issue has no history.
        #expect(
            StanceHistory(desk: desk, issue: "border", parties: ["alliance"])?.parties.map(\.party.id) == ["alliance"])
        #expect(StanceHistory(desk: desk, issue: "nothing") == nil)
    }

    @Test func searchCoversTheDeskAndWeekNamesAWeekByIdOrDay() throws {
        let search = QuoteSearch(desk: try Self.zenda())
        func ids(_ query: String) throws -> [String] {
            try search.search(query).map { search.quotes[$0.index].id }.sorted()
        }
        #expect(try ids("").count == 5)
        #expect(try ids("week:zenda-2030-03-08") == ["flavia-patience", "sapt-unarmed"])
        #expect(try ids("week:2030-03-16") == ["rassendyll-commission"])
        #expect(
            try ids("issue:border -week:zenda-2030-03-01") == [
                "flavia-patience", "rassendyll-commission", "sapt-unarmed",
            ])
        // While typed, the id matches as a prefix; once a space follows, only whole.
        #expect(try ids("week:zenda-2030-03-0").count == 4)
        #expect(try ids("week:zenda-2030-03-0 ").isEmpty)
        #expect(try ids("week:2030-04-01").isEmpty)
        #expect(throws: QueryError.self) { try search.search("week:") }
    }
}
