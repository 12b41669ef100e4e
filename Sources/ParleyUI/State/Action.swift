import ParleyArchive
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
    /// `:`: the command palette, every action of the screen by name, and commands.
    case openPalette
    /// The palette opened on the actions of the screen (the store puts them in for `openPalette`).
    case showPalette([CommandPalette.Entry])
    /// A character typed in the palette's line, Backspace there, and Tab (the chosen row's name).
    case typeInPalette(Character)
    case eraseInPalette
    case completeInPalette
    /// `:theme NAME`: draw with the theme of that name from now on.
    case chooseTheme(String)
    /// `:week ID`: the week at this index of the desk on screen.
    case showWeek(Int)
    /// `:goto QUOTE_ID`: the quote of that id, read on the quotes screen.
    case goToQuote(String)
    /// `:export html` (or `markdown`): a briefing of the screen, as `e` writes, in that format.
    case exportBriefingAs(html: Bool)
    /// `:save NAME`: keep the quotes screen's search under that name.
    case saveSearch(String)
    /// `@NAME` in the palette: the quotes screen with that saved search.
    case runSearch(String)
    case quit
    case startSearch
    case typeInSearch(Character)
    case eraseInSearch
    case eraseWordInSearch
    case clearSearch
    /// ↑ and ↓ on the search line: an earlier search (-1) or a later one (1).
    case stepHistory(Int)
    /// Enter in the search line: keep the filter and return to the list.
    case acceptSearch
    /// Esc in the search line: drop the filter.
    case cancelSearch
    case searchCompleted(SearchOutcome)
    /// How many quotes each archive has for the search of this generation (nil where not
    /// counted), counted after its first page was shown.
    case searchCounted(generation: Int, totals: [Int?])
    /// An archive failed to answer a search (damaged on disk, a server gone away).
    case archiveSearchFailed(String)
    case nextMatch
    case previousMatch
    /// `t`: the next colour theme.
    case cycleTheme
    /// An archive is loading: how far it has got.
    case archiveProgress(ArchiveLoading)
    /// An archive finished loading: the reducer adds it to what is searched.
    case archiveReady(OpenedArchive)
    /// An archive could not be loaded.
    case archiveFailed(file: String, reason: String)
    /// The dossier file was saved and has been read again: the reducer puts this version on
    /// screen, and what was selected before, by id, is selected again where it still exists.
    case dossierReloaded(Dossier, file: String)
    /// The dossier file was saved but does not load: the first problem, as `FILE:LINE:COL: …`.
    case dossierReloadFailed(String)
    /// A file of the desk was saved, added or removed and the desk read again: the reducer
    /// puts it on screen as a reload does. `change` says what happened ("FILE added"), and
    /// `problem` is the first problem of any file still broken, whose last good version is kept.
    case deskReloaded(Desk, change: String, problem: String?)
    /// `<` and `>`: the previous or next week of the desk on Home, Quotes and Positions.
    case stepWeek(Int)
    case cycleLeftParty(Int)
    case cycleRightParty(Int)
    /// Tab and Shift-Tab on the positions screen: the selected issue's next or previous supporting quote.
    case stepSupportingQuote(Int)
    /// `a` on the positions screen: the party × party agreement table, or back to the stances.
    case toggleAgreement
    /// `y`: copy the selected quote with its citation; `Y`: the same as Markdown.
    case copyQuote(markdown: Bool)
    /// `o`: open the selected quote's, engagement's or source's web address.
    case openLink
    /// `e`: write a briefing of what is on screen to a file.
    case exportBriefing
    /// `c` on the quotes screen: keep the selected archive quote, or a quote of another week
    /// of the desk, in the dossier file of the week shown.
    case collectQuote
    /// Space in the picker `c` opens: mark or unmark the issue under the cursor.
    case togglePick
    /// `s` on the quotes screen: the list in the next order (rank, newest, oldest, speaker, party).
    case cycleOrder
    /// `m` on the quotes screen: flag the selected quote (verified, follow up, a word of one's own).
    case flagQuote
    /// `M`: a note on the selected quote (quotes screen) or the engagement (meeting page).
    case annotate
    /// A character typed into the flag or note line, and Backspace there.
    case typeInNote(Character)
    case eraseInNote
    /// What became of a copy, an open or an export the runtime performed, for the status line.
    case shared(Notice)
    /// A key that does nothing where it was pressed, as help names it ("z").
    case unboundKey(String)
    /// A click on something (`PointerHitTest` found what).
    case click(PointerTarget)
    /// The wheel turned over something: rows to scroll, negative upwards.
    case wheel(Int, over: PointerTarget)
}

