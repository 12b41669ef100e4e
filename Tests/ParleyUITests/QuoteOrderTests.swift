import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// `s` on the quotes screen: the list by rank, date either way, speaker or party, said in the
/// pane's title, the selected quote kept, and the order kept by new searches and reloads.
struct QuoteOrderTests {
    static func ids(_ store: InlineDashboard) -> [String] {
        guard let results = store.state.quotes.results else { return [] }
        return (0..<results.count).map { store.context.entry(results, at: $0).id }
    }

    static func dates(_ store: InlineDashboard) -> [Day] {
        ids(store).compactMap { store.context.corpus.dossier.quote($0)?.date }
    }

    @Test func sCyclesTheOrdersAndKeepsTheSelectedQuote() throws {
        var store = try TestDossiers.store(size: Size(width: 120, height: 30))
        store.press(.character("2"))
        let ranked = Self.ids(store)
        store.press(.down)
        store.press(.down)
        let selected = ranked[2]
        store.press(.character("s"))
        #expect(store.state.quotes.order == .newest)
        #expect(Self.dates(store) == Self.dates(store).sorted(by: >))
        #expect(Self.ids(store)[store.state.quotes.selection] == selected)
        #expect(store.render().lines[1].contains("Quotes (16) · newest first"))
        #expect(store.state.notice == Notice("quotes newest first (s for the next order)"))
        store.press(.character("s"))
        #expect(Self.dates(store) == Self.dates(store).sorted())
        store.press(.character("s"))
        let dossier = store.context.corpus.dossier
        let speakers = Self.ids(store).compactMap {
            dossier.quote($0).map { TextFolding.fold(dossier.speaker($0.speaker).name) }
        }
        #expect(speakers == speakers.sorted())
        store.press(.character("s"))
        let parties = Self.ids(store).compactMap {
            dossier.quote($0).flatMap { dossier.speaker($0.speaker).party?.name }
        }
        #expect(parties.map(TextFolding.fold) == parties.map(TextFolding.fold).sorted())
        store.press(.character("s"))
        #expect(store.state.quotes.order == .rank)
        #expect(Self.ids(store) == ranked)
        #expect(Self.ids(store)[store.state.quotes.selection] == selected)
    }

    @Test func theOrderIsKeptByANewSearchAndAReload() throws {
        var store = try TestDossiers.store(size: Size(width: 120, height: 30))
        store.press(.character("2"))
        store.press(.character("s"))
        store.press(.character("/"))
        store.type("nato")
        store.press(.enter)
        #expect(store.state.quotes.order == .newest && !Self.ids(store).isEmpty)
        #expect(Self.dates(store) == Self.dates(store).sorted(by: >))
        store.send(.dossierReloaded(store.context.dossier, file: "week.yaml"))
        #expect(store.state.quotes.order == .newest)
        #expect(Self.dates(store) == Self.dates(store).sorted(by: >))
    }
}
