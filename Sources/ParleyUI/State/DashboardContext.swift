import ParleyModel

/// What the dashboard shows, prepared once: the dossier and everything derived from it.
///
/// Never changes while the dashboard runs, so views and the reducer read it freely.
public struct DashboardContext: Sendable {
    public let dossier: Dossier
    public let search: QuoteSearch
    /// Every quote in date order, for the home screen's key-quotes pane.
    public let quotesByDate: [Quote]
    /// Every party on every issue, for the home screen's matrix.
    public let matrix: PositionComparison
    public let glyphs: Glyphs
    /// The colour themes `t` cycles through, by name.
    public let themeNames: [String]

    public init(dossier: Dossier, glyphs: Glyphs = .unicode, themeNames: [String] = ["default"]) {
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.dossier = dossier
        search = QuoteSearch(dossier: dossier)
        quotesByDate = dossier.quotes.sortedByDate()
        matrix = PositionComparison(allPartiesOf: dossier)
        self.glyphs = glyphs
    }

    /// Runs a search request: what the runtime does for `Effect.search`.
    public func perform(_ request: SearchRequest) -> Action {
        let result: Result<[QuoteMatch], QueryError>
        do {
            result = .success(try search.search(request.query))
        } catch {
            result = .failure(error)
        }
        return .searchCompleted(SearchOutcome(generation: request.generation, query: request.query, result: result))
    }

    /// The party indices the positions screen starts with: the first two parties.
    public var initialPositions: PositionsState {
        var state = PositionsState()
        state.left = 0
        state.right = dossier.parties.count > 1 ? 1 : 0
        return state
    }
}
