import ParleyModel

/// The only place the dashboard's state changes: `reduce(state, action)` with side effects
/// returned as values for the runtime to perform.
public enum Reducer {
    /// Applies one action; returns the effects (searches) the runtime must perform.
    public static func reduce(_ state: inout AppState, _ action: Action, context: DashboardContext) -> [Effect] {
        let layout = DashboardLayout(size: state.size)
        switch action {
        case let .resize(size):
            state.size = size
            clampAll(&state, context: context)
            return []
        case .searchCompleted:
            break
        case let .archiveProgress(loading):
            state.loading = loading
            return []
        case let .archiveReady(file, quotes, skipped):
            state.loading = nil
            let damaged = skipped > 0 ? ", \(skipped) damaged line\(skipped == 1 ? "" : "s") skipped" : ""
            state.notice = Notice("\(file): \(quotes) quotes loaded\(damaged)")
            // What is on screen is searched again, now with the archive.
            return state.quotes.results == nil ? [] : searchForQuery(&state)
        case let .archiveFailed(file, reason):
            state.loading = nil
            state.notice = Notice("\(file): \(reason)", isWarning: true)
            return []
        case let .dossierReloaded(selection, file):
            return reselect(&state, selection, file: file, context: context)
        case let .dossierReloadFailed(problem):
            // The problem outranks whatever the status line said before.
            state.reloadProblem = problem
            state.notice = nil
            return []
        default:
            // A notice stays until the user does something.
            state.notice = nil
        }
        switch action {
        case .quit:
            state.isQuitting = true
            return []
        case .toggleHelp:
            state.showsHelp.toggle()
            return []
        case let .mouse(event):
            return mouse(&state, event, context: context)
        case let .searchCompleted(outcome):
            searchCompleted(&state, outcome, context: context)
            return []
        default:
            break
        }
        // Everything else waits while the help overlay is open or the terminal is too small.
        guard !state.showsHelp, !layout.isTooSmall else { return [] }
        switch action {
        case let .showTab(tab):
            return show(tab, &state)
        case .focusNext, .focusPrevious:
            cycleFocus(&state, forward: action == .focusNext)
        case .moveUp: move(&state, by: -1, context: context)
        case .moveDown: move(&state, by: 1, context: context)
        case .moveLeft: moveSideways(&state, by: -1, context: context)
        case .moveRight: moveSideways(&state, by: 1, context: context)
        case .pageUp: move(&state, by: -page(state, context: context), context: context)
        case .pageDown: move(&state, by: page(state, context: context), context: context)
        case .jumpToTop: move(&state, by: -Int.max / 2, context: context)
        case .jumpToBottom: move(&state, by: Int.max / 2, context: context)
        case .open:
            return open(&state, context: context)
        case .back:
            return back(&state)
        case .startSearch:
            let effects = state.screen == .quotes ? [] : show(.quotes, &state)
            state.quotes.isEditing = true
            state.quotes.focus = .list
            return effects
        case let .typeInSearch(character):
            state.quotes.query.append(character)
            return searchForQuery(&state)
        case .eraseInSearch:
            guard !state.quotes.query.isEmpty else { return [] }
            state.quotes.query.removeLast()
            return searchForQuery(&state)
        case .eraseWordInSearch:
            var query = state.quotes.query
            while query.last?.isWhitespace == true { query.removeLast() }
            while let last = query.last, !last.isWhitespace { query.removeLast() }
            state.quotes.query = query
            return searchForQuery(&state)
        case .clearSearch:
            state.quotes.query = ""
            return searchForQuery(&state)
        case .acceptSearch:
            state.quotes.isEditing = false
        case .cancelSearch:
            state.quotes.isEditing = false
            state.quotes.query = ""
            return searchForQuery(&state)
        case .cycleTheme:
            state.theme = (state.theme + 1) % context.themeNames.count
            state.notice = Notice("theme \(context.themeNames[state.theme]) (t for the next)")
        case .nextMatch: stepMatch(&state, by: 1, context: context)
        case .previousMatch: stepMatch(&state, by: -1, context: context)
        case let .cycleLeftParty(step): cycleParty(&state, left: true, step: step, context: context)
        case let .cycleRightParty(step): cycleParty(&state, left: false, step: step, context: context)
        case .resize, .quit, .toggleHelp, .mouse, .searchCompleted, .archiveProgress, .archiveReady, .archiveFailed, .dossierReloaded, .dossierReloadFailed:
            break
        }
        return []
    }

