import ParleyModel

/// Moving around the dashboard: screens, panes, selections and scrolling.
enum NavigationReducer {
    /// Switches to a tab's screen, searching when the quotes screen has no results yet.
    static func show(_ tab: Screen.Tab, _ state: inout AppState, context: DashboardContext? = nil) -> [Effect] {
        // Without weeks there is no timeline to show.
        guard tab != .timeline || context?.hasWeeks == true else {
            state.notice = Notice("the timeline shows a desk of several weeks (parley --desk DIR)")
            return []
        }
        state.screen = tab.screen
        state.history = []
        if tab == .timeline, let context,
            let engagement = context.dossier.engagements.element(at: state.home.engagement),
            let index = context.timeline.firstIndex(where: { $0.engagement.id == engagement.id })
        {
            // The timeline opens on the engagement selected at home.
            WeekReducer.select(&state, index, context: context)
        }
        if tab == .quotes, state.quotes.results == nil { return SearchReducer.searchForQuery(&state) }
        return []
    }

    /// Enter: opens what is selected (a meeting, a quote, an issue's row).
    static func open(_ state: inout AppState, context: DashboardContext) -> [Effect] {
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
                return openQuote(&state, id: context.quotesByDate[state.home.quote].id)
            case .positions:
                state.history.append(.home)
                state.screen = .positions
                state.positions.issue = min(state.home.issue, max(0, context.dossier.issues.count - 1))
                revealIssue(&state, context: context)
            }
        case .quotes:
            state.quotes.focus = .detail
        case .positions:
            guard !state.positions.showsAgreement, let id = context.supportingQuote(of: state) else { return [] }
            return openQuote(&state, id: id)
        case .timeline:
            guard let entry = context.timeline.element(at: state.timeline.selection),
                context.dossier.engagement(entry.engagement.id) != nil
            else { return [] }
            state.history.append(.timeline)
            state.meeting = MeetingState()
            state.screen = .meeting(entry.engagement.id)
        case .meeting:
            break
        }
        return []
    }

    /// Shows a dossier quote on the quotes screen, its detail open, Esc returning here.
    static func openQuote(_ state: inout AppState, id: String) -> [Effect] {
        state.history.append(state.screen)
        state.screen = .quotes
        state.quotes.focus = .detail
        state.quotes.pendingSelection = id
        // Every quote is listed when a quote is opened from elsewhere, so the chosen one is there.
        state.quotes.query = ""
        return SearchReducer.searchForQuery(&state)
    }

    /// Esc: closes the detail, clears the search, or goes back a screen, whichever comes first.
    static func back(_ state: inout AppState) -> [Effect] {
        if state.screen == .quotes {
            if state.quotes.focus == .detail, state.history.isEmpty {
                state.quotes.focus = .list
                return []
            }
            if !state.quotes.query.isEmpty {
                state.quotes.query = ""
                return SearchReducer.searchForQuery(&state)
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

    /// Tab and Shift-Tab: the next or previous pane of the screen.
    static func cycleFocus(_ state: inout AppState, forward: Bool) {
        switch state.screen {
        case .home:
            let panes = HomePane.allCases
            let index = panes.firstIndex(of: state.home.focus) ?? 0
            state.home.focus = panes[(index + (forward ? 1 : panes.count - 1)) % panes.count]
        case .quotes:
            state.quotes.focus = state.quotes.focus == .list ? .detail : .list
        case .meeting, .positions, .timeline:
            break
        }
    }

    /// Moves the selection or the scroll of the focused pane by `delta` rows.
    static func move(_ state: inout AppState, by delta: Int, context: DashboardContext) {
        let layout = DashboardLayout(size: state.size)
        switch state.screen {
        case .home:
            switch state.home.focus {
            case .engagements:
                moveSideways(
                    &state, by: delta.signum() * min(abs(delta), context.dossier.engagements.count), context: context)
            case .quotes:
                state.home.quote = Scrolling.clamp(state.home.quote &+ delta, count: context.quotesByDate.count)
                state.home.quoteOffset = Scrolling.reveal(
                    state.home.quote, offset: state.home.quoteOffset,
                    visible: HomeGeometry(layout: layout, context: context).visibleQuotes)
            case .positions:
                state.home.issue = Scrolling.clamp(state.home.issue &+ delta, count: context.matrix.rows.count)
                state.home.issueOffset = Scrolling.reveal(
                    state.home.issue, offset: state.home.issueOffset,
                    visible: HomeGeometry(layout: layout, context: context).visibleIssues)
            }
        case let .meeting(id):
            let maximum = meetingMaximumScroll(&state, id: id, context: context)
            state.meeting.scroll = min(max(0, state.meeting.scroll &+ delta), maximum)
        case .quotes:
            if state.quotes.focus == .detail, !state.quotes.isEditing {
                state.quotes.detailScroll = max(0, state.quotes.detailScroll &+ delta)
                state.quotes.detailScroll = min(state.quotes.detailScroll, 10_000)
            } else {
                selectResult(
                    &state, Scrolling.clamp(state.quotes.selection &+ delta, count: state.quotes.results?.count ?? 0))
            }
        case .timeline:
            WeekReducer.select(&state, state.timeline.selection &+ delta, context: context)
        case .positions:
            let issue = Scrolling.clamp(state.positions.issue &+ delta, count: context.dossier.issues.count)
            if issue != state.positions.issue { state.positions.quote = 0 }
            state.positions.issue = issue
            revealIssue(&state, context: context)
        }
    }

    /// Left and right on home: the previous or next engagement card.
    static func moveSideways(_ state: inout AppState, by delta: Int, context: DashboardContext) {
        guard state.screen == .home else { return }
        let count = context.dossier.engagements.count
        state.home.focus = .engagements
        state.home.engagement = Scrolling.clamp(state.home.engagement &+ delta, count: count)
        let slots = DashboardLayout(size: state.size).home(engagements: count).slots
        state.home.firstEngagement = Scrolling.reveal(
            state.home.engagement, offset: state.home.firstEngagement, visible: slots)
    }

    /// How many rows a page is in the focused pane.
    static func page(_ state: AppState, context: DashboardContext) -> Int {
        let layout = DashboardLayout(size: state.size)
        switch state.screen {
        case .home:
            switch state.home.focus {
            case .engagements:
                return DashboardLayout(size: state.size).home(engagements: context.dossier.engagements.count).slots
            case .quotes: return HomeGeometry(layout: layout, context: context).visibleQuotes
            case .positions: return HomeGeometry(layout: layout, context: context).visibleIssues
            }
        case .meeting: return max(1, layout.body.height - 3)
        case .quotes: return QuotesGeometry(state: state, layout: layout).visibleEntries
        case .positions: return 3
        case .timeline: return TimelineGeometry(layout: layout, context: context).visibleRows
        }
    }

    /// Selects a search result and scrolls the list to show it.
    static func selectResult(_ state: inout AppState, _ index: Int) {
        if index != state.quotes.selection { state.quotes.detailScroll = 0 }
        state.quotes.selection = index
        let visible = QuotesGeometry(state: state).visibleEntries
        state.quotes.offset = Scrolling.reveal(index, offset: state.quotes.offset, visible: visible)
    }

    /// Scrolls the positions screen so the selected issue's block is in view.
    static func revealIssue(_ state: inout AppState, context: DashboardContext) {
        let geometry = positionsBlocks(&state, context: context)
        guard state.positions.issue < geometry.starts.count else { return }
        let start = geometry.starts[state.positions.issue]
        let end =
            state.positions.issue + 1 < geometry.starts.count
            ? geometry.starts[state.positions.issue + 1] : start + geometry.height
        if start < state.positions.scroll {
            state.positions.scroll = start
        } else if end > state.positions.scroll + geometry.height {
            state.positions.scroll = min(start, max(0, end - geometry.height))
        }
        state.positions.scroll = min(state.positions.scroll, geometry.maximumScroll)
    }

    /// Keeps every selection and offset valid for the current size (after a resize).
    static func clampAll(_ state: inout AppState, context: DashboardContext) {
        let layout = DashboardLayout(size: state.size)
        guard !layout.isTooSmall else { return }
        let slots = layout.home(engagements: context.dossier.engagements.count).slots
        state.home.firstEngagement = Scrolling.reveal(
            state.home.engagement, offset: state.home.firstEngagement, visible: slots)
        state.home.firstEngagement = min(state.home.firstEngagement, max(0, context.dossier.engagements.count - slots))
        let home = HomeGeometry(layout: layout, context: context)
        state.home.quoteOffset = Scrolling.reveal(
            state.home.quote, offset: state.home.quoteOffset, visible: home.visibleQuotes)
        state.home.issueOffset = Scrolling.reveal(
            state.home.issue, offset: state.home.issueOffset, visible: home.visibleIssues)
        state.quotes.offset = Scrolling.reveal(
            state.quotes.selection, offset: state.quotes.offset,
            visible: QuotesGeometry(state: state, layout: layout).visibleEntries)
        if case let .meeting(id) = state.screen {
            state.meeting.scroll = min(state.meeting.scroll, meetingMaximumScroll(&state, id: id, context: context))
        }
        if state.screen == .positions { revealIssue(&state, context: context) }
        if state.screen == .timeline {
            state.timeline.offset = TimelineGeometry(layout: layout, context: context).offset(
                revealing: state.timeline.selection, from: state.timeline.offset)
        }
    }

    /// The meeting page's greatest scroll, laid out only when the engagement or the size changed.
    static func meetingMaximumScroll(_ state: inout AppState, id: String, context: DashboardContext) -> Int {
        meetingPage(&state, id: id, context: context).maximumScroll
    }

    /// The meeting page's measurements, laid out only when the engagement or the size changed.
    static func meetingPage(_ state: inout AppState, id: String, context: DashboardContext) -> PageMeasure {
        let key = PageMeasure.Key(size: state.size, subject: id)
        if let kept = state.meeting.measured.value, kept.key == key { return kept }
        let page = MeetingPage(id: id, context: context, layout: DashboardLayout(size: state.size))
        let measure = PageMeasure(
            key: key, starts: page?.quoteStarts ?? [], maximumScroll: page?.maximumScroll ?? 0,
            height: page?.text.height ?? 1)
        state.meeting.measured = Memo(measure)
        return measure
    }

    /// The positions page's blocks, laid out only when the size or the parties changed.
    static func positionsBlocks(_ state: inout AppState, context: DashboardContext) -> PageMeasure {
        let key = PageMeasure.Key(size: state.size, subject: "\(state.positions.left),\(state.positions.right)")
        if let kept = state.positions.measured.value, kept.key == key { return kept }
        let page = PositionsPage(state: state, context: context, layout: DashboardLayout(size: state.size))
        let measure = PageMeasure(
            key: key, starts: page.blockStarts, maximumScroll: page.maximumScroll, height: page.area.height)
        state.positions.measured = Memo(measure)
        return measure
    }
}
