import ParleyModel

/// Everything about one engagement on a scrollable page: facts, delegations, quotes, sources.
enum MeetingView {
    static func draw(_ grid: inout CellGrid, id: String, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        guard let engagement = context.dossier.engagement(id) else { return }
        let rect = layout.body
        let inside = Chrome.box(&grid, rect, title: engagement.title, focused: true, glyphs: context.glyphs)
        guard !inside.isEmpty else { return }
        let page = document(engagement, context: context, width: inside.width - 2).page
        let scroll = min(state.meeting.scroll, page.maximumScroll(height: inside.height))
        page.draw(into: &grid, rect: Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height), scroll: scroll)
        Chrome.moreMarker(&grid, count: scroll, below: false, rect: rect, glyphs: context.glyphs)
        Chrome.moreMarker(&grid, count: max(0, page.lines.count - scroll - inside.height), below: true, rect: rect, glyphs: context.glyphs)
    }

    /// The page's lines for a given text width, and the line where each quote starts.
    static func document(_ engagement: Engagement, context: DashboardContext, width: Int) -> (page: Document, quoteStarts: [Int]) {
        let dossier = context.dossier
        let glyphs = context.glyphs
        var page = Document(width: width)
        var when = engagement.date.heading
        if let end = engagement.end, end != engagement.date { when += " \(glyphs.dash) \(end.heading)" }
        page.paragraph(engagement.title, role: .title)
        let place = [engagement.city, engagement.venue].compactMap { $0 }.joined(separator: ", ")
        page.paragraph([when, place, engagement.status.rawValue].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) "), role: .muted)
        page.blank()
        page.field("Format", engagement.format)
        page.field("Chair", engagement.chair.flatMap(dossier.person).map(describe))
        page.field("Length", engagement.duration)
        page.field("Parties", engagement.parties.compactMap { dossier.party($0)?.name }.joined(separator: ", "))
        for (offset, delegation) in engagement.delegations.enumerated() {
            let party = dossier.party(delegation.party)?.name ?? delegation.party
            let people = delegation.people.compactMap(dossier.person).map(describe).joined(separator: "; ")
            page.field(offset == 0 ? "Delegations" : "", "\(party): \(people)")
        }
        if let outcome = engagement.outcome {
            page.blank()
            page.append(StyledLine("Outcome", .heading))
            page.paragraph(outcome)
        }
        if let summary = engagement.summary {
            page.blank()
            page.append(StyledLine("Summary", .heading))
            page.paragraph(summary)
        }
        let quotes = dossier.quotes(at: engagement.id)
        page.blank()
        page.append(StyledLine("Quotes (\(quotes.count))", .heading))
        if quotes.isEmpty { page.paragraph("None recorded.", role: .muted) }
        var quoteStarts: [Int] = []
        for quote in quotes {
            page.blank()
            quoteStarts.append(page.lines.count)
            let speaker = dossier.speaker(quote.speaker)
            var who = speaker.name
            if let role = speaker.role { who += ", " + role }
            page.paragraph(who, role: .heading)
            let text = glyphs.openQuote + (quote.partial ? FragmentEllipsis.framed(quote.text, ellipsis: glyphs.ellipsis) : quote.text) + glyphs.closeQuote
            page.paragraph(text, role: .quote, indent: 2)
            let cue = [quote.context, dossier.source(quote.source).map { "source: " + $0.citation }].compactMap { $0 }
            page.paragraph(cue.joined(separator: " \(glyphs.separator) "), role: .muted, indent: 2)
        }
        let sources = engagement.sources.compactMap(dossier.source)
        if !sources.isEmpty {
            page.blank()
            page.append(StyledLine("Sources", .heading))
            for source in sources {
                page.paragraph(source.citation + (source.url.map { " <\($0)>" } ?? ""), role: .muted, indent: 2)
            }
        }
        return (page, quoteStarts)
    }

    /// The page's largest scroll, where its quotes start and its height, for the reducer.
    static func geometry(id: String, context: DashboardContext, layout: DashboardLayout) -> (maximumScroll: Int, quoteStarts: [Int], height: Int) {
        guard let engagement = context.dossier.engagement(id) else { return (0, [], 1) }
        let inside = layout.body.inset(by: 1)
        let height = max(1, inside.height)
        let laidOut = document(engagement, context: context, width: max(1, inside.width - 2))
        return (laidOut.page.maximumScroll(height: height), laidOut.quoteStarts, height)
    }

    private static func describe(_ person: Person) -> String {
        person.role.map { "\(person.name) (\($0))" } ?? person.name
    }
}
