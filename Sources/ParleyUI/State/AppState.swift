import ParleyArchive
import ParleyModel

/// Everything the dashboard shows that can change, and nothing else.
///
/// The dossier itself lives in `DashboardContext`, which never changes while the dashboard
/// runs; the state holds positions within it (selections, scroll offsets, the search).
public struct AppState: Hashable, Sendable {
    public var size: Size
    public var screen: Screen = .home
    /// Screens to return to with Esc, most recent last.
    public var history: [Screen] = []
    public var showsHelp = false
    public var isQuitting = false
    public var home = HomeState()
    public var meeting = MeetingState()
    public var quotes = QuotesState()
    public var positions = PositionsState()
    public var timeline = TimelineState()
    /// Index of the colour theme in use, into `DashboardContext.themeNames`.
    public var theme = 0
    /// An archive being loaded in the background, while the dossier is already usable.
    public var loading: ArchiveLoading?
    /// A message for the status line until the next key: a problem with a theme, or the
    /// name of the theme just chosen.
    public var notice: Notice?
    /// Why the last save of the dossier file did not load; shown until a save that does.
    public var reloadProblem: String?
    /// The engagement and issues `c` asks for before it keeps an archive quote, while open.
    public var collecting: CollectPicker?
    /// The flag or note `m` or `M` is taking, while its line is open.
    public var noting: NoteEditor?
    /// The command palette `:` opened, until a row is run or Esc closes it.
    public var palette: CommandPalette?

    public init(size: Size) {
        self.size = size
    }
}

/// An archive being loaded, for the status line.
public struct ArchiveLoading: Hashable, Sendable {
    public var file: String
    public var progress: ArchiveProgress
    /// What is being done to the file, as the progress display says it ("loading").
    public var action: String

    public init(file: String, progress: ArchiveProgress, action: String = "loading") {
        self.file = file
        self.progress = progress
        self.action = action
    }
}

/// A message for the status line, and whether it warns of a problem.
public struct Notice: Hashable, Sendable {
    public var text: String
    public var isWarning: Bool

    public init(_ text: String, isWarning: Bool = false) {
        self.text = text
        self.isWarning = isWarning
    }
}

/// Selections on the home screen.
public struct HomeState: Hashable, Sendable {
    public var focus: HomePane = .engagements
    /// Index of the selected engagement (date order).
    public var engagement = 0
    /// Index of the first engagement pane shown when they do not all fit.
    public var firstEngagement = 0
    public var quote = 0
    public var quoteOffset = 0
    public var issue = 0
    public var issueOffset = 0
}

/// The timeline screen: the selected engagement and the first row shown.
public struct TimelineState: Hashable, Sendable {
    /// Index into `DashboardContext.timeline`.
    public var selection = 0
    /// The first row shown (rows are the weeks' headings and their engagements).
    public var offset = 0
}

/// The meeting screen's scroll position.
public struct MeetingState: Hashable, Sendable {
    public var scroll = 0
    /// How far the page can scroll, measured once for an engagement at a size (laying the
    /// page out is the costly part of a key press).
    var measured = Memo<PageMeasure>()
}

/// The quotes screen: the search, its results and what is selected.
public struct QuotesState: Hashable, Sendable {
    /// The text in the search line.
    public var query = ""
    /// True while the search line has the keyboard.
    public var isEditing = false
    /// The query the results belong to.
    public var appliedQuery = ""
    /// Results, best first; every quote for the empty query.
    public var results: SearchResults?
    /// Why the current text is not a valid query; the previous results stay shown meanwhile.
    public var error: QueryError?
    /// Increases with every search asked for, so a late answer to an old query is ignored.
    public var generation = 0
    /// True while more archive quotes have been asked for and not yet arrived.
    public var isFetchingMore = false
    public var selection = 0
    public var offset = 0
    public var focus: QuotesPane = .list
    public var detailScroll = 0
    /// Where `n` and `N` have got to.
    public var matchCursor: MatchCursor?
    /// The list's order (`s`), kept while searches and reloads come and go.
    public var order: QuoteOrder = .rank
    /// Earlier searches, oldest first, that ↑ and ↓ step through on the search line.
    public var history: [String] = []
    /// Where ↑ and ↓ have got to in `history`; nil while the query is the one being typed.
    public var historyPosition: Int?
    /// The query being typed when ↑ was first pressed, given back by ↓ past the latest.
    public var typedBeforeHistory = ""
    /// The searches kept by name (`:save NAME`), which the palette offers as `@NAME`.
    public var saved: [SavedSearch] = []
    /// A quote (by id) to select once the next results arrive, when one is opened from home
    /// or the dossier is reloaded.
    public var pendingSelection: String?
    /// An archive quote (by its place among the archive results) to select once the next
    /// results arrive, after the dossier is reloaded.
    public var pendingArchiveOffset: Int?
}

/// The positions screen: which two parties are compared, and the scroll position.
public struct PositionsState: Hashable, Sendable {
    /// Index into the dossier's parties for the left column.
    public var left = 0
    /// Index into the dossier's parties for the right column.
    public var right = 1
    /// The selected issue row.
    public var issue = 0
    public var scroll = 0
    /// Which of the selected issue's supporting quotes `y`, `o` and Enter act on (Tab steps).
    public var quote = 0
    /// True while the party × party agreement table is shown instead of the stances (`a`).
    public var showsAgreement = false
    /// Where each issue's block starts, measured once for a size and a pair of parties.
    var measured = Memo<PageMeasure>()
}
