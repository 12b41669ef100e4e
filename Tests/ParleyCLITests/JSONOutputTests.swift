import Foundation
import Testing

/// The `--json` shapes scripts rely on, parsed and checked field by field.
struct JSONOutputTests {
    func object(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }
    func array(_ value: Any?) throws -> [Any] { try #require(value as? [Any]) }

    @Test func weekIsAnArrayOfEngagementsInDateOrder() throws {
        let outcome = try ParleyProcess.run(["week", "--json"])
        #expect(outcome.status == 0)
        let engagements = try array(ParleyProcess.json(outcome.stdout))
        #expect(engagements.count == 3)
        let first = try object(engagements[0])
        #expect(first["id"] as? String == "geneva-ssd")
        #expect(first["title"] as? String == "US–Russia Strategic Stability Dialogue")
        #expect(first["date"] as? String == "2022-01-10")
        #expect(first["end"] is NSNull)
        #expect(first["city"] as? String == "Geneva")
        #expect(first["venue"] as? String == "U.S. Mission in Geneva")
        #expect(first["status"] as? String == "held")
        let ids = try engagements.map { try object($0)["id"] as? String }
        #expect(ids == ["geneva-ssd", "nato-russia-council", "osce-permanent-council"])
        // Vienna's venue is unconfirmed, so it is null rather than guessed.
        #expect(try object(engagements[2])["venue"] is NSNull)
    }

    @Test func showHasTheEngagementInFull() throws {
        let outcome = try ParleyProcess.run(["show", "nato-russia-council", "--json"])
        #expect(outcome.status == 0)
        let council = try object(ParleyProcess.json(outcome.stdout))
        #expect(council["format"] as? String == "30 Allies + Russia")
        #expect(try object(council["chair"])["name"] as? String == "Jens Stoltenberg")
        #expect(council["duration"] as? String == "nearly four hours")
        #expect((council["outcome"] as? String)?.hasPrefix("Significant differences remained.") == true)
        let delegations = try object(council["delegations"])
        let russians = try array(delegations["russia"]).map { try object($0)["id"] as? String }
        #expect(russians == ["grushko", "fomin"])
        let sources = try array(council["sources"]).map { try object($0)["id"] as? String }
        #expect(sources.first == "nato-2022-01-12")
        let quotes = try array(council["quotes"])
        #expect(quotes.count == 5)
        let first = try object(quotes[0])
        #expect(try object(first["speaker"])["name"] as? String == "Jens Stoltenberg")
        #expect(try object(first["source"])["outlet"] as? String == "NATO")
    }

    @Test func quotesHaveSpeakerAndSourceObjects() throws {
        let outcome = try ParleyProcess.run(["quotes", "--json", "drumbeat"])
        #expect(outcome.status == 0)
        let quotes = try array(ParleyProcess.json(outcome.stdout))
        #expect(quotes.count == 1)
        let quote = try object(quotes[0])
        #expect(quote["id"] as? String == "carpenter-drumbeat")
        #expect(quote["text"] as? String == "The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.")
        #expect(try object(quote["speaker"])["id"] as? String == "carpenter")
        #expect(try object(quote["speaker"])["name"] as? String == "Michael Carpenter")
        #expect(quote["date"] as? String == "2022-01-13")
        #expect(quote["engagement"] as? String == "osce-permanent-council")
        #expect(quote["context"] as? String == "briefing reporters after the Permanent Council")
        #expect(try object(quote["source"])["id"] as? String == "state-2022-01-13")
        #expect(try object(quote["source"])["outlet"] as? String == "U.S. Department of State")
        // "The drumbeat …": the match is reported as a character range.
        let text = try array(object(quote["matches"])["text"])
        #expect(text.map { $0 as? [Int] } == [[4, 12]])
    }

    @Test func quoteWithoutEngagementHasNull() throws {
        let quotes = try array(ParleyProcess.json(ParleyProcess.run(["quotes", "--json", "speaker:smith"]).stdout))
        #expect(try object(quotes[0])["engagement"] is NSNull)
    }

    @Test func positionsAreRowsOfStancesByParty() throws {
        let outcome = try ParleyProcess.run(["positions", "--json", "russia", "osce"])
        #expect(outcome.status == 0)
        let comparison = try object(ParleyProcess.json(outcome.stdout))
        #expect(comparison["parties"] as? [String] == ["russia", "osce"])
        let rows = try array(comparison["rows"])
        #expect(rows.count == 7)
        let first = try object(rows[0])
        #expect(try object(first["issue"])["id"] as? String == "nato-enlargement")
        #expect(try object(first["issue"])["title"] as? String == "NATO enlargement")
        let stances = try object(first["stances"])
        #expect(stances["osce"] is NSNull)
        let russia = try object(stances["russia"])
        #expect(russia["quotes"] as? [String] == ["ryabkov-ironclad", "ryabkov-never-never"])
        #expect(russia["as_of"] is NSNull)
        let talks = try object(try object(rows[6])["stances"])
        #expect(try object(talks["russia"])["as_of"] as? String == "osce-permanent-council")
        #expect(try array(object(talks["russia"])["history"]).count == 2)
    }

    @Test func hostileTextIsEscapedInJSONAndDecodesExactly() throws {
        let outcome = try ParleyProcess.run(["quotes", "--json", "--dossier", Fixtures.valid("hostile.yaml")])
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        let quote = try object(array(ParleyProcess.json(outcome.stdout)).first)
        #expect(quote["text"] as? String == "Before \u{1B}[2J\u{1B}[H after")
        #expect(try object(quote["speaker"])["name"] as? String == "Envoy \u{9B}31m")
    }
}
