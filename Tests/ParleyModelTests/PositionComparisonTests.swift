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
