import ParleyModel
import ParleyUI

/// Brings a dashboard to a named screen with a query and a selection, as `parley render` asks.
///
/// Goes through the same actions a user's keys would send, with each search run at once, so
/// a rendered frame is one the dashboard can really show.
public struct FrameScript: Sendable {
    /// Why the screen could not be reached: an unknown screen or id.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public var screen: String
    public var query: String?
    public var select: String?

    public init(screen: String, query: String? = nil, select: String? = nil) {
        self.screen = screen
        self.query = query
        self.select = select
    }

    public func apply(to store: inout InlineDashboard) throws(Failure) {
        let dossier = store.context.dossier
        switch screen {
        case "home", "help":
            try selectEngagement(in: &store)
            if screen == "help" { store.send(.toggleHelp) }
        case "meeting":
            try selectEngagement(in: &store)
            store.send(.open)
        case "quotes":
            store.send(.showTab(.quotes))
            if let query {
                store.send(.startSearch)
                for character in query { store.send(.typeInSearch(character)) }
                store.send(.acceptSearch)
                if let error = store.state.quotes.error {
                    throw Failure(message: "invalid query at \(error.description)")
                }
            }
            if let select {
                guard let results = store.state.quotes.results,
                    let index = (0..<min(results.count, 100_000)).first(where: {
                        store.context.entry(results, at: $0).id == select
                    })
                else {
                    let hint = Suggestion.hint(for: select, in: dossier.quotes.map(\.id))
                    throw Failure(message: "no quote '\(VisibleText.escaped(select))' among the results\(hint)")
                }
                for _ in 0..<index { store.send(.moveDown) }
            }
        case "positions":
            store.send(.showTab(.positions))
            if let select { try selectParties(select, in: &store) }
        case "timeline":
            guard store.context.hasWeeks else {
                throw Failure(
                    message:
                        "the timeline shows a desk of several weeks (--desk DIR, or --dossier given more than once)")
            }
            try selectEngagement(in: &store)
            store.send(.showTab(.timeline))
        default:
            throw Failure(
                message:
                    "no screen '\(VisibleText.escaped(screen))' (screens: home, meeting, quotes, positions, timeline, help)"
            )
        }
    }

    private func selectEngagement(in store: inout InlineDashboard) throws(Failure) {
        guard let select else { return }
        let ids = store.context.dossier.engagements.map(\.id)
        guard let index = ids.firstIndex(of: select) else {
            throw Failure(
                message:
                    "no engagement '\(VisibleText.escaped(select))'\(Suggestion.hint(for: select, in: ids)) (engagements: \(ids.joined(separator: ", ")))"
            )
        }
        for _ in 0..<index { store.send(.moveRight) }
    }

    private func selectParties(_ pair: String, in store: inout InlineDashboard) throws(Failure) {
        let dossier = store.context.dossier
        let names = pair.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard names.count == 2 else {
            throw Failure(message: "--select for positions takes two parties, as in russia,us")
        }
        var indices: [Int] = []
        for name in names {
            guard let party = dossier.findParty(name),
                let index = dossier.parties.firstIndex(where: { $0.id == party.id })
            else {
                throw Failure(
                    message:
                        "no party '\(VisibleText.escaped(name))'\(Suggestion.hint(for: name, in: dossier.parties.map(\.id)))"
                )
            }
            indices.append(index)
        }
        guard indices[0] != indices[1] else { throw Failure(message: "--select needs two different parties") }
        let count = dossier.parties.count
        while store.state.positions.left != indices[0] || store.state.positions.right != indices[1] {
            if store.state.positions.left != indices[0] {
                // Moving the left column onto the right's party is skipped by the reducer; move the right first.
                if indices[0] == store.state.positions.right { store.send(.cycleRightParty(1)) }
                store.send(.cycleLeftParty(1))
            } else {
                store.send(.cycleRightParty(1))
            }
            if count < 2 { break }
        }
    }
}
