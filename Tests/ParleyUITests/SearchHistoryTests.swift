import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// ↑ and ↓ on the search line: earlier searches, kept once each, the latest last, and given
/// to the runtime to keep for the next run.
struct SearchHistoryTests {
    static func store(history: [String]) throws -> InlineDashboard {
        let context = DashboardContext(dossier: try BundledDossier.load())
        return InlineDashboard(DashboardStore(size: Size(width: 120, height: 30), context: context, history: history))
    }

    @Test func upAndDownStepThroughEarlierSearchesAndBackToWhatWasTyped() throws {
        var store = try Self.store(history: ["speaker:ryabkov", "nato"])
        store.press(.character("/"))
        store.type("gua")
        store.press(.up)
        #expect(store.state.quotes.query == "nato")
        #expect(store.state.quotes.appliedQuery == "nato", "each step is searched at once")
        store.press(.up)
        #expect(store.state.quotes.query == "speaker:ryabkov")
        store.press(.up)
        #expect(store.state.quotes.query == "speaker:ryabkov", "the oldest stays")
        store.press(.down)
        store.press(.down)
        #expect(store.state.quotes.query == "gua")
        #expect(store.state.quotes.historyPosition == nil)
    }

    @Test func enterKeepsASearchOnceAsTheLatestAndAsksForItToBeSaved() throws {
        var store = try Self.store(history: ["nato", "speaker:ryabkov"])
        store.press(.character("/"))
        store.type("nato")
        store.press(.enter)
        #expect(store.state.quotes.history == ["speaker:ryabkov", "nato"])
        #expect(store.takeEffects() == [.saveHistory(["speaker:ryabkov", "nato"])])
        // The same search again is kept already: nothing to save.
        store.press(.character("/"))
        store.press(.enter)
        #expect(store.takeEffects().isEmpty)
        // An empty history says so.
        var empty = try Self.store(history: [])
        empty.press(.character("/"))
        empty.press(.up)
        #expect(empty.state.notice == Notice("no earlier searches yet (Enter keeps one)"))
    }
}
