import ParleyModel

/// One engagement as a card on the home screen: the essentials, most important first.
enum EngagementCard {
    /// The card's border title: "Mon 10 Jan · Geneva", or "10 Jan · Geneva" when that is too wide.
    static func title(_ engagement: Engagement, glyphs: Glyphs, width: Int) -> String {
        func text(weekday: Bool) -> String {
            var text = (weekday ? "\(engagement.date.weekdayAbbreviation) " : "") + "\(engagement.date.day) \(engagement.date.monthAbbreviation)"
            if let end = engagement.end, end != engagement.date { text += "\(glyphs.dash)\(end.day) \(end.monthAbbreviation)" }
            if let city = engagement.city { text += " \(glyphs.separator) \(city)" }
            return text
        }
        let full = text(weekday: true)
        return DisplayWidth.of(full) <= width ? full : text(weekday: false)
    }

    /// A part of the card, with how many of its lines it can live with.
    private struct Block {
        var lines: [StyledLine]
        /// Fewer lines than this and the block is left out (an outcome cut to one line says little).
        var minimum: Int
        /// Lower is more important; blocks are admitted in this order but shown in card order.
        var priority: Int
        /// The last line stays when the block is cut (the speaker under a quote).
        var keepsLast = false
    }

    /// The card's lines for an inside `width` columns wide, at most `height` of them.
    static func lines(_ engagement: Engagement, context: DashboardContext, width: Int, height: Int) -> [StyledLine] {
        guard width > 0, height > 0 else { return [] }
        let dossier = context.dossier
        let glyphs = context.glyphs
        func wrap(_ text: String, _ role: StyleRole) -> [StyledLine] { HighlightedText.lines(text, width: width, role: role) }
        var blocks: [Block] = []
        blocks.append(Block(lines: wrap(engagement.title, .title), minimum: 1, priority: 0))
        if engagement.status != .held {
            blocks.append(Block(lines: [StyledLine(engagement.status.rawValue.uppercased(), .warning)], minimum: 1, priority: 1))
        }
        if let venue = engagement.venue { blocks.append(Block(lines: wrap(venue, .muted), minimum: 1, priority: 5)) }
        if let format = engagement.format { blocks.append(Block(lines: wrap(format, .text), minimum: 1, priority: 3)) }
        if let chair = engagement.chair.flatMap(dossier.person) {
            blocks.append(Block(lines: [StyledLine([Segment("Chair ", .heading), Segment(chair.name)])], minimum: 1, priority: 6))
        }
        let heads = engagement.delegations.compactMap { delegation -> StyledLine? in
            guard let head = delegation.people.first.flatMap(dossier.person) else { return nil }
            let partyIndex = dossier.parties.firstIndex { $0.id == delegation.party } ?? 0
            let label = dossier.party(delegation.party)?.label ?? delegation.party
            return StyledLine([Segment(label, .party(partyIndex)), Segment(" " + head.name)])
        }
        if !heads.isEmpty { blocks.append(Block(lines: heads, minimum: min(heads.count, 3), priority: 2)) }
        if let duration = engagement.duration {
            blocks.append(Block(lines: [StyledLine([Segment("Length ", .heading), Segment(duration)])], minimum: 1, priority: 7))
        }
        if let outcome = engagement.outcome {
            blocks.append(Block(lines: [StyledLine("Outcome", .heading)] + wrap(outcome, .text), minimum: 3, priority: 4))
        }
        if let summary = engagement.summary {
            // Only large cards have room for the summary; it is the first thing left out.
            blocks.append(Block(lines: [.blank, StyledLine("Summary", .heading)] + wrap(summary, .text), minimum: 4, priority: 9))
        }
        if let quote = dossier.quotes(at: engagement.id).first {
            let speaker = StyledLine(glyphs.dash + " " + dossier.speaker(quote.speaker).name, .muted)
            let text = wrap(glyphs.openQuote + quote.text + glyphs.closeQuote, .quote)
            blocks.append(Block(lines: [.blank] + text + [speaker], minimum: 3, priority: 8, keepsLast: true))
        }

        // Admit blocks by importance while they fit, then let the admitted ones grow into what is left.
        var room = height
        var granted = Array(repeating: 0, count: blocks.count)
        for index in blocks.indices.sorted(by: { blocks[$0].priority < blocks[$1].priority }) {
            let block = blocks[index]
            let want = min(block.lines.count, block.priority == 0 ? 2 : block.minimum)
            guard want <= room, want >= min(block.minimum, block.lines.count) else { continue }
            granted[index] = want
            room -= want
        }
        for index in blocks.indices.sorted(by: { blocks[$0].priority < blocks[$1].priority }) where granted[index] > 0 {
            let extra = min(room, blocks[index].lines.count - granted[index])
            granted[index] += extra
            room -= extra
        }
        var lines: [StyledLine] = []
        for (index, block) in blocks.enumerated() where granted[index] > 0 {
            lines += cut(block, to: granted[index], ellipsis: glyphs.ellipsis, width: width)
        }
        return lines.map { $0.fitted(width, ellipsis: glyphs.ellipsis) }
    }

    /// A block cut to `count` lines, the last shown line marked with an ellipsis when text was left out.
    private static func cut(_ block: Block, to count: Int, ellipsis: String, width: Int) -> [StyledLine] {
        guard block.lines.count > count else { return block.lines }
        var kept = Array(block.lines.prefix(block.keepsLast ? count - 1 : count))
        if let last = kept.popLast() {
            let needsRoom = last.width + DisplayWidth.of(ellipsis) > width
            let marked = needsRoom ? last.fitted(last.width - 1, ellipsis: ellipsis) : StyledLine(last.segments + [Segment(ellipsis, last.segments.last?.role ?? .text)])
            kept.append(marked)
        }
        if block.keepsLast, let final = block.lines.last { kept.append(final) }
        return kept
    }
}