    // MARK: Screens

    private static func show(_ tab: Screen.Tab, _ state: inout AppState) -> [Effect] {
        state.screen = tab.screen
        state.history = []
        if tab == .quotes, state.quotes.results == nil { return searchForQuery(&state) }
        return []
    }

    private static func open(_ state: inout AppState, context: DashboardContext) -> [Effect] {
        switch state.screen {
        case .home:
            switch state.home.focus {
            case .engagements:
                guard state.home.engagement < context.dossier.engagements.count else { return [] }
                state.history.append(.home)
                state.meeting = MeetingState()
                state.screen = .meeting(context.dossier.engagements[state.home.engagement].id)
            case .quotes:
                guard state.home.quote < context.quotesByDate.count else { return [] }
                let id = context.quotesByDate[state.home.quote].id
                state.history.append(.home)
                state.screen = .quotes
                state.quotes.focus = .detail
                state.quotes.pendingSelection = id
                // Every quote is listed when arriving from home, so the chosen one is there.
                state.quotes.query = ""
                return searchForQuery(&state)
            case .positions:
                state.history.append(.home)
                state.screen = .positions
                state.positions.issue = min(state.home.issue, max(0, context.dossier.issues.count - 1))
                revealIssue(&state, context: context)
            }
        case .quotes:
            state.quotes.focus = .detail
        case .meeting, .positions:
            break
        }
        return []
    }

    private static func back(_ state: inout AppState) -> [Effect] {
        if state.screen == .quotes {
            if state.quotes.focus == .detail, state.history.isEmpty {
                state.quotes.focus = .list
                return []
            }
            if !state.quotes.query.isEmpty {
                state.quotes.query = ""
                return searchForQuery(&state)
            }
        }
        if let previous = state.history.popLast() {
            state.screen = previous
            state.quotes.focus = .list
        } else if state.screen != .home {
            state.screen = .home
        }
        return []
    }

    private static func cycleFocus(_ state: inout AppState, forward: Bool) {
        switch state.screen {
        case .home:
            let panes = HomePane.allCases
            let index = panes.firstIndex(of: state.home.focus) ?? 0
            state.home.focus = panes[(index + (forward ? 1 : panes.count - 1)) % panes.count]
        case .quotes:
            state.quotes.focus = state.quotes.focus == .list ? .detail : .list
        case .meeting, .positions:
            break
        }
    }

    // MARK: Movement

    private static func move(_ state: inout AppState, by delta: Int, context: DashboardContext) {
        let layout = DashboardLayout(size: state.size)
        switch state.screen {
        case .home:
            switch state.home.focus {
            case .engagements:
                moveSideways(&state, by: delta.signum() * min(abs(delta), context.dossier.engagements.count), context: context)
            case .quotes:
                state.home.quote = clamp(state.home.quote &+ delta, count: context.quotesByDate.count)
                state.home.quoteOffset = reveal(state.home.quote, offset: state.home.quoteOffset, visible: HomeView.visibleQuotes(layout, context: context))
            case .positions:
                state.home.issue = clamp(state.home.issue &+ delta, count: context.matrix.rows.count)
                state.home.issueOffset = reveal(state.home.issue, offset: state.home.issueOffset, visible: HomeView.visibleIssues(layout, context: context))
            }
        case let .meeting(id):
            let maximum = MeetingView.maximumScroll(id: id, context: context, layout: layout)
            state.meeting.scroll = min(max(0, state.meeting.scroll &+ delta), maximum)
        case .quotes:
            if state.quotes.focus == .detail, !state.quotes.isEditing {
                state.quotes.detailScroll = max(0, state.quotes.detailScroll &+ delta)
                state.quotes.detailScroll = min(state.quotes.detailScroll, 10_000)
            } else {
                selectResult(&state, clamp(state.quotes.selection &+ delta, count: state.quotes.results?.count ?? 0))
            }
        case .positions:
            state.positions.issue = clamp(state.positions.issue &+ delta, count: context.dossier.issues.count)
            revealIssue(&state, context: context)
        }
    }

