import ParleyModel
import ParleyTestSupport
import ParleyUI
import Testing

/// The reducer tests' `TestStore` fails a test for every change or effect it does not state.
struct TestStoreTests {
    private func store() throws -> TestStore {
        TestStore(context: DashboardContext(dossier: try BundledDossier.load()))
    }

    @Test func aChangeNotStatedFails() throws {
        var store = try store()
        withKnownIssue { store.send(.focusNext) }
        // The store goes on from the state the reducer reached, not the one expected.
        store.send(.focusNext) { $0.home.focus = .positions }
    }

    @Test func aChangeStatedThatDidNotHappenFails() throws {
        var store = try store()
        withKnownIssue { store.send(.moveLeft) { $0.home.engagement = 1 } }
    }

    @Test func anEffectNotListedFails() throws {
        var store = try store()
        withKnownIssue {
            store.send(.showTab(.quotes)) {
                $0.screen = .quotes
                $0.quotes.generation = 1
            }
        }
    }

    @Test func anEffectListedThatWasNotAskedForFails() throws {
        var store = try store()
        withKnownIssue { store.send(.focusNext, effects: [.copy("x")]) { $0.home.focus = .quotes } }
    }
}
