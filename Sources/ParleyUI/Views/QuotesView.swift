import ParleyModel

/// The quotes screen: the filtered list, the selected quote in full, and the search line.
enum QuotesView {
    static func draw(_ grid: inout CellGrid, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        let parts = layout.quotes(showsSearchLine: showsSearchLine(state))
        let results = state.quotes.results ?? []
        drawList(&grid, state: state, context: context, rect: parts.list, results: results)
        drawDetail(&grid, state: state, context: context, rect: parts.detail, results: results)
        if let line = parts.searchLine { drawSearchLine(&grid, state: state, rect: line, results: results, glyphs: context.glyphs) }
    }

    static func showsSearchLine(_ state: AppState) -> Bool {
        state.quotes.isEditing || !state.quotes.query.isEmpty || state.quotes.error != nil
    }

    /// How many entries the list shows at once.
    static func visibleEntries(_ state: AppState, layout: DashboardLayout) -> Int {
        max(1, (layout.quotes(showsSearchLine: showsSearchLine(state)).list.height - 2) / DashboardLayout.Quotes.rowsPerEntry)
    }

    private static func drawList(_ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect, results: [QuoteMatch]) {
        let focused = state.quotes.focus == .list && !state.quotes.isEditing
        let total = context.dossier.quotes.count
        let title = state.quotes.appliedQuery.isEmpty ? "Quotes (\(total))" : "Quotes (\(results.count) of \(total))"
        let inside = Chrome.box(&grid, rect, title: title, focused: focused || state.quotes.isEditing, glyphs: context.glyphs)
        guard inside.width > 2, inside.height > 0 else { return }
        if results.isEmpty {
            let message = state.quotes.results == nil ? "" : "No quotes match."
            grid.put(message, x: inside.x + 1, y: inside.y, width: inside.width - 1, role: .muted, ellipsis: context.glyphs.ellipsis)
            return
        }
        let dossier = context.dossier
        let glyphs = context.glyphs
        let width = inside.width - 1
        let entries = visibleEntriesIn(inside)
        for slot in 0..<entries {
            let index = state.quotes.offset + slot
            guard index < results.count else { break }
            let match = results[index]
            let quote = context.search.quotes[match.index]
            let texts = dossier.fieldTexts(of: quote)
            let y = inside.y + slot * DashboardLayout.Quotes.rowsPerEntry
            // First row: who and when.
            let speaker = HighlightedText.lines(texts[.speaker], width: 10_000, role: .heading, highlights: match.ranges(in: .speaker)).first ?? .blank
            var header = speaker.segments
            if let party = dossier.speaker(quote.speaker).party, let partyIndex = dossier.parties.firstIndex(where: { $0.id == party.id }) {
                header += [Segment(" \(glyphs.separator) ", .muted), Segment(party.label, .party(partyIndex))]
            }
            header.append(Segment(" \(glyphs.separator) \(quote.date.day) \(quote.date.monthAbbreviation)", .muted))
            StyledLine(header).draw(into: &grid, x: inside.x + 1, y: y, width: width)
            // Second row: the opening of the text, matches highlighted.
            if slot * DashboardLayout.Quotes.rowsPerEntry + 1 < inside.height {
                let lines = HighlightedText.lines(quote.text, width: width - 3, role: .quote, highlights: match.ranges(in: .text))
                var first = lines.first ?? .blank
                first.segments.insert(Segment("  ", .quote), at: 0)
                if lines.count > 1 { first.segments.append(Segment(glyphs.ellipsis, .muted)) }
                first.draw(into: &grid, x: inside.x + 1, y: y + 1, width: width)
            }
            if index == state.quotes.selection {
                let bar = Rect(x: inside.x, y: y, width: inside.width, height: min(DashboardLayout.Quotes.rowsPerEntry, inside.maxY - y))
                grid.restyle(bar, role: focused ? .selection : .selectionInactive, keeping: [.match, .matchCurrent])
            }
        }
        Chrome.moreMarker(&grid, count: state.quotes.offset, below: false, rect: rect, glyphs: glyphs)
        Chrome.moreMarker(&grid, count: max(0, results.count - state.quotes.offset - entries), below: true, rect: rect, glyphs: glyphs)
    }

    private static func visibleEntriesIn(_ inside: Rect) -> Int {
        max(1, (inside.height + 1) / DashboardLayout.Quotes.rowsPerEntry)
    }

