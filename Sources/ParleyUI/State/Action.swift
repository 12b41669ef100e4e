import ParleyModel

/// Everything that can happen to the dashboard; state changes only by reducing these.
public enum Action: Hashable, Sendable {
    case resize(Size)
    case showTab(Screen.Tab)
    case focusNext
    case focusPrevious
    case moveUp
    case moveDown
    case moveLeft
    case moveRight
    case pageUp
    case pageDown
    case jumpToTop
    case jumpToBottom
    /// Enter: open what is selected.
    case open
    /// Esc: close, clear or go back, whichever comes first.
    case back
    case toggleHelp
    case quit
    case startSearch
    case typeInSearch(Character)
    case eraseInSearch
    case eraseWordInSearch
    case clearSearch
    /// Enter in the search line: keep the filter and return to the list.
    case acceptSearch
    /// Esc in the search line: drop the filter.
    case cancelSearch
    case searchCompleted(SearchOutcome)
    case nextMatch
    case previousMatch
    /// `t`: the next colour theme.
    case cycleTheme
    /// An archive is loading: how far it has got.
    case archiveProgress(ArchiveLoading)
    /// An archive finished loading and is now searched (the runtime has added it to the context).
    case archiveReady(file: String, quotes: Int, skipped: Int)
    /// An archive could not be loaded.
    case archiveFailed(file: String, reason: String)
    /// The dossier file was saved and has been read again (the runtime has put it in the
    /// context); what was selected before, by id, is selected again where it still exists.
    case dossierReloaded(DossierSelection, file: String)
    /// The dossier file was saved but does not load: the first problem, as `FILE:LINE:COL: …`.
    case dossierReloadFailed(String)
    case cycleLeftParty(Int)
    case cycleRightParty(Int)
    /// A click on something (`PointerHitTest` found what).
    case click(PointerTarget)
    /// The wheel turned over something: rows to scroll, negative upwards.
    case wheel(Int, over: PointerTarget)
}

/// A side effect the reducer asks for; the runtime performs it and reports back with an action.
public enum Effect: Hashable, Sendable {
    /// Run this search and send `.searchCompleted` with its outcome.
    case search(SearchRequest)
}

/// A search to run: the query text and the generation it belongs to.
public struct SearchRequest: Hashable, Sendable {
    public var query: String
    public var generation: Int
}

/// What a search came back with.
public struct SearchOutcome: Hashable, Sendable {
    public var generation: Int
    public var query: String
    public var result: Result<SearchResults, QueryError>

    public init(generation: Int, query: String, result: Result<SearchResults, QueryError>) {
        self.generation = generation
        self.query = query
        self.result = result
    }
}
