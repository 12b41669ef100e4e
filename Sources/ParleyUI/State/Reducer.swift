import ParleyArchive
import ParleyModel

/// The only place the dashboard's state changes: `reduce(state, action)` with side effects
/// returned as values for the runtime to perform.
///
/// The context (the dossier and the archives searched) is state too, but it changes only
/// when an archive is ready or the dossier is read again, so every smaller reducer reads it
/// and only this one writes it.
public enum Reducer {
    /// Applies one action; returns the effects (searches, copies, …) the runtime must perform.
    ///
    /// One switch over every action, so the compiler checks each is handled; each goes to the
    /// small reducer for its part of the dashboard.
    public static func reduce(_ state: inout AppState, _ action: Action, context: inout DashboardContext) -> [Effect] {
        // The flag or note line takes the keys it binds, and keeping one changes the context.
        if state.noting != nil, let effects = NotesReducer.edit(&state, action, context: &context) { return effects }
        // So does the palette, and what it runs may change the context.
        if state.palette != nil, let effects = PaletteReducer.edit(&state, action, context: &context) { return effects }
        switch action {
        case let .showPalette(entries):
            state.notice = nil
            guard !state.showsHelp, !DashboardLayout(size: state.size).isTooSmall, state.collecting == nil else {
                return []
            }
            state.palette = CommandPalette(entries: entries)
            return []
        case let .showWeek(index):
            state.notice = nil
            guard context.hasWeeks else { return WeekReducer.step(&state, by: 1, context: &context) }
            guard index != context.week else {
                state.notice = Notice("the week \(context.dossier.id) is the one shown")
                return []
            }
            return WeekReducer.step(&state, by: index - context.week, context: &context)
        case let .archiveReady(opened):
            context = context.adding(opened.store)
            return archiveReady(&state, opened)
        case let .dossierReloaded(dossier, file):
            // What is selected is read by id on the old version, then found again on the new.
            let selection = DossierSelection(state: state, context: context)
            context = context.replacingDossier(dossier)
            return ReloadReducer.reselect(&state, selection, change: "\(file) reloaded", context: context)
        case let .deskReloaded(desk, change, problem):
            let selection = DossierSelection(state: state, context: context)
            context = context.replacingDesk(desk)
            let effects = ReloadReducer.reselect(&state, selection, change: change, context: context)
            state.reloadProblem = problem
            return effects
        case .flagQuote, .annotate:
            state.notice = nil
            guard !state.showsHelp, !DashboardLayout(size: state.size).isTooSmall, state.collecting == nil else {
                return []
            }
            NotesReducer.open(&state, action, context: context)
            return []
        case let .stepWeek(step):
            state.notice = nil
            guard !state.showsHelp, !DashboardLayout(size: state.size).isTooSmall else { return [] }
            return WeekReducer.step(&state, by: step, context: &context)
        default:
            let effects = reduce(&state, action, reading: context)
            // The timeline's selection decides the week the other screens show.
            WeekReducer.followTimeline(&state, context: &context)
            return effects
        }
    }

