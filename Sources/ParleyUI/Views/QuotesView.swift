import ParleyArchive
import ParleyModel

/// The quotes screen: the filtered list, the selected quote in full, and the search line.
enum QuotesView {
    static func draw(_ grid: inout CellGrid, state: AppState, context: DashboardContext, layout: DashboardLayout) {
        let parts = QuotesGeometry(state: state, layout: layout).panes
        drawList(&grid, state: state, context: context, rect: parts.list)
        drawDetail(&grid, state: state, context: context, rect: parts.detail)
        if let line = parts.searchLine { drawSearchLine(&grid, state: state, context: context, rect: line) }
    }

    /// How many quotes matched: the whole count once known, else those fetched so far and a
    /// plus while archives are still counting.
    static func matched(_ results: SearchResults) -> String {
        results.total.map { String($0) } ?? "\(results.count)+"
    }

    private static func drawList(_ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect) {
        let focused = state.quotes.focus == .list && !state.quotes.isEditing
        let total = context.corpus.count
        let matched = state.quotes.results.map(Self.matched) ?? "0"
        var title = state.quotes.appliedQuery.isEmpty ? "Quotes (\(total))" : "Quotes (\(matched) of \(total))"
        if state.quotes.order != .rank { title += " \(context.glyphs.separator) \(state.quotes.order.words)" }
        let inside = Chrome.box(
            &grid, rect, title: title, focused: focused || state.quotes.isEditing, glyphs: context.glyphs)
        guard inside.width > 2, inside.height > 0 else { return }
        guard let results = state.quotes.results, !results.isEmpty else {
            let message = state.quotes.results == nil ? "" : "No quotes match."
            grid.put(
                message, x: inside.x + 1, y: inside.y, width: inside.width - 1, role: .muted,
                ellipsis: context.glyphs.ellipsis)
            return
        }
        let glyphs = context.glyphs
        let width = inside.width - 1
        let entries = max(1, (inside.height + 1) / DashboardLayout.Quotes.rowsPerEntry)
        for slot in 0..<entries {
            let index = state.quotes.offset + slot
            guard index < results.count else { break }
            let entry = context.entry(results, at: index)
            let y = inside.y + slot * DashboardLayout.Quotes.rowsPerEntry
            // First row: who and when, and where an archive quote comes from.
            let unknown = entry.texts[.speaker].isEmpty
            var x = inside.x + 1
            x += grid.putLine(
                unknown ? "unknown speaker" : entry.texts[.speaker], x: x, y: y, width: width,
                role: unknown ? .muted : .heading,
                highlights: entry.match.ranges(in: .speaker), ellipsis: glyphs.ellipsis)
            var facts: [Segment] = []
            if let label = entry.partyLabel {
                facts += [Segment(" \(glyphs.separator) ", .muted), Segment(label, .party(entry.partySlot))]
            }
            facts.append(
                Segment(
                    " \(glyphs.separator) \(entry.date.day) \(entry.date.monthAbbreviation) \(entry.date.year)", .muted)
            )
            if entry.archiveQuote != nil { facts.append(Segment(" \(glyphs.separator) archive", .accent)) }
            if let note = context.notes.quote(entry.id) {
                if let flag = note.flag { facts.append(Segment(" [\(flag)]", .accent)) }
                if note.note != nil { facts.append(Segment(" \(glyphs.separator) note", .accent)) }
            }
            let room = inside.x + 1 + width - x
            StyledLine(facts).fitted(room, ellipsis: glyphs.ellipsis).draw(into: &grid, x: x, y: y, width: room)
            // Second row: the opening of the text, matches highlighted.
            if slot * DashboardLayout.Quotes.rowsPerEntry + 1 < inside.height {
                grid.putLine(
                    entry.texts[.text], x: inside.x + 3, y: y + 1, width: width - 3, role: .quote,
                    highlights: entry.match.ranges(in: .text), ellipsis: glyphs.ellipsis)
            }
            if index == state.quotes.selection {
                grid.placeCursor(x: inside.x + 1, y: y)
                let bar = Rect(
                    x: inside.x, y: y, width: inside.width,
                    height: min(DashboardLayout.Quotes.rowsPerEntry, inside.maxY - y))
                grid.restyle(bar, role: focused ? .selection : .selectionInactive, keeping: [.match, .matchCurrent])
            }
        }
        Chrome.moreMarker(&grid, count: state.quotes.offset, below: false, rect: rect, glyphs: glyphs)
        Chrome.moreMarker(
            &grid, count: max(0, results.count - state.quotes.offset - entries), below: true, rect: rect, glyphs: glyphs
        )
    }

