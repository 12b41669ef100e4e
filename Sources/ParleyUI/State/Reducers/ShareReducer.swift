import ParleyModel

/// Letting things leave the screen: copying a quote with its citation, opening its source,
/// writing a briefing of what is shown. The reducer names what to share; the runtime does it.
enum ShareReducer {
    /// `y` and `Y`: the selected quote with its citation, to the clipboard.
    static func copy(_ state: inout AppState, markdown: Bool, context: DashboardContext) -> [Effect] {
        guard let citation = selectedCitation(&state, context: context) else {
            state.notice = Notice(
                "\(markdown ? "Y" : "y"): nothing to copy here \(context.glyphs.dash) select a quote first",
                isWarning: true)
            return []
        }
        let who = citation.speaker
        state.notice = Notice(
            "copied \(markdown ? "as Markdown " : "")to the clipboard: \(context.glyphs.openQuote)\(QuoteGist.opening(citation.text, words: 5))\(context.glyphs.closeQuote) \(context.glyphs.dash) \(who)"
        )
        return [.copy(markdown ? citation.markdown : citation.plain)]
    }

    /// `o`: the web address of the selected quote's source, or of the engagement shown.
    static func open(_ state: inout AppState, context: DashboardContext) -> [Effect] {
        let quoteURL = selectedCitation(&state, context: context)?.url
        guard let url = quoteURL ?? engagementURL(state, context: context) else {
            state.notice = Notice("o: no web address to open here", isWarning: true)
            return []
        }
        guard WebLink.address(url) != nil else {
            state.notice = Notice("o: not a web address, not opened: \(url)", isWarning: true)
            return []
        }
        state.notice = Notice("opening \(url)")
        return [.openLink(url)]
    }

    /// `e`: a briefing of what is on screen, written to a file by the runtime.
    static func export(_ state: inout AppState, context: DashboardContext, html: Bool = false) -> [Effect] {
        var request: BriefingRequest
        switch state.screen {
        case .home, .timeline:
            request = BriefingRequest(subject: "week")
        case let .meeting(id):
            request = BriefingRequest(engagements: [id], subject: id)
        case .quotes:
            let query = state.quotes.appliedQuery
            let ids = (0..<(state.quotes.results?.dossier.count ?? 0)).compactMap { position -> String? in
                guard let results = state.quotes.results else { return nil }
                return context.entry(results, at: position).dossierQuote?.id
            }
            request = BriefingRequest(quotes: ids, query: query.isEmpty ? nil : query, subject: "quotes")
        case .positions:
            let parties = context.shownParties(state).map { context.dossier.parties[$0].id }
            request = BriefingRequest(parties: parties, subject: "positions")
        }
        request.html = html
        state.notice = Notice("writing the briefing\(context.glyphs.ellipsis)")
        return [.writeBriefing(request)]
    }

    /// The quote `y`, `Y` and `o` act on: the one selected on home or the quotes screen, the
    /// first one in view on a meeting page (or the first below, at its top), the one Tab
    /// reached on the positions screen.
    static func selectedCitation(_ state: inout AppState, context: DashboardContext) -> QuoteCitation? {
        let dossier = context.dossier
        switch state.screen {
        case .home:
            guard state.home.focus == .quotes, context.quotesByDate.indices.contains(state.home.quote) else {
                return nil
            }
            return QuoteCitation(context.quotesByDate[state.home.quote], in: dossier)
        case .quotes:
            guard let results = state.quotes.results, state.quotes.selection < results.count else { return nil }
            let entry = context.entry(results, at: state.quotes.selection)
            if let quote = entry.dossierQuote { return QuoteCitation(quote, in: context.corpus.dossier) }
            return entry.archiveQuote.map(QuoteCitation.init)
        case let .meeting(id):
            let page = NavigationReducer.meetingPage(&state, id: id, context: context)
            let quotes = dossier.quotes(at: id)
            let scroll = state.meeting.scroll
            // The first quote starting in view, else the one whose lines fill the view, else
            // (at the top of the page, above the quotes) the first one further down.
            let index =
                page.starts.firstIndex { $0 >= scroll && $0 < scroll + page.height }
                ?? page.starts.lastIndex { $0 < scroll }
                ?? page.starts.firstIndex { $0 >= scroll }
            guard let index, quotes.indices.contains(index) else { return nil }
            return QuoteCitation(quotes[index], in: dossier)
        case .positions:
            guard !state.positions.showsAgreement, let id = context.supportingQuote(of: state),
                let quote = dossier.quote(id)
            else { return nil }
            return QuoteCitation(quote, in: dossier)
        case .timeline:
            return nil
        }
    }

    /// The first web address among the sources of the engagement selected or shown.
    private static func engagementURL(_ state: AppState, context: DashboardContext) -> String? {
        let dossier = context.dossier
        let engagement: Engagement?
        switch state.screen {
        case .home where state.home.focus == .engagements:
            engagement =
                dossier.engagements.indices.contains(state.home.engagement)
                ? dossier.engagements[state.home.engagement] : nil
        case let .meeting(id):
            engagement = dossier.engagement(id)
        case .timeline:
            engagement = context.timeline.element(at: state.timeline.selection).flatMap {
                dossier.engagement($0.engagement.id)
            }
        default:
            engagement = nil
        }
        return engagement?.sources.compactMap(dossier.source).compactMap(\.url).first
    }
}
