import ParleyModel
import Testing
@testable import ParleyUI

/// A saved dossier file put on screen: the same screen, the same things selected (by id),
/// the same search; a save that does not load leaves the last good version and says why.
struct DossierReloadTests {
    /// The bundled week with a change: `edit` receives its YAML.
    private func week(_ edit: (String) -> String) throws -> Dossier {
        try DossierLoader.load(yaml: edit(BundledDossier.yaml), file: "week.yaml").dossier
    }

    @Test func theScreenAndTheSelectedEngagementStay() throws {
        var store = try TestDossiers.store(size: Size(width: 120, height: 40))
        store.send(.moveRight)
        store.send(.moveRight)
        let selected = store.context.dossier.engagements[store.state.home.engagement].id
        // A new engagement earlier in the week moves the selected one along.
        let edited = try week { $0.replacingOccurrences(of: "engagements:\n", with: "engagements:\n  - {id: working-dinner, title: Working dinner, date: 2022-01-09}\n") }
        store.send(.dossierReloaded(edited, file: "week.yaml"))
        #expect(store.state.screen == .home)
        #expect(store.context.dossier.engagements.count == 4)
        #expect(store.context.dossier.engagements[store.state.home.engagement].id == selected)
        #expect(store.state.notice == Notice("week.yaml reloaded"))
    }

    @Test func theMeetingPageFollowsItsEngagementAndGoesWhenItDoes() throws {
        var store = try TestDossiers.store(size: Size(width: 120, height: 40))
        store.send(.moveRight)
        store.send(.open)
        #expect(store.state.screen == .meeting("nato-russia-council"))
        store.send(.dossierReloaded(try week { $0.replacingOccurrences(of: "title: NATO–Russia Council", with: "title: The NATO–Russia Council, renamed") }, file: "week.yaml"))
        #expect(store.state.screen == .meeting("nato-russia-council"))
        #expect(store.render().lines.joined().contains("The NATO–Russia Council, renamed"))
        // Renaming its id removes it: the page closes and home is shown.
        store.send(.dossierReloaded(try week { $0.replacingOccurrences(of: "nato-russia-council", with: "nrc") }, file: "week.yaml"))
        #expect(store.state.screen == .home)
    }

    @Test func theSearchAndTheSelectedQuoteStay() throws {
        var store = try TestDossiers.store(size: Size(width: 120, height: 40))
        store.send(.startSearch)
        store.type("sherman")
        store.send(.acceptSearch)
        store.send(.moveDown)
        let before = try #require(store.state.quotes.results)
        let selectedID = store.context.corpus.dossierSearch.quotes[before.dossier[store.state.quotes.selection].index].id
        // A new Sherman quote that ranks first would otherwise shift the selection.
        let edited = try week {
            $0.replacingOccurrences(of: "quotes:\n", with: "quotes:\n  - {id: sherman-new, text: Sherman Sherman Sherman, speaker: sherman, date: 2022-01-10, source: state-2022-01-10}\n")
        }
        store.send(.dossierReloaded(edited, file: "week.yaml"))
        #expect(store.state.screen == .quotes)
        #expect(store.state.quotes.query == "sherman")
        let after = try #require(store.state.quotes.results)
        #expect(after.count == before.count + 1)
        #expect(store.context.corpus.dossierSearch.quotes[after.dossier[store.state.quotes.selection].index].id == selectedID)
    }

    @Test func theComparedPartiesStayByID() throws {
        var store = try TestDossiers.store(size: Size(width: 120, height: 40))
        store.send(.showTab(.positions))
        store.send(.cycleRightParty(1))
        let right = store.context.dossier.parties[store.state.positions.right].id
        // A party added first moves every index along.
        store.send(.dossierReloaded(try week { $0.replacingOccurrences(of: "parties:\n  - {id: russia", with: "parties:\n  - {id: belarus, name: Belarus, kind: state}\n  - {id: russia") }, file: "week.yaml"))
        #expect(store.context.dossier.parties[store.state.positions.left].id == "russia")
        #expect(store.context.dossier.parties[store.state.positions.right].id == right)
    }

    @Test func aSaveThatDoesNotLoadIsShownUntilOneThatDoes() throws {
        var store = try TestDossiers.store(size: Size(width: 100, height: 30))
        let problem = "week.yaml:21:1: error: unknown key 'isues' in the dossier; did you mean 'issues'?"
        store.send(.dossierReloadFailed(problem))
        let frame = store.render().lines
        #expect(frame.last?.hasPrefix(" week.yaml:21:1: error: unknown key 'isues'") == true)
        // Keys do not clear it, and the week is still on screen.
        store.send(.showTab(.quotes))
        #expect(store.render().lines.last?.hasPrefix(" week.yaml:21:1: error:") == true)
        #expect(store.render().lines.joined().contains("Quotes (16)"))
        store.send(.dossierReloaded(try BundledDossier.load(), file: "week.yaml"))
        #expect(store.state.reloadProblem == nil)
        #expect(store.render().lines.last?.contains("week.yaml reloaded") == true)
    }

    @Test func aProblemWithControlCharactersIsShownSafely() throws {
        var store = try TestDossiers.store(size: Size(width: 100, height: 30))
        store.send(.dossierReloadFailed("week.yaml:1:1: error: '\u{1B}]0;pwned\u{07}' is not a valid id"))
        let line = try #require(store.render().lines.last)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(line.contains("␛]0;pwned␇"))
    }
}
