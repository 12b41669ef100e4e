import ParleyModel

/// The dashboard in one column, for screen readers and braille displays (`--accessible`):
/// a heading, then one labelled item per line ("Quote 3 of 16: Wendy Sherman, 10 January: …"),
/// then the status line in words.
///
/// Nothing is drawn that only a sighted reader could use: no boxes, no columns side by side,
/// no glyph standing for a word (answers are "yes", "no"), no bar or spinner (progress in
/// percent, in steps of ten so the line does not chatter). The state and the keys are the
/// dashboard's own; only the frame differs. The cursor sits on the selected item.
public enum AccessibleView {
    /// One item: its words, whether it is the one selected, and, for a line being typed on,
    /// that the cursor goes at its end.
    struct Item {
        var text: String
        var role: StyleRole = .text
        var selected = false
        var typing = false
    }

    public static func render(_ state: AppState, context: DashboardContext, keymap: Keymap = .standard) -> CellGrid {
        // The keys wait below the dashboard's smallest size, so the frame says so as the panes do.
        guard !DashboardLayout(size: state.size).isTooSmall else {
            return tooSmall(state.size, asciiOnly: context.glyphs.asciiOnly, smallest: "40 by 12")
        }
        let items = overlay(state, context: context, keymap: keymap) ?? screen(state, context: context)
        let scrolled: Int?
        if case .meeting = state.screen, state.palette == nil, !state.showsHelp {
            scrolled = state.meeting.scroll
        } else {
            scrolled = nil
        }
        return frame(
            heading: heading(state, context: context), items: items,
            status: status(state, context: context, keymap: keymap), size: state.size,
            asciiOnly: context.glyphs.asciiOnly, top: scrolled)
    }

    /// "The terminal is too small", in words, for a frame below the smallest size.
    static func tooSmall(_ size: Size, asciiOnly: Bool, smallest: String) -> CellGrid {
        var grid = CellGrid(size: size, asciiOnly: asciiOnly)
        let words = "The terminal is too small, \(size.width) by \(size.height); \(smallest) at least. q quits."
        for (row, line) in TextWrap.lines(words, width: max(1, size.width)).prefix(size.height).enumerated() {
            _ = grid.put(line, x: 0, y: row, width: size.width, role: .warning, ellipsis: "")
        }
        grid.placeCursor(x: 0, y: 0)
        return grid
    }