    private static func moveSideways(_ state: inout AppState, by delta: Int, context: DashboardContext) {
        guard state.screen == .home else { return }
        let count = context.dossier.engagements.count
        state.home.focus = .engagements
        state.home.engagement = clamp(state.home.engagement &+ delta, count: count)
        let slots = DashboardLayout(size: state.size).home(engagements: count).slots
        state.home.firstEngagement = reveal(state.home.engagement, offset: state.home.firstEngagement, visible: slots)
    }

    private static func page(_ state: AppState, context: DashboardContext) -> Int {
        let layout = DashboardLayout(size: state.size)
        switch state.screen {
        case .home:
            switch state.home.focus {
            case .engagements: return DashboardLayout(size: state.size).home(engagements: context.dossier.engagements.count).slots
            case .quotes: return HomeView.visibleQuotes(layout, context: context)
            case .positions: return HomeView.visibleIssues(layout, context: context)
            }
        case .meeting: return max(1, layout.body.height - 3)
        case .quotes: return QuotesView.visibleEntries(state, layout: layout)
        case .positions: return 3
        }
    }

    private static func selectResult(_ state: inout AppState, _ index: Int) {
        if index != state.quotes.selection { state.quotes.detailScroll = 0 }
        state.quotes.selection = index
        let visible = QuotesView.visibleEntries(state, layout: DashboardLayout(size: state.size))
        state.quotes.offset = reveal(index, offset: state.quotes.offset, visible: visible)
    }

    private static func revealIssue(_ state: inout AppState, context: DashboardContext) {
        let geometry = PositionsView.geometry(state: state, context: context, layout: DashboardLayout(size: state.size))
        guard state.positions.issue < geometry.blockStarts.count else { return }
        let start = geometry.blockStarts[state.positions.issue]
        let end = state.positions.issue + 1 < geometry.blockStarts.count ? geometry.blockStarts[state.positions.issue + 1] : start + geometry.height
        if start < state.positions.scroll {
            state.positions.scroll = start
        } else if end > state.positions.scroll + geometry.height {
            state.positions.scroll = min(start, max(0, end - geometry.height))
        }
        state.positions.scroll = min(state.positions.scroll, geometry.maximumScroll)
    }

    /// Keeps every selection and offset valid for the current size (after a resize).
    private static func clampAll(_ state: inout AppState, context: DashboardContext) {
        let layout = DashboardLayout(size: state.size)
        guard !layout.isTooSmall else { return }
        let slots = layout.home(engagements: context.dossier.engagements.count).slots
        state.home.firstEngagement = reveal(state.home.engagement, offset: state.home.firstEngagement, visible: slots)
        state.home.firstEngagement = min(state.home.firstEngagement, max(0, context.dossier.engagements.count - slots))
        state.home.quoteOffset = reveal(state.home.quote, offset: state.home.quoteOffset, visible: HomeView.visibleQuotes(layout, context: context))
        state.home.issueOffset = reveal(state.home.issue, offset: state.home.issueOffset, visible: HomeView.visibleIssues(layout, context: context))
        state.quotes.offset = reveal(state.quotes.selection, offset: state.quotes.offset, visible: QuotesView.visibleEntries(state, layout: layout))
        if case let .meeting(id) = state.screen {
            state.meeting.scroll = min(state.meeting.scroll, MeetingView.maximumScroll(id: id, context: context, layout: layout))
        }
        if state.screen == .positions { revealIssue(&state, context: context) }
    }

    // MARK: Reloading

