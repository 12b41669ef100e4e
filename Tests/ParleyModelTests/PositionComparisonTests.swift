import Testing
@testable import ParleyModel

struct PositionComparisonTests {
    let dossier: Dossier

    init() throws {
        dossier = try BundledDossier.load()
    }

    @Test func oneRowPerIssueInDossierOrder() {
        let comparison = PositionComparison(dossier: dossier, parties: ["russia", "us"])
        #expect(comparison.parties.map(\.id) == ["russia", "us"])
        #expect(comparison.rows.map(\.issue.id) == dossier.issues.map(\.id))
        #expect(comparison.rows.allSatisfy { $0.stances.count == 2 })
    }

    @Test func partyWithoutAPositionHasNone() throws {
        let comparison = PositionComparison(dossier: dossier, parties: ["osce", "ukraine"])
        let enlargement = try #require(comparison.rows.first { $0.issue.id == "nato-enlargement" })
        #expect(enlargement.stances[0] == nil)
        #expect(enlargement.stances[1]?.current.stance.hasPrefix("Insists") == true)
    }

    @Test func movementRunsFromBaselineThroughTheEngagementsInOrder() throws {
        let comparison = PositionComparison(dossier: dossier, parties: ["russia"])
        let treaties = try #require(comparison.rows.first { $0.issue.id == "security-guarantees" }?.stances[0])
        #expect(treaties.moved)
        #expect(treaties.history.map(\.asOf) == [nil, "nato-russia-council", "osce-permanent-council"])
        #expect(treaties.current.quotes == ["lukashevich-forced"])
        let talks = try #require(comparison.rows.first { $0.issue.id == "further-talks" }?.stances[0])
        #expect(talks.history.map(\.asOf) == ["nato-russia-council", "osce-permanent-council"])
        #expect(talks.current.quotes == ["ryabkov-no-reason"])
    }

    @Test func asOfOrderFollowsEngagementDatesNotFileOrder() throws {
        let yaml = """
        parley: 1
        id: moves
        title: Moves
        parties: [{id: a, name: A}]
        engagements:
          - {id: second, title: Second, date: 2030-03-02}
          - {id: first, title: First, date: 2030-03-01}
        issues: [{id: i, title: I}]
        positions:
          - {party: a, issue: i, stance: Later., as_of: second}
          - {party: a, issue: i, stance: Earlier., as_of: first}
        """
        let comparison = PositionComparison(dossier: try DossierLoader.load(yaml: yaml).dossier, parties: ["a"])
        #expect(comparison.rows[0].stances[0]?.history.map(\.stance) == ["Earlier.", "Later."])
    }

    @Test func unknownPartyIdsAreLeftOut() {
        let comparison = PositionComparison(dossier: dossier, parties: ["russia", "atlantis"])
        #expect(comparison.parties.map(\.id) == ["russia"])
        #expect(comparison.rows.allSatisfy { $0.stances.count == 1 })
    }
}

/// `parley positions` in a pipe: answers and quotes by their words, and no word ever split.
struct PositionsReportTests {
    @Test(arguments: [20, 33, 47, 60, 80, 100, 120, 160, 200])
    func noWordIsSplitAtAnyWidth(width: Int) throws {
        let dossier = try BundledDossier.load()
        let comparison = PositionComparison(allPartiesOf: dossier)
        let report = PositionsReport.render(comparison, in: dossier, width: width)
        var words: Set<Substring> = []
        let texts = dossier.positions.map(\.stance) + dossier.issues.flatMap { [$0.title, $0.question ?? ""] }
            + dossier.positions.flatMap(\.quotes).map { QuoteGist.line($0, in: dossier) }
            + dossier.parties.map { "\($0.name) [\($0.id)] [\($0.id)]:" }
            + dossier.positions.map { PositionComparison.PartyStance.label(for: $0, in: dossier) }
            + ["answer: yes no qualified unclear", "— no recorded position │ ─"]
        for text in texts { words.formUnion(text.split(separator: " ")) }
        let foreign = report.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { !words.contains($0) && !$0.allSatisfy { $0 == "─" } }
        #expect(foreign.isEmpty, "split or unknown words at width \(width): \(foreign.prefix(5))")
    }

    @Test func stancesShowTheirAnswerAndQuotesTheirWords() throws {
        let dossier = try BundledDossier.load()
        let report = PositionsReport.render(PositionComparison(dossier: dossier, parties: ["russia", "us"]), in: dossier, width: 200)
        #expect(report.contains("answer: no"))
        #expect(report.contains("\u{201C}We need ironclad, waterproof, bulletproof, legally\u{2026}\u{201D} \u{2014} Sergei Ryabkov, 2022-01-10"))
        #expect(!report.contains("ryabkov-ironclad"))
    }
}