/// A side effect the reducer asks for; the runtime performs it and reports back with an action.
public enum Effect: Hashable, Sendable {
    /// Run this search and send `.searchCompleted` with its outcome.
    case search(SearchRequest)
    /// Put this text on the system clipboard (the terminal's OSC 52).
    case copy(String)
    /// Open this web address in a browser, without waiting; send `.shared` with how it went.
    case openLink(String)
    /// Write this briefing to a new file; send `.shared` naming it.
    case writeBriefing(BriefingRequest)
    /// Draw with the theme of this name from now on: the terminal's colours are set again.
    case applyTheme(String)
    /// Keep these searches (oldest first) for the next run; send `.shared` only if that fails.
    case saveHistory([String])
    /// Add this archive quote to this dossier file; send `.shared` with how it went.
    case collect(CollectRequest)
    /// Write a dossier's flags and notes to its notes file; send `.shared` only if that fails.
    case saveNotes(DossierNotes)
    /// Keep this search under this name; send `.shared` with how it went.
    case saveSearch(SavedSearch)
}

/// A quote to keep — an archive's, or one of another week of the desk — and the dossier
/// file to keep it in.
public struct CollectRequest: Hashable, Sendable {
    public var found: QuoteCollection.Found
    public var file: String
    /// The quote ids the desk has already, which the kept quote's id must not take.
    public var takenIDs: Set<String>

    public init(found: QuoteCollection.Found, file: String, takenIDs: Set<String> = []) {
        self.found = found
        self.file = file
        self.takenIDs = takenIDs
    }

    /// The engagement it was said at, and the issues it is about (ids of the dossier).
    public var engagement: String? {
        get { found.engagement }
        set { found.engagement = newValue }
    }

    public var issues: [String] {
        get { found.issues }
        set { found.issues = newValue }
    }
}

/// A briefing of part of the dossier, as the dashboard asks for one: the runtime builds it
/// from the dossier in the context and writes it.
public struct BriefingRequest: Hashable, Sendable {
    /// Engagement and party ids to cover (all when nil).
    public var engagements: [String]?
    public var parties: [String]?
    /// Quote ids to show, in order (those of the engagements covered when nil).
    public var quotes: [String]?
    public var query: String?
    /// What the file is named after: "parley-<dossier>-<this>.md".
    public var subject: String
    /// One HTML page rather than Markdown.
    public var html = false

    public init(
        engagements: [String]? = nil, parties: [String]? = nil, quotes: [String]? = nil, query: String? = nil,
        subject: String, html: Bool = false
    ) {
        self.html = html
        self.engagements = engagements
        self.parties = parties
        self.quotes = quotes
        self.query = query
        self.subject = subject
    }
}

/// A search to run: the query text and the generation it belongs to.
public struct SearchRequest: Hashable, Sendable {
    public var query: String
    public var generation: Int
    /// Results of this search to go on from: the next page of archive quotes is fetched and
    /// added to their end, rather than the search being run afresh.
    public var continuing: SearchResults?

    public init(query: String, generation: Int, continuing: SearchResults? = nil) {
        self.query = query
        self.generation = generation
        self.continuing = continuing
    }
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
