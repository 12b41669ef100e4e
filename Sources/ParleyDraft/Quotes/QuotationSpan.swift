/// A quotation found in an article: one or more runs of quoted words, split when it runs over
/// several paragraphs or is interrupted by its attribution.
public struct QuotationSpan: Sendable, Hashable {
    /// One run of quoted words between an opening and a closing mark.
    public struct Piece: Sendable, Hashable {
        /// The words without their marks, as scalar offsets into the article's text.
        public var range: Range<Int>
        /// ArticleToken indices of the words inside the marks.
        public var tokens: Range<Int>
        /// ArticleToken index of the opening mark.
        public var opening: Int
        /// ArticleToken index of the closing mark; nil when the paragraph ended first.
        public var closing: Int?
    }

    public var pieces: [Piece]
    public var family: QuotationMark.Family
    /// The tokens between two pieces of one paragraph: the attribution that interrupted it.
    public var interruptions: [Range<Int>]

    /// The token index of the first opening mark.
    public var firstToken: Int { pieces[0].opening }

    /// The token index just past the quotation (its last closing mark, or its last word).
    public var endToken: Int {
        let last = pieces[pieces.count - 1]
        return (last.closing ?? (last.tokens.upperBound - 1)) + 1
    }

    /// The quoted words as the dossier holds them: the pieces joined by a space, each run of
    /// whitespace (a line break in wrapped text) as one space.
    public func text(in article: ArticleText) -> String {
        pieces.map { article.words(in: $0.range) }.joined(separator: " ")
    }
}
