import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyModel

/// The week compiled into parley: complete, consistent and sourced.
struct BundledDossierTests {
    let dossier: Dossier

    init() throws {
        dossier = try BundledDossier.load()
    }

    @Test func loadsWithoutWarnings() throws {
        let loaded = try DossierLoader.load(bytes: Array(BundledDossier.yaml.utf8), file: BundledDossier.fileName, sourceTexts: nil)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func hasThePartiesScriptsRelyOn() {
        for id in ["russia", "us", "nato", "ukraine", "osce"] {
            #expect(dossier.party(id) != nil, "missing party \(id)")
        }
    }

    @Test func hasExactlyTheThreeEngagementsInDateOrder() throws {
        #expect(dossier.engagements.map(\.id) == ["geneva-ssd", "nato-russia-council", "osce-permanent-council"])
        #expect(dossier.engagements.map(\.date.description) == ["2022-01-10", "2022-01-12", "2022-01-13"])
        #expect(dossier.engagements.map(\.city) == ["Geneva", "Brussels", "Vienna"])
        let council = try #require(dossier.engagement("nato-russia-council"))
        #expect(council.format == "30 Allies + Russia")
        #expect(council.chair == "stoltenberg")
    }

    @Test func everyEngagementIsDescribedAndSourced() {
        for engagement in dossier.engagements {
            #expect(engagement.format != nil, "\(engagement.id) has no format")
            #expect(engagement.outcome != nil, "\(engagement.id) has no outcome")
            #expect(!engagement.delegations.isEmpty, "\(engagement.id) has no delegations")
            #expect(!engagement.sources.isEmpty, "\(engagement.id) cites no source")
        }
        // The Sunday working dinner belongs to Geneva, not to a fourth engagement.
        #expect(dossier.engagement("geneva-ssd")?.summary?.contains("working dinner") == true)
    }

    @Test func unconfirmedFactsAreNotStated() {
        // The fact sheet marks the Vienna venue (the Hofburg) and the meeting's length [U].
        let vienna = dossier.engagement("osce-permanent-council")
        #expect(vienna?.venue == nil)
        #expect(vienna?.duration == nil)
        let statements = BundledDossier.yaml.split(separator: "\n").filter { !$0.trimmingPrefix(while: \.isWhitespace).hasPrefix("#") }
        #expect(!statements.contains { $0.contains("Hofburg") })
    }

    @Test func hasAtLeastFifteenQuotesEachFullyCited() {
        #expect(dossier.quotes.count >= 15)
        for quote in dossier.quotes {
            #expect(dossier.source(quote.source) != nil, "\(quote.id) cites an unknown source")
            #expect(dossier.person(quote.speaker) != nil || dossier.party(quote.speaker) != nil)
            #expect(!quote.text.isEmpty)
            if let engagement = quote.engagement {
                #expect(dossier.engagement(engagement)?.date == quote.date, "\(quote.id) is dated away from its engagement")
            }
        }
    }

    @Test func quotesAreVerbatimFromTheFactSheet() {
        // Spot checks, character for character, against the sourced quotations.
        #expect(dossier.quote("ryabkov-never-never")?.text == "For us, it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.")
        #expect(dossier.quote("smith-enlargement")?.text == "At this point, let me be very, very clear -- no one is suggesting that we alter NATO policy on enlargement")
        #expect(dossier.quote("rau-risk-of-war")?.text == "It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.")
    }

    @Test func everyIssueHasAtLeastFourPartiesIncludingTheMainThree() {
        #expect(dossier.issues.count >= 5)
        for issue in dossier.issues {
            let parties = Set(dossier.positions.filter { $0.issue == issue.id }.map(\.party))
            #expect(parties.count >= 4, "\(issue.id) has positions of only \(parties.sorted())")
            #expect(parties.isSuperset(of: ["russia", "us", "nato"]), "\(issue.id) lacks one of russia, us, nato")
        }
    }

    @Test func everyPositionCitesASourceThatExists() {
        for position in dossier.positions {
            #expect(!position.sources.isEmpty, "\(position.party) on \(position.issue) cites nothing")
            #expect(position.sources.allSatisfy { dossier.source($0) != nil })
            #expect(position.quotes.allSatisfy { dossier.quote($0) != nil })
        }
    }

    @Test func someStancesMoveDuringTheWeek() {
        let moved = PositionComparison(allPartiesOf: dossier).rows.flatMap(\.stances).compactMap { $0 }.filter(\.moved)
        #expect(moved.count >= 2)
    }
}

/// The compiled form of the bundled week is exactly what its YAML says.
struct BundledCompiledFormTests {
    @Test func generatedSourceIsUpToDate() throws {
        let expected = SwiftLiteral.source(for: try BundledDossier.parse())
        try Snapshot.check(expected, against: Repository.path("Sources/ParleyModel/Bundled/BundledWeek.generated.swift"))
    }

    @Test func compiledDossierEqualsTheParsedOne() throws {
        let parsed = try BundledDossier.parse()
        let compiled = try BundledDossier.load()
        #expect(SwiftLiteral.source(for: compiled) == SwiftLiteral.source(for: parsed))
    }

    @Test func literalsEscapeWhatSwiftWouldMisread() {
        #expect(SwiftLiteral.string("a \"b\" \\ c\nd\u{1B}e — é") == #""a \"b\" \\ c\nd\u{1b}e — é""#)
    }
}
