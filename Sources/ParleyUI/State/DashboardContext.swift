import ParleyArchive
import ParleyModel

/// What the dashboard shows, prepared once: the desk, the week on screen and what is derived from them.
///
/// Views and the reducer read it freely; only `Reducer` changes it, when an archive is ready
/// (`Action.archiveReady`) or the dossier file is read again (`Action.dossierReloaded`).
public struct DashboardContext: Sendable {
    /// Every week followed; a single dossier is a desk of one week.
    public let desk: Desk
    /// The index in `desk.weeks` of the week Home, Positions and the meeting pages show.
    public let week: Int
    /// The week on screen.
    public let dossier: Dossier
    /// Every quote of the desk and any archives loaded beside it.
    public let corpus: QuoteCorpus
    /// The reader's flags and notes on the desk's quotes and engagements, kept outside the dossiers.
    public let notes: NotesBook
    /// Every quote of the week in date order, for the home screen's key-quotes pane.
    public let quotesByDate: [Quote]
    /// Every party of the week on every issue, for the home screen's matrix.
    public let matrix: PositionComparison
    /// Every engagement of the desk in date order, for the timeline.
    public let timeline: [TimelineEntry]
    public let glyphs: Glyphs
    /// The colour themes `t` cycles through, by name.
    public let themeNames: [String]
    /// Every issue's stance history across the desk, by issue id: worked out when first asked
    /// for (the positions screen of a desk of several weeks), then kept while the desk stays
    /// the same, whichever week is shown.
    private let histories: Lazily<[String: StanceHistory]>

    /// A context on one dossier, as a desk of one week.
    public init(
        dossier: Dossier, corpus: QuoteCorpus? = nil, glyphs: Glyphs = .unicode, themeNames: [String] = ["default"]
    ) {
        let desk = Desk(single: DeskWeek(file: dossier.id, dossier: dossier))
        self.init(
            desk: desk, week: 0, corpus: corpus ?? QuoteCorpus(desk: desk), glyphs: glyphs, themeNames: themeNames)
    }

    /// A context on a desk, showing the week at `week` (clamped to the desk).
    public init(
        desk: Desk, week: Int? = nil, corpus: QuoteCorpus? = nil, notes: NotesBook = .empty, glyphs: Glyphs = .unicode,
        themeNames: [String] = ["default"]
    ) {
        self.init(
            desk: desk, week: week ?? desk.latestIndex, corpus: corpus ?? QuoteCorpus(desk: desk, notes: notes),
            notes: notes, timeline: nil, glyphs: glyphs, themeNames: themeNames)
    }

    private init(
        desk: Desk, week: Int, corpus: QuoteCorpus, notes: NotesBook, timeline: [TimelineEntry]?, glyphs: Glyphs,
        themeNames: [String], histories: Lazily<[String: StanceHistory]>? = nil
    ) {
        self.notes = notes
        self.histories =
            histories
            ?? Lazily {
                Dictionary(
                    desk.combined.issues.compactMap { issue in
                        StanceHistory(desk: desk, issue: issue.id).map { (issue.id, $0) }
                    },
                    uniquingKeysWith: { first, _ in first })
            }
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.desk = desk
        self.week = min(max(0, week), desk.latestIndex)
        dossier = desk.weeks[self.week].dossier
        self.corpus = corpus
        quotesByDate = dossier.quotes.sortedByDate()
        matrix = PositionComparison(allPartiesOf: dossier)
        self.timeline = timeline ?? desk.timeline
        self.glyphs = glyphs
    }

    /// The same context with an archive added to what is searched.
    public func adding(_ archive: any ArchiveStore) -> DashboardContext {
        DashboardContext(
            desk: desk, week: week, corpus: corpus.adding(archive), notes: notes, timeline: timeline, glyphs: glyphs,
            themeNames: themeNames, histories: histories)
    }

    /// The same desk showing another week; the search and timeline are kept as they are.
    public func showing(week index: Int) -> DashboardContext {
        DashboardContext(
            desk: desk, week: index, corpus: corpus, notes: notes, timeline: timeline, glyphs: glyphs,
            themeNames: themeNames, histories: histories)
    }

    /// The same context on a new version of the dossier, keeping the archives, glyphs and themes.
    public func replacingDossier(_ dossier: Dossier) -> DashboardContext {
        var weeks = desk.weeks
        weeks[week].dossier = dossier
        return replacingDesk(Desk.assemble(weeks, name: desk.combined.title).desk ?? Desk(single: weeks[week]))
    }

    /// The same context on a new version of the desk: the same week by id where it is still
    /// there, the archives, glyphs and themes kept.
    public func replacingDesk(_ desk: Desk) -> DashboardContext {
        let shown = self.desk.weeks[week].id
        let index = desk.weeks.firstIndex { $0.id == shown } ?? min(week, desk.latestIndex)
        return DashboardContext(
            desk: desk, week: index, corpus: QuoteCorpus(desk: desk, archives: corpus.archives, notes: notes),
            notes: notes, timeline: nil, glyphs: glyphs, themeNames: themeNames)
    }

    /// The same context with the reader's flags and notes changed: searched again as they now
    /// are (`flag:`, `note:`), the desk, archives and histories kept.
    public func replacingNotes(_ notes: NotesBook) -> DashboardContext {
        DashboardContext(
            desk: desk, week: week, corpus: QuoteCorpus(desk: desk, archives: corpus.archives, notes: notes),
            notes: notes, timeline: timeline, glyphs: glyphs, themeNames: themeNames, histories: histories)
    }

    /// The id of the dossier a quote or an engagement of the desk is in, whose notes file keeps its notes.
    public func dossierID(ofQuote id: String) -> String? {
        desk.weekIndex(ofQuote: id).map { desk.weeks[$0].id }
    }

    public func dossierID(ofEngagement id: String) -> String? {
        desk.weeks.first { $0.dossier.engagement(id) != nil }?.id
    }

    /// Each party's answer and stance on an issue, week by week across the desk.
    public func history(ofIssue id: String) -> StanceHistory? { histories.value[id] }

    /// Works out the stance histories now rather than on the positions screen's first frame:
    /// what the dashboard asks of a background thread when a desk opens.
    public func prepareHistories() {
        _ = histories.value
    }

    /// True when the desk has more than one week, so screens say which week they show.
    public var hasWeeks: Bool { desk.weeks.count > 1 }

    /// The week a quote of the search is from, when the desk has weeks to tell apart.
    public func weekName(ofQuote id: String) -> String? {
        guard hasWeeks, let index = desk.weekIndex(ofQuote: id) else { return nil }
        return desk.weeks[index].id
    }

    /// The party indices the positions screen starts with: the first two parties.
    public var initialPositions: PositionsState {
        var state = PositionsState()
        state.left = 0
        state.right = dossier.parties.count > 1 ? 1 : 0
        return state
    }
}