    private static func drawDetail(_ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect) {
        let focused = state.quotes.focus == .detail
        let inside = Chrome.box(&grid, rect, title: "Quote", focused: focused, glyphs: context.glyphs)
        guard inside.width > 2, inside.height > 0, let results = state.quotes.results,
            state.quotes.selection < results.count
        else { return }
        let entry = context.entry(results, at: state.quotes.selection)
        // Reading the quote, the cursor is at its text.
        if focused { grid.placeCursor(x: inside.x + 1, y: inside.y) }
        let page = detail(entry, context: context, width: inside.width - 2, current: currentRange(state, entry: entry))
        var scroll = min(state.quotes.detailScroll, page.document.maximumScroll(height: inside.height))
        if let line = page.currentLine, line >= scroll + inside.height || line < scroll {
            scroll = max(0, line - inside.height / 2)
        }
        page.document.draw(
            into: &grid, rect: Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height),
            scroll: scroll)
        Chrome.moreMarker(
            &grid, count: max(0, page.document.lines.count - scroll - inside.height), below: true, rect: rect,
            glyphs: context.glyphs)
    }

    /// The range `n`/`N` last landed on, when it is in the selected quote.
    static func currentRange(_ state: AppState, entry: QuoteEntry) -> Range<Int>? {
        guard let cursor = state.quotes.matchCursor, cursor.result == state.quotes.selection else { return nil }
        let ranges = entry.match.ranges(in: .text)
        return cursor.range < ranges.count ? ranges[cursor.range] : nil
    }

    /// A quote in full: text, then speaker, party, date, engagement, cue and source; for an
    /// archive quote, how often it was quoted and which archive it came from.
    static func detail(_ entry: QuoteEntry, context: DashboardContext, width: Int, current: Range<Int>?) -> (
        document: Document, currentLine: Int?
    ) {
        // Results span the desk: each quote is read in the desk's combined dossier.
        let dossier = context.corpus.dossier
        let glyphs = context.glyphs
        let match = entry.match
        var page = Document(width: width)
        var currentLine: Int?
        let ellipses =
            entry.partial
            ? FragmentEllipsis.marks(for: entry.texts[.text], ellipsis: glyphs.ellipsis) : (before: "", after: "")
        let open = glyphs.openQuote + ellipses.before
        let close = ellipses.after + glyphs.closeQuote
        // The quote marks are added around the text, so ranges shift by the opening mark's length.
        let shift = open.count
        let body = HighlightedText.lines(
            open + entry.texts[.text] + close, width: width, role: .quote,
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
                let label =
                    offset == 0 ? TextWrap.padded(label, width: labelWidth) : String(repeating: " ", count: labelWidth)
                page.append(StyledLine([Segment(label, .heading)] + line.segments))
            }
        }
        field(
            "Speaker", entry.texts[.speaker].isEmpty ? "unknown (Quotebank gives none)" : entry.texts[.speaker],
            .speaker)
        field("Role", entry.texts[.role], .role)
        field("Party", entry.texts[.party], .party)
        field("Date", entry.date.heading, nil)
        if entry.dossierQuote != nil, let note = context.notes.quote(entry.id) {
            field("Your flag", note.flag ?? "", nil)
            field("Your note", note.note ?? "", nil)
        }
        if let quote = entry.dossierQuote {
            if let engagement = quote.engagement.flatMap(dossier.engagement) {
                field("Engagement", entry.texts[.engagement], .engagement)
                field("", [engagement.city, engagement.date.heading].compactMap { $0 }.joined(separator: ", "), nil)
            }
            field("Cue", entry.texts[.context], .context)
            if let source = dossier.source(quote.source) {
                field("Source", source.citation, nil)
                if let url = source.url { field("", url, nil) }
            }
            field("Issues", quote.issues.compactMap { dossier.issue($0)?.title }.joined(separator: ", "), nil)
            if let index = context.hasWeeks ? context.desk.weekIndex(ofQuote: quote.id) : nil {
                field("Week", TimelineReport.heading(of: index, in: context.desk), nil)
            }
        }
        if let quote = entry.archiveQuote {
            field("Source", quote.outlet ?? "no source URL", nil)
            if let url = quote.url { field("", url, nil) }
            field("Quoted", "in \(quote.occurrences) \(quote.occurrences == 1 ? "article" : "articles")", nil)
            field("Archive", "\(quote.archive) (quote \(quote.id))", nil)
            page.blank()
            page.paragraph(
                "From a quote archive: speaker and source as the archive attributes them, not checked by this dossier.",
                role: .muted)
        }
        if entry.partial {
            page.blank()
            page.paragraph("A fragment quoted inside a paraphrase.", role: .muted)
        }
        return (page, currentLine)
    }

    private static func drawSearchLine(_ grid: inout CellGrid, state: AppState, context: DashboardContext, rect: Rect) {
        grid.fill(rect, role: .text)
        let quotes = state.quotes
        let glyphs = context.glyphs
        var x = rect.x
        x += grid.put("/", x: x, y: rect.y, role: .statusKey)
        x += grid.put(
            quotes.query, x: x, y: rect.y, role: .text,
            clip: Rect(x: rect.x, y: rect.y, width: rect.width * 2 / 3, height: 1))
        if quotes.isEditing {
            grid.put(" ", x: x, y: rect.y, role: .selection)
            // While a search is typed, the cursor is where the next character goes.
            grid.placeCursor(x: min(x, rect.maxX - 1), y: rect.y)
        }
        let note: String
        let role: StyleRole
        if let error = quotes.error {
            note = "column \(error.column): \(error.message)"
            role = .warning
        } else if !quotes.appliedQuery.isEmpty, let results = quotes.results {
            var text = "\(Self.matched(results)) \(results.total == 1 ? "quote" : "quotes")"
            if let cursor = quotes.matchCursor {
                text = cursor.describe(results: results, context: context) + " \(glyphs.separator) " + text
            }
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
