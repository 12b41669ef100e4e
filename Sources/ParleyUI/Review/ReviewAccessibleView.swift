import ParleyModel

/// The review screen in one column, for screen readers and braille displays (`parley review
/// --accessible`): the quotation shown, its details as labelled lines, and the article's
/// paragraph it stands in, in place of the two panes side by side. The keys are the review's.
public enum ReviewAccessibleView {
    typealias Item = AccessibleView.Item

    public static func render(_ state: ReviewState, glyphs: Glyphs, keymap: ReviewKeymap = .standard) -> CellGrid {
        guard !ReviewLayout(size: state.size).isTooSmall else {
            return AccessibleView.tooSmall(state.size, asciiOnly: glyphs.asciiOnly, smallest: "60 by 12")
        }
        let counts = state.session.counts
        let heading =
            "parley review. \(counts.pending) to review, \(counts.accepted) accepted, \(counts.rejected) rejected; "
            + "\(VisibleText.escaped(state.file))"
        return AccessibleView.frame(
            heading: heading, items: items(state, glyphs: glyphs, keymap: keymap),
            status: status(state, keymap: keymap),
            size: state.size, asciiOnly: glyphs.asciiOnly, top: nil)
    }

    static func items(_ state: ReviewState, glyphs: Glyphs, keymap: ReviewKeymap) -> [Item] {
        if state.showsHelp {
            var items = [Item(text: "Review keys. Esc or ? closes this list.", role: .heading, selected: true)]
            for binding in keymap.reviewing where !binding.keys.isEmpty {
                items.append(Item(text: AccessibleView.keyWords(binding.keys) + ": " + binding.help))
            }
            return items
        }
        guard let current = state.session.current, let item = state.session.currentItem else {
            return [Item(text: "No quotation was found in the articles.", selected: true)]
        }
        let all = state.session.places
        let number = (all.firstIndex(of: current) ?? 0) + 1
        var items: [Item] = []
        switch state.mode {
        case let .choosingSpeaker(picker):
            items.append(Item(text: "Who said it? Name, typing: " + picker.typed, role: .heading, typing: true))
            let choices = picker.choices
            for (index, person) in choices.enumerated() {
                let isNew = index == choices.count - 1 && !picker.typed.isEmpty && !picker.people.contains(person)
                let words = person.name + (isNew ? ", a new name" : person.role.map { ", \($0)" } ?? "")
                items.append(
                    Item(text: "Choice \(index + 1) of \(choices.count): \(words)", selected: index == picker.selection)
                )
            }
            if choices.isEmpty { items.append(Item(text: "Type the speaker's name.", role: .muted)) }
            return items
        case let .typingDate(text):
            items.append(Item(text: "Date, typing, as YYYY-MM-DD: " + text, role: .heading, typing: true))
        case .confirmingQuit:
            items.append(
                Item(
                    text: "\(ReviewReducer.count(state.session.counts.unwritten, "change")) not written. "
                        + "w writes them and quits, q quits without, Esc goes on reviewing.",
                    role: .warning, selected: true))
        case .reviewing:
            break
        }
        let decided = ReviewView.decisionWords(item).text
        items.append(
            Item(
                text:
                    "Quotation \(number) of \(all.count): \(decided). \(item.confidence.rawValue.capitalized) confidence: \(item.reason).",
                role: .heading, selected: state.mode == .reviewing))
        items.append(Item(text: glyphs.openQuote + item.text + glyphs.closeQuote, role: .quote))
        if item.pieces.count > 1 {
            items.append(Item(text: "Joined from \(item.pieces.count) pieces (S splits):", role: .muted))
            for (index, piece) in item.pieces.enumerated() {
                items.append(Item(text: "Piece \(index + 1): \(piece)"))
            }
        }
        items.append(
            Item(
                text: "Speaker: " + (item.speaker ?? "nobody named (s chooses)"),
                role: item.speaker == nil ? .warning : .text))
        if let role = item.role { items.append(Item(text: "Role: " + role)) }
        if let mention = item.mention {
            items.append(Item(text: "Mention: " + glyphs.openQuote + mention + glyphs.closeQuote))
        }
        if let cue = item.cue { items.append(Item(text: "Cue: " + cue)) }
        items.append(
            Item(
                text: "Date: " + item.date.description
                    + (item.unsettledDate.map { ", standing in: \($0) (d sets it)" } ?? "")))
        items.append(Item(text: "Partial: " + (item.partial ? "yes, a fragment inside a paraphrase" : "no")))
        let article = state.session.articles[current.article]
        if let paragraph = paragraph(of: item, in: article.text) {
            items.append(Item(text: "In the article (\(VisibleText.escaped(article.file))):", role: .muted))
            items.append(Item(text: paragraph))
        }
        return items
    }

    /// The article's paragraph the quotation begins in, its lines joined: what the reviewer
    /// reads the attribution against.
    static func paragraph(of item: ReviewItem, in text: String) -> String? {
        guard let start = item.ranges.first?.lowerBound else { return nil }
        let characters = Array(text)
        guard start < characters.count else { return nil }
        // A paragraph ends at a line that holds nothing but spaces.
        func isBreak(_ index: Int) -> Bool {
            guard characters[index] == "\n" || characters[index] == "\r\n" else { return false }
            var next = index + 1
            while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
            return next < characters.count && (characters[next] == "\n" || characters[next] == "\r\n")
        }
        var first = start
        while first > 0, !isBreak(first - 1) { first -= 1 }
        var last = start
        while last < characters.count, !isBreak(last) { last += 1 }
        let words = String(characters[first..<last]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    /// The status line in words: the notice, or the keys of the mode.
    static func status(_ state: ReviewState, keymap: ReviewKeymap) -> String {
        if let notice = state.notice { return (notice.isWarning ? "Warning: " : "") + notice.text }
        let hints = keymap.bindings(in: state).compactMap { binding in
            binding.hint.map { "\(AccessibleView.keyWords(label: binding.keys.first?.label ?? "")) \($0)" }
        }
        return "Keys: " + hints.joined(separator: ", ")
    }
}
