import ParleyModel

/// Draws the review screen: the article with its drafted quotations on the left, the one
/// shown on the right with everything the draft says of it, and the keys below.
public enum ReviewView {
    /// The frame for `state`, as the terminal shows it.
    public static func render(_ state: ReviewState, glyphs: Glyphs, keymap: ReviewKeymap = .standard) -> CellGrid {
        var grid = CellGrid(size: state.size, asciiOnly: glyphs.asciiOnly)
        let layout = ReviewLayout(size: state.size)
        guard !layout.isTooSmall else {
            DashboardView.drawTooSmall(&grid, size: state.size, needed: ReviewLayout.minimum)
            return grid
        }
        titleBar(&grid, state: state, glyphs: glyphs)
        article(&grid, state: state, layout: layout, glyphs: glyphs)
        let inside = Chrome.box(&grid, layout.detail, title: detailTitle(state), focused: true, glyphs: glyphs)
        switch state.mode {
        case let .choosingSpeaker(picker): speakerPicker(&grid, picker, rect: inside, glyphs: glyphs)
        default: detail(&grid, state: state, rect: inside, glyphs: glyphs)
        }
        if state.showsHelp { help(&grid, keymap: keymap, layout: layout, glyphs: glyphs) }
        statusLine(&grid, state: state, layout: layout, keymap: keymap)
        return grid
    }

    private static func titleBar(_ grid: inout CellGrid, state: ReviewState, glyphs: Glyphs) {
        grid.fill(Rect(x: 0, y: 0, width: state.size.width, height: 1), role: .titleBar)
        let counts = state.session.counts
        // The counts first: a long path is what is cut short.
        var parts = ["parley review", "\(counts.pending) to review"]
        parts.append(
            "\(counts.accepted) accepted" + (counts.unwritten > 0 ? " (\(counts.unwritten) to write)" : ""))
        parts.append("\(counts.rejected) rejected")
        parts.append(VisibleText.escaped(state.file))
        grid.put(
            " " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 0, width: state.size.width,
            role: .titleBar, ellipsis: glyphs.ellipsis)
    }

    private static func article(_ grid: inout CellGrid, state: ReviewState, layout: ReviewLayout, glyphs: Glyphs) {
        let articles = state.session.articles
        let title =
            state.session.current.map { current in
                let name = VisibleText.escaped(articles[current.article].file)
                return articles.count > 1 ? "Article \(current.article + 1) of \(articles.count): \(name)" : name
            } ?? "Article"
        Chrome.box(&grid, layout.article, title: title, focused: false, glyphs: glyphs)
        let text = layout.articleText
        let page = ReviewPage(state: state, glyphs: glyphs)
        let scroll = page.scroll(height: text.height)
        for row in 0..<text.height {
            let index = scroll + row
            guard index < page.lines.count else { break }
            let line = page.lines[index]
            // The cursor at the quotation shown, where its line begins.
            if line.mark?.role == .matchCurrent { grid.placeCursor(x: text.x - ReviewLayout.gutter, y: text.y + row) }
            if let mark = line.mark {
                grid.put(mark.text, x: text.x - ReviewLayout.gutter, y: text.y + row, role: mark.role)
            }
            line.text.draw(into: &grid, x: text.x, y: text.y + row, width: text.width)
        }
        let inside = layout.article.inset(by: 1)
        Chrome.moreMarker(&grid, count: scroll, below: false, rect: layout.article, glyphs: glyphs)
        Chrome.moreMarker(
            &grid, count: max(0, page.lines.count - scroll - inside.height), below: true, rect: layout.article,
            glyphs: glyphs)
    }

    private static func detailTitle(_ state: ReviewState) -> String {
        if case .choosingSpeaker = state.mode { return "Who said it?" }
        let all = state.session.places
        guard let current = state.session.current, let index = all.firstIndex(of: current) else { return "Quotation" }
        return "Quotation \(index + 1) of \(all.count)"
    }

    private static func detail(_ grid: inout CellGrid, state: ReviewState, rect: Rect, glyphs: Glyphs) {
        guard let item = state.session.currentItem else {
            grid.put(
                "No quotation was found in the articles.", x: rect.x, y: rect.y, width: rect.width, role: .muted,
                ellipsis: glyphs.ellipsis)
            return
        }
        var page = Document(width: rect.width)
        if case let .typingDate(text) = state.mode {
            page.append(StyledLine([Segment("Date (YYYY-MM-DD) ", .heading), Segment(text + "_", .selection)]))
            page.blank()
        }
        page.append(StyledLine([decisionWords(item)]))
        let sureness = "\(item.confidence.rawValue) confidence: \(item.reason)"
        page.paragraph(sureness, role: item.confidence == .low ? .warning : .muted)
        page.blank()
        page.paragraph(glyphs.openQuote + item.text + glyphs.closeQuote, role: .quote)
        if item.pieces.count > 1 {
            page.blank()
            page.paragraph("Joined from \(item.pieces.count) pieces (S splits):", role: .muted)
            for piece in item.pieces { page.paragraph(glyphs.none + " " + piece, role: .text, indent: 2) }
        }
        page.blank()
        page.field(
            "Speaker", item.speaker ?? "nobody named (s chooses)", labelWidth: 9,
            role: item.speaker == nil ? .warning : .text)
        page.field("Role", item.role, labelWidth: 9)
        page.field("Mention", item.mention.map { glyphs.openQuote + $0 + glyphs.closeQuote }, labelWidth: 9)
        page.field("Cue", item.cue, labelWidth: 9)
        page.field("Date", item.date.description, labelWidth: 9)
        if let unsettled = item.unsettledDate {
            page.field("", "stands in: \(unsettled) (d sets it)", labelWidth: 9, role: .warning)
        }
        page.field("Partial", item.partial ? "yes, a fragment inside a paraphrase" : "no", labelWidth: 9)
        page.draw(into: &grid, rect: rect, scroll: 0)
    }