    private static func drawDetail(_ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect, results: [QuoteMatch]) {
        let focused = state.quotes.focus == .detail
        let inside = Chrome.box(&grid, rect, title: "Quote", focused: focused, glyphs: context.glyphs)
        guard inside.width > 2, inside.height > 0, state.quotes.selection < results.count else { return }
        let match = results[state.quotes.selection]
        let current = currentRange(state)
        let page = detail(match, context: context, width: inside.width - 2, current: current)
        var scroll = min(state.quotes.detailScroll, page.document.maximumScroll(height: inside.height))
        if let line = page.currentLine, line >= scroll + inside.height || line < scroll {
            scroll = max(0, line - inside.height / 2)
        }
        page.document.draw(into: &grid, rect: Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height), scroll: scroll)
        Chrome.moreMarker(&grid, count: max(0, page.document.lines.count - scroll - inside.height), below: true, rect: rect, glyphs: context.glyphs)
    }

    /// The range `n`/`N` last landed on, when it is in the selected quote.
    static func currentRange(_ state: AppState) -> Range<Int>? {
        guard let cursor = state.quotes.matchCursor, let results = state.quotes.results else { return nil }
        let occurrences = MatchOccurrences.list(results)
        guard cursor < occurrences.count, occurrences[cursor].result == state.quotes.selection else { return nil }
        return occurrences[cursor].range
    }

    /// The selected quote in full: text, then speaker, party, date, engagement, cue and source.
    static func detail(_ match: QuoteMatch, context: DashboardContext, width: Int, current: Range<Int>?) -> (document: Document, currentLine: Int?) {
        let dossier = context.dossier
        let glyphs = context.glyphs
        let quote = context.search.quotes[match.index]
        let texts = dossier.fieldTexts(of: quote)
        var page = Document(width: width)
        var currentLine: Int?
        let open = glyphs.openQuote + (quote.partial ? glyphs.ellipsis : "")
        let close = (quote.partial ? glyphs.ellipsis : "") + glyphs.closeQuote
        // The quote marks are added around the text, so ranges shift by the opening mark's length.
        let shift = open.count
        let body = HighlightedText.lines(
            open + quote.text + close, width: width, role: .quote,
            highlights: match.ranges(in: .text).map { ($0.lowerBound + shift)..<($0.upperBound + shift) },
            current: current.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        )
        if current != nil { currentLine = body.firstIndex { $0.segments.contains { $0.role == .matchCurrent } } }
        for line in body { page.append(line) }
        page.blank()
        func field(_ label: String, _ text: String, _ field: QuoteField?) {
            guard !text.isEmpty else { return }
            let ranges = field.map { match.ranges(in: $0) } ?? []
            let labelWidth = 12
            let lines = HighlightedText.lines(text, width: max(1, width - labelWidth), role: .text, highlights: ranges)
            for (offset, line) in lines.enumerated() {
                let label = offset == 0 ? TextWrap.padded(label, width: labelWidth) : String(repeating: " ", count: labelWidth)
                page.append(StyledLine([Segment(label, .heading)] + line.segments))
            }
        }
        field("Speaker", texts[.speaker], .speaker)
        field("Role", texts[.role], .role)
        field("Party", texts[.party], .party)
        field("Date", quote.date.heading, nil)
        if let engagement = quote.engagement.flatMap(dossier.engagement) {
            field("Engagement", texts[.engagement], .engagement)
            field("", [engagement.city, engagement.date.heading].compactMap { $0 }.joined(separator: ", "), nil)
        }
        field("Cue", texts[.context], .context)
        if let source = dossier.source(quote.source) {
            field("Source", source.citation, nil)
            if let url = source.url { field("", url, nil) }
        }
        let issues = quote.issues.compactMap { dossier.issue($0)?.title }
        field("Issues", issues.joined(separator: ", "), nil)
        if quote.partial {
            page.blank()
            page.paragraph("A fragment quoted inside a paraphrase.", role: .muted)
        }
        return (page, currentLine)
    }

    private static func drawSearchLine(_ grid: inout CellGrid, state: AppState, rect: Rect, results: [QuoteMatch], glyphs: Glyphs) {
        grid.fill(rect, role: .text)
        let quotes = state.quotes
        var x = rect.x
        x += grid.put("/", x: x, y: rect.y, role: .statusKey)
        x += grid.put(quotes.query, x: x, y: rect.y, role: .text, clip: Rect(x: rect.x, y: rect.y, width: rect.width * 2 / 3, height: 1))
        if quotes.isEditing { grid.put(" ", x: x, y: rect.y, role: .selection) }
        let note: String
        let role: StyleRole
        if let error = quotes.error {
            note = "column \(error.column): \(error.message)"
            role = .warning
        } else if !quotes.appliedQuery.isEmpty {
            var text = "\(results.count) \(results.count == 1 ? "quote" : "quotes")"
            if let cursor = quotes.matchCursor { text = "match \(cursor + 1) of \(MatchOccurrences.list(results).count) \(glyphs.separator) " + text }
            note = text
            role = .muted
        } else {
            note = ""
            role = .muted
        }
        let room = rect.width - (x - rect.x) - 3
        if room > 4, !note.isEmpty {
            let width = min(DisplayWidth.of(note), room)
            grid.put(note, x: rect.maxX - width - 1, y: rect.y, width: width, role: role, ellipsis: glyphs.ellipsis)
        }
    }
}
