import ParleyModel

/// The quotes screen's search line, its results, and stepping through matches.
enum SearchReducer {
    /// The search line's own actions: opening it, typing, erasing, keeping or dropping the filter.
    static func edit(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .startSearch:
            let effects = state.screen == .quotes ? [] : NavigationReducer.show(.quotes, &state)
            state.quotes.isEditing = true
            state.quotes.focus = .list
            return effects
        case let .typeInSearch(character):
            state.quotes.historyPosition = nil
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
            // Enter in the search line: keep the filter and return to the list, and the
            // search for another time (once, as the latest).
            state.quotes.isEditing = false
            state.quotes.historyPosition = nil
            let query = state.quotes.query.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty, state.quotes.history.last != query else { return [] }
            state.quotes.history.removeAll { $0 == query }
            state.quotes.history.append(query)
            if state.quotes.history.count > Self.historyLimit {
                state.quotes.history.removeFirst(state.quotes.history.count - Self.historyLimit)
            }
            return [.saveHistory(state.quotes.history)]
        case let .stepHistory(step):
            let history = state.quotes.history
            guard !history.isEmpty else {
                state.notice = Notice("no earlier searches yet (Enter keeps one)")
                return []
            }
            if state.quotes.historyPosition == nil { state.quotes.typedBeforeHistory = state.quotes.query }
            let position = (state.quotes.historyPosition ?? history.count) + step
            if position >= history.count {
                state.quotes.historyPosition = nil
                state.quotes.query = state.quotes.typedBeforeHistory
            } else {
                state.quotes.historyPosition = max(0, position)
                state.quotes.query = history[max(0, position)]
            }
            return searchForQuery(&state)
        case .cancelSearch:
            // Esc in the search line: drop the filter.
            state.quotes.isEditing = false
            state.quotes.query = ""
            return searchForQuery(&state)
        default:
            // Only the search line's own actions are sent here (`Reducer.interact`).
            return []
        }
    }

    /// `s`: the list in the next order, the quote selected kept selected.
    static func cycleOrder(_ state: inout AppState, context: DashboardContext) {
        state.quotes.order = state.quotes.order.next
        state.notice = Notice("quotes \(state.quotes.order.words) (s for the next order)")
        guard let results = state.quotes.results else { return }
        let selected =
            state.quotes.selection < results.count ? context.entry(results, at: state.quotes.selection).id : nil
        // From the ranked order each time, so ties fall in rank order whatever came before.
        let ranked = results.replacingDossier(context.corpus.dossierSearch.ranked(results.dossier))
        let sorted = state.quotes.order.sorted(ranked, in: context.corpus)
        state.quotes.results = sorted
        state.quotes.matchCursor = nil
        if let selected, let index = (0..<sorted.count).first(where: { context.entry(sorted, at: $0).id == selected }) {
            state.quotes.selection = index
        }
        state.quotes.offset = Scrolling.reveal(
            state.quotes.selection, offset: min(state.quotes.offset, state.quotes.selection),
            visible: QuotesGeometry(state: state).visibleEntries)
    }

    /// The most searches kept, as the history file keeps them.
    static let historyLimit = 200

    /// Asks for the current query to be searched, under a new generation.
    static func searchForQuery(_ state: inout AppState) -> [Effect] {
        state.quotes.generation += 1
        state.quotes.isFetchingMore = false
        return [.search(SearchRequest(query: state.quotes.query, generation: state.quotes.generation))]
    }

    /// Takes a search's results, unless a newer search has been asked for since.
    static func searchCompleted(_ state: inout AppState, _ outcome: SearchOutcome, context: DashboardContext) {
        // A late answer for an older query is dropped: the user has typed on since.
        guard outcome.generation == state.quotes.generation else { return }
        state.quotes.isFetchingMore = false
        switch outcome.result {
        case let .failure(error):
            state.quotes.error = error
        case let .success(found):
            let results = state.quotes.order.sorted(found, in: context.corpus)
            let sameQuery = outcome.query == state.quotes.appliedQuery
            state.quotes.error = nil
            state.quotes.results = results
            state.quotes.appliedQuery = outcome.query
            state.quotes.matchCursor = nil
            var selection = 0
            if let pending = state.quotes.pendingSelection,
                let index = results.dossier.firstIndex(where: {
                    context.corpus.dossierSearch.quotes[$0.index].id == pending
                })
            {
                selection = index
            } else if let offset = state.quotes.pendingArchiveOffset {
                selection = Scrolling.clamp(results.dossier.count + offset, count: results.count)
            } else if sameQuery {
                // The same query run again keeps the reader's place; a new query starts at its best match.
                selection = Scrolling.clamp(state.quotes.selection, count: results.count)
            }
            state.quotes.pendingSelection = nil
            state.quotes.pendingArchiveOffset = nil
            state.quotes.detailScroll = 0
            state.quotes.selection = selection
            state.quotes.offset = Scrolling.reveal(
                selection, offset: min(state.quotes.offset, selection),
                visible: QuotesGeometry(state: state).visibleEntries)
        }
    }

    /// Asks for the next page of archive quotes once the selection is within two screens of
    /// the end of those fetched, so scrolling on through a long result never meets an end.
    static func fetchMoreIfNear(_ state: inout AppState) -> [Effect] {
        guard state.screen == .quotes, !state.quotes.isFetchingMore, let results = state.quotes.results, results.hasMore
        else { return [] }
        let visible = QuotesGeometry(state: state).visibleEntries
        guard state.quotes.selection + 2 * visible >= results.count else { return [] }
        state.quotes.isFetchingMore = true
        return [
            .search(
                SearchRequest(
                    query: state.quotes.appliedQuery, generation: state.quotes.generation, continuing: results))
        ]
    }

    /// n and N: the next or previous match, across results.
    static func stepMatch(_ state: inout AppState, by step: Int, context: DashboardContext) {
        guard state.screen == .quotes, !state.quotes.appliedQuery.isEmpty, let results = state.quotes.results,
            !results.isEmpty
        else { return }
        let next: MatchCursor
        if let cursor = state.quotes.matchCursor {
            next = cursor.stepped(step, results: results, context: context)
        } else {
            // The first step lands on the selected quote's first (or, backwards, last) match.
            let stops = max(1, context.entry(results, at: state.quotes.selection).match.ranges(in: .text).count)
            next = MatchCursor(result: state.quotes.selection, range: step > 0 ? 0 : stops - 1)
        }
        state.quotes.matchCursor = next
        NavigationReducer.selectResult(&state, next.result)
    }
}
