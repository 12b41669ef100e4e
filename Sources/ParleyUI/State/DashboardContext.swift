import ParleyModel

/// What the dashboard shows, prepared once: the dossier and everything derived from it.
///
/// Views and the reducer read it freely; it changes only between actions, when an archive
/// finishes loading or the dossier file is saved (`DashboardStore.attach`, `.reload`).
public struct DashboardContext: Sendable {
    public let dossier: Dossier
    /// The dossier's quotes and any archives loaded beside it.
    public let corpus: QuoteCorpus
    /// Every quote in date order, for the home screen's key-quotes pane.
    public let quotesByDate: [Quote]
    /// Every party on every issue, for the home screen's matrix.
    public let matrix: PositionComparison
    public let glyphs: Glyphs
    /// The colour themes `t` cycles through, by name.
    public let themeNames: [String]

    public init(dossier: Dossier, corpus: QuoteCorpus? = nil, glyphs: Glyphs = .unicode, themeNames: [String] = ["default"]) {
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.dossier = dossier
        self.corpus = corpus ?? QuoteCorpus(dossier: dossier)
        quotesByDate = dossier.quotes.sortedByDate()
        matrix = PositionComparison(allPartiesOf: dossier)
        self.glyphs = glyphs
    }

    /// The same context with an archive added to what is searched.
    public func adding(_ archive: any ArchiveStore) -> DashboardContext {
        DashboardContext(dossier: dossier, corpus: corpus.adding(archive), glyphs: glyphs, themeNames: themeNames)
    }

    /// The same context on a new version of the dossier, keeping the archives, glyphs and themes.
    public func replacingDossier(_ dossier: Dossier) -> DashboardContext {
        DashboardContext(dossier: dossier, corpus: QuoteCorpus(dossier: dossier, archives: corpus.archives), glyphs: glyphs, themeNames: themeNames)
    }

    /// Runs a search request: what the runtime does for `Effect.search`.
    public func perform(_ request: SearchRequest) -> Action {
        perform(request, isCancelled: { false })!
    }

    /// Runs a search request, giving up (nil) as soon as `isCancelled` turns true.
    public func perform(_ request: SearchRequest, isCancelled: () -> Bool) -> Action? {
        do throws(ArchiveStoreFailure) {
            let found: SearchResults?
            if let previous = request.continuing {
                found = try corpus.more(previous, isCancelled: isCancelled)
            } else {
                let query: SearchQuery
                do throws(QueryError) {
                    query = try QueryParser.parse(request.query)
                } catch {
                    return .searchCompleted(SearchOutcome(generation: request.generation, query: request.query, result: .failure(error)))
                }
                found = try corpus.search(query, isCancelled: isCancelled)
            }
            guard let results = found else { return nil }
            return .searchCompleted(SearchOutcome(generation: request.generation, query: request.query, result: .success(results)))
        } catch {
            return .archiveSearchFailed(error.description)
        }
    }

    /// Counts the matches of results whose archives did not count them on the way: what the
    /// runtime does after showing a search's first page. Nil when cancelled.
    public func count(_ results: SearchResults, generation: Int, isCancelled: () -> Bool) -> Action? {
        do throws(ArchiveStoreFailure) {
            let totals = try corpus.totals(of: results, isCancelled: isCancelled)
            return isCancelled() ? nil : .searchCounted(generation: generation, totals: totals)
        } catch {
            return .archiveSearchFailed(error.description)
        }
    }

    /// The party indices the positions screen starts with: the first two parties.
    public var initialPositions: PositionsState {
        var state = PositionsState()
        state.left = 0
        state.right = dossier.parties.count > 1 ? 1 : 0
        return state
    }
}
