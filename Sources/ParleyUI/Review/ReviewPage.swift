import ParleyModel

/// The article of the quotation shown, laid out for its pane: every drafted quotation in the
/// role of its decision, the one shown in the current role, speakers' mentions marked, and a
/// mark in the gutter where each quotation begins.
public struct ReviewPage: Hashable, Sendable {
    /// One line of the page, and the mark in its gutter.
    public struct Line: Hashable, Sendable {
        public var text: StyledLine
        public var mark: Segment?
    }

    public private(set) var lines: [Line] = []
    /// The line each of the article's quotations begins on.
    public private(set) var itemLines: [Int] = []
    /// The quotation shown, by its place among the article's.
    public let currentItem: Int?
    private let explicitScroll: Int?

    public init(state: ReviewState, glyphs: Glyphs = .unicode) {
        let width = ReviewLayout(size: state.size).articleText.width
        explicitScroll = state.scroll
        guard let current = state.session.current, width > 4 else {
            currentItem = nil
            return
        }
        currentItem = current.item
        let article = state.session.articles[current.article]
        if let title = article.title {
            lines += HighlightedText.lines(title, width: width, role: .heading).map { Line(text: $0) }
        }
        let about = [article.outlet, article.date?.description, article.file].compactMap { $0 }
            .joined(separator: " \(glyphs.separator) ")
        lines += HighlightedText.lines(about, width: width, role: .muted).map { Line(text: $0) }
        lines.append(Line(text: .blank))
        // The role of every character that has one of its own.
        var roles = [StyleRole?](repeating: nil, count: article.text.count)
        func paint(_ range: Range<Int>, _ role: StyleRole) {
            for index in range.clamped(to: 0..<roles.count) { roles[index] = role }
        }
        for (index, item) in article.items.enumerated() {
            let role: StyleRole =
                index == current.item
                ? .matchCurrent
                : item.decision == .accepted ? .quote : item.decision == .rejected ? .muted : .match
            for range in item.ranges { paint(range, role) }
        }
        for item in article.items {
            if let mention = item.mentionRange { paint(mention, .accent) }
        }
        let laid = HighlightedText.laidOut(article.text, width: width, role: .text) { roles[$0] }
        let first = lines.count
        lines += laid.map { Line(text: $0.line) }
        // Each quotation's mark goes on the line its first words are on.
        var lineStarts = laid.map(\.characters.lowerBound)
        if lineStarts.isEmpty { lineStarts = [0] }
        for (index, item) in article.items.enumerated() {
            let start = item.ranges.first?.lowerBound ?? 0
            var low = 0
            var high = lineStarts.count
            while low + 1 < high {
                let middle = (low + high) / 2
                if lineStarts[middle] <= start { low = middle } else { high = middle }
            }
            let line = first + low
            itemLines.append(line)
            let mark = Self.mark(for: item, isCurrent: index == current.item, glyphs: glyphs)
            // The quotation shown wins a shared line; then the one most in need of a look.
            if let existing = lines[line].mark, existing.text == glyphs.right { continue }
            if index == current.item || lines[line].mark == nil || mark.role == .warning { lines[line].mark = mark }
        }
    }

    /// The gutter mark for a quotation: ▶ shown, ! undecided and low confidence, · undecided,
    /// ✓ accepted, ✗ rejected.
    static func mark(for item: ReviewItem, isCurrent: Bool, glyphs: Glyphs) -> Segment {
        if isCurrent { return Segment(glyphs.right, .matchCurrent) }
        switch item.decision {
        case .pending: return item.confidence == .low ? Segment("!", .warning) : Segment(glyphs.none, .match)
        case .accepted: return Segment(glyphs.asciiOnly ? "+" : "✓", .quote)
        case .rejected: return Segment(glyphs.asciiOnly ? "x" : "✗", .muted)
        }
    }

    /// The first line shown in a pane `height` rows tall: where the reader scrolled, or else
    /// with the quotation shown a third of the way down.
    public func scroll(height: Int) -> Int {
        if let explicitScroll { return min(max(0, explicitScroll), maximumScroll(height: height)) }
        guard let currentItem, itemLines.indices.contains(currentItem) else { return 0 }
        return min(max(0, itemLines[currentItem] - height / 3), maximumScroll(height: height))
    }

    public func maximumScroll(height: Int) -> Int { max(0, lines.count - height) }
}