    /// A frame of one column: the heading, the items wrapped to the width (later lines of an
    /// item indented, so one item reads as one), the status line; the cursor on the selected
    /// item, or at the end of the line being typed.
    ///
    /// - Parameter top: the first line shown; nil puts the selection a third of the way down.
    static func frame(heading: String, items: [Item], status: String, size: Size, asciiOnly: Bool, top scrolled: Int?)
        -> CellGrid
    {
        var grid = CellGrid(size: size, asciiOnly: asciiOnly)
        let width = size.width
        let height = size.height
        _ = grid.put(heading, x: 0, y: 0, width: width, role: .title, ellipsis: "...")
        var lines: [(text: String, role: StyleRole, item: Int)] = []
        for (index, item) in items.enumerated() {
            // Later lines are indented by two, so they are wrapped two narrower.
            let wrapped = TextWrap.lines(VisibleText.escaped(item.text), width: max(1, width - 2))
            for (offset, line) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                lines.append((offset == 0 ? line : "  " + line, item.selected ? .selection : item.role, index))
            }
        }
        let bodyHeight = height - 2
        let selectedItem = items.firstIndex(where: \.selected) ?? items.firstIndex(where: \.typing)
        let selectedLine = selectedItem.flatMap { item in lines.firstIndex { $0.item == item } }
        // The selection a third of the way down, so what follows it is in view.
        var top = scrolled ?? selectedLine.map { $0 - bodyHeight / 3 } ?? 0
        top = max(0, min(top, lines.count - bodyHeight))
        for (row, line) in lines.dropFirst(top).prefix(bodyHeight).enumerated() {
            _ = grid.put(line.text, x: 0, y: 1 + row, width: width, role: line.role, ellipsis: "")
        }
        if let selectedItem, let line = selectedLine, line >= top, line < top + bodyHeight {
            let item = items[selectedItem]
            let last = lines.lastIndex { $0.item == selectedItem } ?? line
            if item.typing, last < top + bodyHeight {
                grid.placeCursor(x: min(width - 1, DisplayWidth.of(lines[last].text)), y: 1 + last - top)
            } else {
                grid.placeCursor(x: 0, y: 1 + line - top)
            }
        } else {
            grid.placeCursor(x: 0, y: 1)
        }
        _ = grid.put(status, x: 0, y: height - 1, width: width, role: .status, ellipsis: "...")
        return grid
    }

    /// The first line: where one is, and in which week.
    static func heading(_ state: AppState, context: DashboardContext) -> String {
        let screen: String
        switch state.screen {
        case .home: screen = "Home"
        case let .meeting(id): screen = "Meeting: " + (context.dossier.engagement(id)?.title ?? id)
        case .quotes: screen = "Quotes"
        case .positions: screen = "Positions"
        case .timeline: screen = "Timeline"
        }
        let week = context.hasWeeks ? "Week \(context.week + 1) of \(context.desk.weeks.count): " : ""
        return "parley, \(screen). \(week)\(context.dossier.title)"
    }

    // MARK: the screens

    static func screen(_ state: AppState, context: DashboardContext) -> [Item] {
        switch state.screen {
        case .home: return home(state, context: context)
        case let .meeting(id): return meeting(id, context: context, width: state.size.width)
        case .quotes: return quotes(state, context: context)
        case .positions: return positions(state, context: context)
        case .timeline: return timeline(state, context: context)
        }
    }

    static func home(_ state: AppState, context: DashboardContext) -> [Item] {
        let dossier = context.dossier
        let focus = state.home.focus
        var items: [Item] = []
        let engagements = dossier.engagements
        items.append(Item(text: "Engagements, \(engagements.count):", role: .heading))
        for (index, engagement) in engagements.enumerated() {
            var text = "Engagement \(index + 1) of \(engagements.count): \(engagement.title). \(when(engagement))"
            if let city = engagement.city { text += ", \(city)" }
            text += ". " + engagement.status.rawValue.capitalized + "."
            if let outcome = engagement.outcome { text += " Outcome: \(outcome)" }
            items.append(Item(text: text, selected: focus == .engagements && index == state.home.engagement))
        }
        let quotes = context.quotesByDate
        items.append(Item(text: "Key quotes, \(quotes.count):", role: .heading))
        for (index, quote) in quotes.enumerated() {
            items.append(
                Item(
                    text: "Quote \(index + 1) of \(quotes.count): " + said(quote, context: context),
                    selected: focus == .quotes && index == state.home.quote))
        }
        let matrix = context.matrix
        items.append(Item(text: "Positions, \(matrix.rows.count) issues:", role: .heading))
        for (index, row) in matrix.rows.enumerated() {
            let stances = zip(matrix.parties, row.stances).map { party, stance in
                "\(party.name): \(answer(stance))"
            }
            items.append(
                Item(
                    text: "Issue \(index + 1) of \(matrix.rows.count): \(row.issue.title). "
                        + stances.joined(separator: "; ")
                        + ".",
                    selected: focus == .positions && index == state.home.issue))
        }
        return items
    }

    static func meeting(_ id: String, context: DashboardContext, width: Int) -> [Item] {
        guard let engagement = context.dossier.engagement(id) else { return [Item(text: "no engagement \(id)")] }
        // Laid out unwrapped, a paragraph or a field to a line: the view wraps each as one item.
        let page = MeetingPage.lines(engagement, context: context, width: unwrapped).page
        var items = page.lines.map(item)
        if !items.isEmpty { items[0].selected = true }
        return items
    }

    static func quotes(_ state: AppState, context: DashboardContext) -> [Item] {
        let quotes = state.quotes
        var items: [Item] = []
        if quotes.isEditing {
            items.append(Item(text: "Search, typing: \(quotes.query)", role: .heading, typing: true))
        } else {
            items.append(
                Item(
                    text: "Search: " + (quotes.appliedQuery.isEmpty ? "every quote" : quotes.appliedQuery),
                    role: .heading))
        }
        if let error = quotes.error {
            items.append(Item(text: "The search does not read: \(error)", role: .warning))
        }
        guard let results = quotes.results else {
            items.append(Item(text: "Searching.", role: .muted))
            return items
        }
        let count = results.count
        items.append(Item(text: "\(count) \(count == 1 ? "quote" : "quotes"), \(quotes.order.words):", role: .heading))
        if quotes.focus == .detail, quotes.selection < count {
            let entry = context.entry(results, at: quotes.selection)
            let detail = QuotesView.detail(entry, context: context, width: unwrapped, current: nil).document
            items.append(Item(text: "Quote \(quotes.selection + 1) of \(count), in full:", selected: !quotes.isEditing))
            items += detail.lines.map(item)
            return items
        }
        // A window around the selection: an archive's results can run to millions.
        let first = max(0, quotes.selection - 40)
        if first > 0 { items.append(Item(text: "\(first) quotes before these.", role: .muted)) }
        for position in first..<min(count, first + 120) {
            let entry = context.entry(results, at: position)
            var text = "Quote \(position + 1) of \(count): \(entry.texts[.speaker])"
            if let party = entry.partyLabel { text += ", \(party)" }
            text +=
                ", \(entry.date.longText): \(context.glyphs.openQuote)\(entry.texts[.text])\(context.glyphs.closeQuote)"
            if entry.archiveQuote != nil { text += " (from an archive)" }
            items.append(Item(text: text, selected: !quotes.isEditing && position == quotes.selection))
        }
        if count > first + 120 { items.append(Item(text: "\(count - first - 120) quotes after these.", role: .muted)) }
        return items
    }

    static func positions(_ state: AppState, context: DashboardContext) -> [Item] {
        let dossier = context.dossier
        if state.positions.showsAgreement {
            let lines = AgreementReport.render(dossier, width: 40).split(separator: "\n").map(String.init)
            var items = lines.map { Item(text: $0) }
            if !items.isEmpty { items[0].selected = true }
            return items
        }
        let parties = context.shownParties(state).map { dossier.parties[$0] }
        var items = [Item(text: "Positions of " + parties.map(\.name).joined(separator: " and ") + ":", role: .heading)]
        let matrix = context.matrix
        for (index, row) in matrix.rows.enumerated() {
            var text = "Issue \(index + 1) of \(matrix.rows.count): \(row.issue.title)."
            if let question = row.issue.question { text += " Question: \(question)" }
            for party in parties {
                guard let column = matrix.parties.firstIndex(where: { $0.id == party.id }) else { continue }
                let stance = row.stances[column]
                text += " \(party.name): \(answer(stance))."
                if let words = stance?.current.stance, !words.isEmpty { text += " " + sentence(words) }
            }
            items.append(Item(text: text, selected: index == state.positions.issue))
        }
        return items
    }

    static func timeline(_ state: AppState, context: DashboardContext) -> [Item] {
        let entries = context.timeline
        var items = [Item(text: "Timeline, \(entries.count) engagements, oldest first:", role: .heading)]
        for (index, entry) in entries.enumerated() {
            let facts = entry.facts(in: context.desk).joined(separator: ", ")
            items.append(
                Item(
                    text:
                        "Engagement \(index + 1) of \(entries.count): \(entry.engagement.date.heading), week \(entry.week): "
                        + "\(entry.engagement.title). \(facts).",
                    selected: index == state.timeline.selection))
        }
        return items
    }

    // MARK: what opens over a screen

    /// Help, the palette, the picker or the flag and note line, in place of the screen.
    static func overlay(_ state: AppState, context: DashboardContext, keymap: Keymap) -> [Item]? {
        if state.showsHelp {
            var items = [Item(text: "Keys. Esc or ? closes this list.", role: .heading, selected: true)]
            for section in keymap.helpSections(for: state, weeks: context.hasWeeks) {
                items.append(Item(text: section.title + ":", role: .heading))
                for binding in section.bindings where !binding.keys.isEmpty {
                    items.append(Item(text: keyWords(binding.keys) + ": " + binding.help))
                }
            }
            return items
        }
        if let palette = state.palette {
            let rows = PaletteRows.rows(palette, context: context, saved: state.quotes.saved)
            var items = [Item(text: "Commands, typing: :" + palette.text, role: .heading, typing: true)]
            items.append(Item(text: rows.isEmpty ? "Nothing answers to that." : "\(rows.count) rows:", role: .muted))
            for (index, row) in rows.enumerated() {
                let keys = row.keys.isEmpty ? "" : ", keys \(row.keys)"
                items.append(Item(text: "Row \(index + 1) of \(rows.count): \(row.title)\(keys): \(row.help)"))
            }
            if !rows.isEmpty {
                let chosen = min(palette.selection, rows.count - 1)
                items[2 + chosen].text += " (chosen)"
            }
            return items
        }
        if let editor = state.noting {
            switch editor.kind {
            case .flag:
                var items = [Item(text: "Flag the quote: choose with Up and Down, or type one.", role: .heading)]
                for (index, flag) in editor.choices.enumerated() {
                    let words = flag.isEmpty ? "no flag (take it off)" : flag
                    items.append(
                        Item(
                            text: "Flag \(index + 1) of \(editor.choices.count): \(words)",
                            selected: editor.text.isEmpty && index == editor.selection))
                }
                items.append(Item(text: "Typed: " + editor.text, typing: !editor.text.isEmpty))
                return items
            case .note:
                return [
                    Item(text: "Your note, typing; Enter keeps it, empty takes it off: " + editor.text, typing: true)
                ]
            }
        }
        if let picker = state.collecting {
            let dossier = context.dossier
            switch picker.stage {
            case .engagement:
                let engagements = CollectPicker.engagements(dossier)
                var items = [Item(text: "Which engagement was it said at?", role: .heading)]
                items.append(Item(text: "Choice 1 of \(engagements.count + 1): none", selected: picker.cursor == 0))
                for (index, engagement) in engagements.enumerated() {
                    items.append(
                        Item(
                            text:
                                "Choice \(index + 2) of \(engagements.count + 1): \(engagement.title), \(when(engagement))",
                            selected: picker.cursor == index + 1))
                }
                return items
            case .issues:
                var items = [Item(text: "Which issues is it about? Space marks, Enter keeps.", role: .heading)]
                for (index, issue) in dossier.issues.enumerated() {
                    let marked = picker.request.issues.contains(issue.id) ? "marked" : "not marked"
                    items.append(
                        Item(
                            text: "Issue \(index + 1) of \(dossier.issues.count): \(issue.title), \(marked)",
                            selected: picker.cursor == index))
                }
                return items
            }
        }
        return nil
    }

    // MARK: words

    /// A width no paragraph reaches, so a document's paragraphs and fields come a line each.
    static let unwrapped = 100_000

    /// A document's line as one item: a field's label and value joined by a colon.
    static func item(_ line: StyledLine) -> Item {
        let segments = line.segments
        guard segments.count > 1, segments[0].role == .heading else {
            return Item(text: segments.map(\.text).joined(), role: segments.first?.role ?? .text)
        }
        let label = segments[0].text.trimmingCharacters(in: .whitespaces)
        let value = segments.dropFirst().map(\.text).joined()
        return Item(text: label.isEmpty ? value : label + ": " + value)
    }

    /// Words ending as a sentence does.
    static func sentence(_ words: String) -> String {
        guard let last = words.last, !".!?".contains(last) else { return words }
        return words + "."
    }

    /// The status line in words: the notice, a problem, progress in percent, or the keys.
    static func status(_ state: AppState, context: DashboardContext, keymap: Keymap) -> String {
        if let notice = state.notice { return (notice.isWarning ? "Warning: " : "") + notice.text }
        if let problem = state.reloadProblem { return "Warning: \(problem); showing the last version that loaded" }
        if let loading = state.loading {
            let name = String(loading.file.split(separator: "/").last ?? Substring(loading.file))
            guard let fraction = loading.progress.fraction else { return "\(loading.action) \(name)" }
            // Steps of ten, so a screen reader is not read a new number every moment.
            return "\(loading.action) \(name): \(Int(fraction * 10) * 10) percent"
        }
        let (hints, _) = DashboardView.statusHints(state, context: context, keymap: keymap)
        return "Keys: " + hints.map { "\(keyWords(label: $0.keys)) \($0.what)" }.joined(separator: ", ")
    }

    /// A party's answer in words, with whether it moved during the week.
    static func answer(_ stance: PositionComparison.PartyStance?) -> String {
        guard let stance else { return "no stance recorded" }
        let words: String
        switch stance.current.answer {
        case .yes: words = "yes"
        case .no: words = "no"
        case .qualified: words = "qualified, only on conditions"
        case .unclear: words = "unclear"
        case nil: words = "a stance, no answer"
        }
        return words + (stance.moved ? ", moved during the week" : "")
    }

    /// "Monday 10 January 2022", with the end day of a longer engagement.
    static func when(_ engagement: Engagement) -> String {
        var text = engagement.date.heading
        if let end = engagement.end, end != engagement.date { text += " to " + end.heading }
        return text
    }

    /// Who said what and when, as one sentence's start.
    static func said(_ quote: Quote, context: DashboardContext) -> String {
        let speaker = context.dossier.speaker(quote.speaker)
        let party = speaker.party.map { ", \($0.label)" } ?? ""
        return
            "\(speaker.name)\(party), \(quote.date.longText): \(context.glyphs.openQuote)\(quote.text)\(context.glyphs.closeQuote)"
    }

    /// Keys in words: "Up or k" rather than "k ↑".
    static func keyWords(_ keys: [KeyEvent]) -> String {
        keys.map { keyWords(label: $0.label) }.joined(separator: " or ")
    }

    static func keyWords(label: String) -> String {
        label.replacingOccurrences(of: "↑↓", with: "Up Down").replacingOccurrences(of: "←→", with: "Left Right")
            .replacingOccurrences(of: "↑", with: "Up").replacingOccurrences(of: "↓", with: "Down")
            .replacingOccurrences(of: "←", with: "Left").replacingOccurrences(of: "→", with: "Right")
    }
}