    /// After the dossier was read again: the same things selected where they still exist,
    /// the nearest otherwise, and the quotes searched again with the same query.
    private static func reselect(_ state: inout AppState, _ selection: DossierSelection, file: String, context: DashboardContext) -> [Effect] {
        let dossier = context.dossier
        func index<T>(_ items: [T], _ id: String?, _ key: (T) -> String, old: Int) -> Int {
            if let id, let found = items.firstIndex(where: { key($0) == id }) { return found }
            return clamp(old, count: items.count)
        }
        state.reloadProblem = nil
        state.notice = Notice("\(file) reloaded")
        state.home.engagement = index(dossier.engagements, selection.engagement, \.id, old: state.home.engagement)
        state.home.quote = index(context.quotesByDate, selection.homeQuote, \.id, old: state.home.quote)
        state.home.issue = index(context.matrix.rows, selection.homeIssue, \.issue.id, old: state.home.issue)
        state.positions.issue = index(dossier.issues, selection.positionsIssue, \.id, old: state.positions.issue)
        state.positions.left = index(dossier.parties, selection.leftParty, \.id, old: state.positions.left)
        state.positions.right = index(dossier.parties, selection.rightParty, \.id, old: state.positions.right)
        if state.positions.left == state.positions.right, dossier.parties.count > 1 {
            state.positions.right = (state.positions.left + 1) % dossier.parties.count
        }
        // An engagement that is gone takes its meeting page with it.
        state.history.removeAll { screen in
            if case let .meeting(id) = screen { return dossier.engagement(id) == nil }
            return false
        }
        if case let .meeting(id) = state.screen, dossier.engagement(id) == nil {
            state.screen = state.history.popLast() ?? .home
        }
        var effects: [Effect] = []
        if state.quotes.results != nil {
            // The old results point into the old dossier: drop them and search again.
            state.quotes.results = nil
            state.quotes.matchCursor = nil
            state.quotes.pendingSelection = selection.quote
            if let offset = selection.archiveOffset { state.quotes.pendingArchiveOffset = offset }
            effects = searchForQuery(&state)
        }
        clampAll(&state, context: context)
        return effects
    }

    // MARK: Search

    private static func searchForQuery(_ state: inout AppState) -> [Effect] {
        state.quotes.generation += 1
        return [.search(SearchRequest(query: state.quotes.query, generation: state.quotes.generation))]
    }

    private static func searchCompleted(_ state: inout AppState, _ outcome: SearchOutcome, context: DashboardContext) {
        // A late answer for an older query is dropped: the user has typed on since.
        guard outcome.generation == state.quotes.generation else { return }
        switch outcome.result {
        case let .failure(error):
            state.quotes.error = error
        case let .success(results):
            let sameQuery = outcome.query == state.quotes.appliedQuery
            state.quotes.error = nil
            state.quotes.results = results
            state.quotes.appliedQuery = outcome.query
            state.quotes.matchCursor = nil
            var selection = 0
            if let pending = state.quotes.pendingSelection,
               let index = results.dossier.firstIndex(where: { context.corpus.dossierSearch.quotes[$0.index].id == pending }) {
                selection = index
            } else if let offset = state.quotes.pendingArchiveOffset {
                selection = clamp(results.dossier.count + offset, count: results.count)
            } else if sameQuery {
                // The same query run again keeps the reader's place; a new query starts at its best match.
                selection = clamp(state.quotes.selection, count: results.count)
            }
            state.quotes.pendingSelection = nil
            state.quotes.pendingArchiveOffset = nil
            state.quotes.detailScroll = 0
            state.quotes.selection = selection
            state.quotes.offset = reveal(selection, offset: min(state.quotes.offset, selection), visible: QuotesView.visibleEntries(state, layout: DashboardLayout(size: state.size)))
        }
    }

    private static func stepMatch(_ state: inout AppState, by step: Int, context: DashboardContext) {
        guard state.screen == .quotes, !state.quotes.appliedQuery.isEmpty, let results = state.quotes.results, !results.isEmpty else { return }
        let next: MatchCursor
        if let cursor = state.quotes.matchCursor {
            next = cursor.stepped(step, results: results, context: context)
        } else {
            // The first step lands on the selected quote's first (or, backwards, last) match.
            let stops = max(1, context.entry(results, at: state.quotes.selection).match.ranges(in: .text).count)
            next = MatchCursor(result: state.quotes.selection, range: step > 0 ? 0 : stops - 1)
        }
        state.quotes.matchCursor = next
        selectResult(&state, next.result)
    }

    // MARK: Positions

    private static func cycleParty(_ state: inout AppState, left: Bool, step: Int, context: DashboardContext) {
        guard state.screen == .positions else { return }
        let count = context.dossier.parties.count
        guard count > 1 else { return }
        let other = left ? state.positions.right : state.positions.left
        var value = left ? state.positions.left : state.positions.right
        repeat {
            value = ((value + step) % count + count) % count
        } while value == other
        if left { state.positions.left = value } else { state.positions.right = value }
        revealIssue(&state, context: context)
    }

    // MARK: Mouse