    /// Applies an action that leaves the context as it is.
    private static func reduce(_ state: inout AppState, _ action: Action, reading context: DashboardContext) -> [Effect]
    {
        // The picker `c` opened takes the keys it binds; clicks and the wheel wait for it.
        if state.collecting != nil, let effects = CollectReducer.pick(&state, action, context: context) {
            return effects
        }
        switch action {
        // News from outside the keyboard: it leaves the status line's notice alone.
        case let .resize(size):
            state.size = size
            NavigationReducer.clampAll(&state, context: context)
            return []
        case let .archiveProgress(loading):
            state.loading = loading
            return []
        case let .archiveFailed(file, reason):
            state.loading = nil
            state.notice = Notice("\(file): \(reason)", isWarning: true)
            return []
        case .archiveReady, .dossierReloaded, .deskReloaded, .stepWeek, .flagQuote, .annotate, .showPalette, .showWeek:
            // They change the context, or open the line that does: `reduce(_:_:context:)`
            // handles them before this.
            return []
        case .typeInNote, .eraseInNote, .typeInPalette, .eraseInPalette, .completeInPalette:
            // Only the open flag or note line, or the palette, takes them, above.
            // They change the context: `reduce(_:_:context:)` handles them before this.
            return []
        case let .dossierReloadFailed(problem):
            // The problem outranks whatever the status line said before.
            state.reloadProblem = problem
            state.notice = nil
            return []
        case let .shared(notice):
            // The runtime's report on a copy, an open or an export the user asked for.
            state.notice = notice
            return []
        case let .searchCompleted(outcome):
            // A notice stays until the user does something; a search's answer is not that.
            SearchReducer.searchCompleted(&state, outcome, context: context)
            return SearchReducer.fetchMoreIfNear(&state)
        case let .searchCounted(generation, totals):
            guard generation == state.quotes.generation, let results = state.quotes.results else { return [] }
            state.quotes.results = results.counted(totals)
            return []
        case let .archiveSearchFailed(message):
            state.quotes.isFetchingMore = false
            state.notice = Notice(message, isWarning: true)
            return []
        // What the user does: it clears a notice.
        case .quit:
            state.notice = nil
            state.isQuitting = true
            return []
        case .toggleHelp:
            state.notice = nil
            state.showsHelp.toggle()
            return []
        case .openPalette:
            // The store puts the screen's actions in: `showPalette`.
            return []
        case let .click(target):
            state.notice = nil
            return MouseReducer.click(&state, target, context: context)
        case let .wheel(delta, target):
            state.notice = nil
            return MouseReducer.wheel(&state, by: delta, over: target, context: context)
                + SearchReducer.fetchMoreIfNear(&state)
        case let .unboundKey(key):
            state.notice = Notice("\(key) does nothing here (? lists the keys)")
            return []
        case .showTab, .focusNext, .focusPrevious, .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown,
            .jumpToTop, .jumpToBottom, .open, .back, .startSearch, .typeInSearch, .eraseInSearch, .eraseWordInSearch,
            .clearSearch, .stepHistory, .acceptSearch, .cancelSearch, .nextMatch, .previousMatch, .cycleTheme,
            .cycleLeftParty,
            .cycleRightParty,
            .stepSupportingQuote, .toggleAgreement, .copyQuote, .openLink, .exportBriefing, .collectQuote, .togglePick,
            .cycleOrder, .chooseTheme, .goToQuote, .exportBriefingAs, .saveSearch, .runSearch:
            state.notice = nil
            // Everything else waits while the help overlay is open or the terminal is too small.
            guard !state.showsHelp, !DashboardLayout(size: state.size).isTooSmall else { return [] }
            return interact(&state, action, context: context) + SearchReducer.fetchMoreIfNear(&state)
        }
    }

    /// An archive added to what is searched: said on the status line, and what is on
    /// screen searched again.
    private static func archiveReady(_ state: inout AppState, _ opened: OpenedArchive) -> [Effect] {
        state.loading = nil
        let skipped = opened.skippedLines
        let damaged = skipped > 0 ? ", \(skipped) damaged line\(skipped == 1 ? "" : "s") skipped" : ""
        state.notice = Notice("\(opened.store.name): \(opened.store.count) quotes loaded\(damaged)")
        return state.quotes.results == nil ? [] : SearchReducer.searchForQuery(&state)
    }

