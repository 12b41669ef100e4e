import ParleyArchive
import ParleyModel

/// What the dashboard shows, prepared once: the dossier and everything derived from it.
///
/// Views and the reducer read it freely; only `Reducer` changes it, when an archive is ready
/// (`Action.archiveReady`) or the dossier file is read again (`Action.dossierReloaded`).
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

    /// The party indices the positions screen starts with: the first two parties.
    public var initialPositions: PositionsState {
        var state = PositionsState()
        state.left = 0
        state.right = dossier.parties.count > 1 ? 1 : 0
        return state
    }
}