    private static func mouse(_ state: inout AppState, _ event: MouseEvent, context: DashboardContext) -> [Effect] {
        let layout = DashboardLayout(size: state.size)
        guard !layout.isTooSmall else { return [] }
        if state.showsHelp {
            if event.kind == .press { state.showsHelp = false }
            return []
        }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelUp ? -3 : 3
            focusPane(at: event, &state, context: context)
            if state.screen == .home, state.home.focus == .engagements {
                moveSideways(&state, by: delta.signum(), context: context)
            } else {
                move(&state, by: delta, context: context)
            }
            return []
        case .press:
            break
        }
        if let tab = layout.tabs.first(where: { $0.rect.contains(x: event.x, y: event.y) })?.tab {
            return show(tab, &state)
        }
        switch state.screen {
        case .home:
            let home = layout.home(engagements: context.dossier.engagements.count)
            if home.engagementRow.contains(x: event.x, y: event.y) {
                let slot = (0..<home.slots).first { home.pane($0).contains(x: event.x, y: event.y) } ?? 0
                let index = state.home.firstEngagement + slot
                guard index < context.dossier.engagements.count else { return [] }
                let again = state.home.focus == .engagements && state.home.engagement == index
                state.home.focus = .engagements
                state.home.engagement = index
                // A click on the card already selected opens it, as Enter would.
                if again { return open(&state, context: context) }
            } else if home.quotes.contains(x: event.x, y: event.y) {
                state.home.focus = .quotes
                let row = event.y - home.quotes.y - 1
                let index = state.home.quoteOffset + row
                if row >= 0, row < home.quotes.height - 2, index < context.quotesByDate.count { state.home.quote = index }
            } else if home.positions.contains(x: event.x, y: event.y) {
                state.home.focus = .positions
                let row = event.y - home.positions.y - 2
                let index = state.home.issueOffset + row
                if row >= 0, row < HomeView.visibleIssues(layout, context: context), index < context.matrix.rows.count { state.home.issue = index }
            }
        case .quotes:
            let parts = layout.quotes(showsSearchLine: QuotesView.showsSearchLine(state))
            if parts.list.contains(x: event.x, y: event.y) {
                state.quotes.focus = .list
                state.quotes.isEditing = false
                let row = event.y - parts.list.y - 1
                let index = state.quotes.offset + row / DashboardLayout.Quotes.rowsPerEntry
                if row >= 0, row < parts.list.height - 2, index < (state.quotes.results?.count ?? 0) { selectResult(&state, index) }
            } else if parts.detail.contains(x: event.x, y: event.y) {
                state.quotes.focus = .detail
            } else if let line = parts.searchLine, line.contains(x: event.x, y: event.y) {
                state.quotes.isEditing = true
            }
        case .positions:
            // A click on a party's name in the header changes that column's party.
            let header = layout.body.y + 1
            if event.y == header, PositionsView.shownParties(state, context: context, layout: layout).count == 2 {
                cycleParty(&state, left: event.x < layout.size.width / 2, step: 1, context: context)
            }
        case .meeting:
            break
        }
        return []
    }

    private static func focusPane(at event: MouseEvent, _ state: inout AppState, context: DashboardContext) {
        let layout = DashboardLayout(size: state.size)
        switch state.screen {
        case .home:
            let home = layout.home(engagements: context.dossier.engagements.count)
            if home.engagementRow.contains(x: event.x, y: event.y) { state.home.focus = .engagements }
            if home.quotes.contains(x: event.x, y: event.y) { state.home.focus = .quotes }
            if home.positions.contains(x: event.x, y: event.y) { state.home.focus = .positions }
        case .quotes:
            let parts = layout.quotes(showsSearchLine: QuotesView.showsSearchLine(state))
            if parts.list.contains(x: event.x, y: event.y) { state.quotes.focus = .list }
            if parts.detail.contains(x: event.x, y: event.y) { state.quotes.focus = .detail }
        case .meeting, .positions:
            break
        }
    }

    // MARK: Arithmetic

    /// `value` kept within `0..<count` (0 when empty).
    static func clamp(_ value: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return min(max(0, value), count - 1)
    }

    /// The scroll offset that keeps `index` within a window of `visible` rows.
    static func reveal(_ index: Int, offset: Int, visible: Int) -> Int {
        let visible = max(1, visible)
        if index < offset { return index }
        if index >= offset + visible { return index - visible + 1 }
        return max(0, offset)
    }
}