    /// A key's action on a screen the user can see.
    private static func interact(_ state: inout AppState, _ action: Action, context: DashboardContext) -> [Effect] {
        switch action {
        case let .showTab(tab): return NavigationReducer.show(tab, &state, context: context)
        case .focusNext: NavigationReducer.cycleFocus(&state, forward: true)
        case .focusPrevious: NavigationReducer.cycleFocus(&state, forward: false)
        case .moveUp: NavigationReducer.move(&state, by: -1, context: context)
        case .moveDown: NavigationReducer.move(&state, by: 1, context: context)
        case .moveLeft: NavigationReducer.moveSideways(&state, by: -1, context: context)
        case .moveRight: NavigationReducer.moveSideways(&state, by: 1, context: context)
        case .pageUp:
            NavigationReducer.move(&state, by: -NavigationReducer.page(state, context: context), context: context)
        case .pageDown:
            NavigationReducer.move(&state, by: NavigationReducer.page(state, context: context), context: context)
        case .jumpToTop: NavigationReducer.move(&state, by: -Int.max / 2, context: context)
        case .jumpToBottom: NavigationReducer.move(&state, by: Int.max / 2, context: context)
        case .open: return NavigationReducer.open(&state, context: context)
        case .back: return NavigationReducer.back(&state)
        case .startSearch, .typeInSearch, .eraseInSearch, .eraseWordInSearch, .clearSearch, .acceptSearch,
            .cancelSearch, .stepHistory:
            return SearchReducer.edit(&state, action)
        case .nextMatch: SearchReducer.stepMatch(&state, by: 1, context: context)
        case .previousMatch: SearchReducer.stepMatch(&state, by: -1, context: context)
        case .cycleTheme:
            state.theme = (state.theme + 1) % context.themeNames.count
            state.notice = Notice("theme \(context.themeNames[state.theme]) (t for the next)")
            return [.applyTheme(context.themeNames[state.theme])]
        case let .cycleLeftParty(step): PositionsReducer.cycleParty(&state, left: true, step: step, context: context)
        case let .cycleRightParty(step): PositionsReducer.cycleParty(&state, left: false, step: step, context: context)
        case let .stepSupportingQuote(step): PositionsReducer.stepSupportingQuote(&state, by: step, context: context)
        case .toggleAgreement: PositionsReducer.toggleAgreement(&state)
        case let .copyQuote(markdown): return ShareReducer.copy(&state, markdown: markdown, context: context)
        case .openLink: return ShareReducer.open(&state, context: context)
        case .exportBriefing: return ShareReducer.export(&state, context: context)
        case let .exportBriefingAs(html): return ShareReducer.export(&state, context: context, html: html)
        case let .chooseTheme(name):
            guard let index = context.themeNames.firstIndex(of: name) else {
                state.notice = Notice(
                    "no theme \(VisibleText.escaped(name)); parley themes lists them", isWarning: true)
                return []
            }
            state.theme = index
            state.notice = Notice("theme \(name)")
            return [.applyTheme(name)]
        case let .saveSearch(name):
            let query = state.quotes.appliedQuery
            guard state.screen == .quotes, !query.isEmpty else {
                state.notice = Notice(":save keeps the search on the quotes screen: search first (/)", isWarning: true)
                return []
            }
            let search = SavedSearch(name: name, query: query)
            state.quotes.saved.removeAll { $0.name == name }
            state.quotes.saved.append(search)
            return [.saveSearch(search)]
        case let .runSearch(query):
            if state.screen != .quotes { state.history.append(state.screen) }
            state.screen = .quotes
            state.quotes.focus = .list
            state.quotes.isEditing = false
            state.quotes.query = query
            return SearchReducer.searchForQuery(&state)
        case let .goToQuote(id):
            guard context.corpus.dossier.quote(id) != nil else {
                state.notice = Notice("no quote \(VisibleText.escaped(id))", isWarning: true)
                return []
            }
            return NavigationReducer.openQuote(&state, id: id)
        case .collectQuote: return CollectReducer.collect(&state, context: context)
        case .cycleOrder: SearchReducer.cycleOrder(&state, context: context)
        // Space does something only in the picker, which took it above.
        case .togglePick: return []
        case .resize, .searchCompleted, .searchCounted, .archiveSearchFailed, .archiveProgress, .archiveReady,
            .archiveFailed, .dossierReloaded, .deskReloaded, .dossierReloadFailed, .stepWeek, .flagQuote, .annotate,
            .typeInNote, .eraseInNote, .openPalette, .showPalette, .typeInPalette, .eraseInPalette,
            .completeInPalette, .showWeek,
            .quit, .toggleHelp, .click, .wheel, .shared, .unboundKey:
            // Handled by `reduce` before it gets here.
            break
        }
        return []
    }
}
