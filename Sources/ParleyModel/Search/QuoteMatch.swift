/// One quote that matched a search, with its rank and the character ranges to highlight.
public struct QuoteMatch: Hashable, Sendable {
    /// Position of the quote in the searched list.
    public var index: Int
    /// Higher is better; only the order matters.
    public var score: Int
    /// Character (grapheme) ranges in each field's text that matched, sorted and merged.
    public var highlights: [QuoteField: [Range<Int>]]

    public init(index: Int, score: Int, highlights: [QuoteField: [Range<Int>]] = [:]) {
        self.index = index
        self.score = score
        self.highlights = highlights
    }

    /// The ranges to highlight in one field, in order.
    public func ranges(in field: QuoteField) -> [Range<Int>] { highlights[field] ?? [] }
}