    static func decisionWords(_ item: ReviewItem) -> Segment {
        if item.isWritten, item.decision == .rejected {
            return Segment("rejected: taken out of the dossier at the next write (a keeps it)", .warning)
        }
        if item.isWritten, item.isPending {
            return Segment("to review: in the dossier as drafted (a keeps it, x takes it out)", .accent)
        }
        if item.isWritten { return Segment("in the dossier (x takes it out)", .quote) }
        switch item.decision {
        case .pending: return Segment("to review", .accent)
        case .accepted: return Segment("accepted, not written yet", .quote)
        case .rejected: return Segment("rejected", .muted)
        }
    }

    private static func speakerPicker(_ grid: inout CellGrid, _ picker: SpeakerPicker, rect: Rect, glyphs: Glyphs) {
        grid.put("Name ", x: rect.x, y: rect.y, role: .heading)
        grid.put(
            picker.typed + "_", x: rect.x + 5, y: rect.y, width: rect.width - 5, role: .selection,
            ellipsis: glyphs.ellipsis)
        let choices = picker.choices
        let rows = max(0, rect.height - 2)
        let first = min(max(0, picker.selection - rows + 1), max(0, choices.count - rows))
        for (row, index) in (first..<min(choices.count, first + rows)).enumerated() {
            let person = choices[index]
            let isNew = index == choices.count - 1 && !picker.typed.isEmpty && !picker.people.contains(person)
            let words = person.name + (isNew ? " (a new name)" : person.role.map { " \(glyphs.dash) \($0)" } ?? "")
            let selected = index == picker.selection
            let y = rect.y + 2 + row
            if selected {
                grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection)
                grid.placeCursor(x: rect.x, y: y)
            }
            grid.put(
                (selected ? glyphs.right : " ") + " " + words, x: rect.x, y: y, width: rect.width,
                role: selected ? .selection : .text, ellipsis: glyphs.ellipsis)
        }
        if choices.isEmpty {
            grid.put(
                "Type the speaker's name.", x: rect.x, y: rect.y + 2, width: rect.width, role: .muted,
                ellipsis: glyphs.ellipsis)
        }
    }

    private static func help(_ grid: inout CellGrid, keymap: ReviewKeymap, layout: ReviewLayout, glyphs: Glyphs) {
        let bindings = keymap.reviewing
        let keyWidth = bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
        let width = min(layout.size.width - 4, 64)
        let height = min(layout.size.height - 2, bindings.count + 2)
        let rect = Rect(x: (layout.size.width - width) / 2, y: 1, width: width, height: height)
        grid.fill(rect, role: .text)
        let inside = Chrome.box(&grid, rect, title: "Review keys (? or Esc closes)", focused: true, glyphs: glyphs)
        for (row, binding) in bindings.prefix(inside.height).enumerated() {
            grid.put(
                TextWrap.padded(binding.label, width: keyWidth), x: inside.x + 1, y: inside.y + row, role: .statusKey)
            grid.put(
                binding.help, x: inside.x + keyWidth + 3, y: inside.y + row, width: inside.width - keyWidth - 3,
                role: .text, ellipsis: glyphs.ellipsis)
        }
    }

    private static func statusLine(
        _ grid: inout CellGrid, state: ReviewState, layout: ReviewLayout, keymap: ReviewKeymap
    ) {
        let hints = keymap.bindings(in: state).compactMap { binding in
            binding.hint.map { (keys: binding.keys.first?.label ?? "", what: $0) }
        }
        if let notice = state.notice {
            Chrome.statusLine(
                &grid, layout: layout.dashboard, hints: [], note: VisibleText.escaped(notice.text),
                noteRole: notice.isWarning ? .warning : .status)
            return
        }
        var note = ""
        if case .confirmingQuit = state.mode {
            note = "\(ReviewReducer.count(state.session.counts.unwritten, "change")) not written"
        }
        Chrome.statusLine(&grid, layout: layout.dashboard, hints: hints, note: note, noteRole: .warning)
    }
}
