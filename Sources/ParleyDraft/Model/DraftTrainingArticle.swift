import ParleyModel

/// What `parley-bench train` learns from in one article: each quotation the rules find, with
/// the features the quotation filter weighs and the speaker candidates the ranker chooses
/// among, each with where its mention is.
public struct DraftTrainingArticle: Sendable {
    /// One speaker candidate: where its mention is (nil for "nobody named here") and its features.
    public struct Candidate: Sendable {
        public var mention: Range<Int>?
        public var features: [String]
    }

    /// One quotation the rules found.
    public struct Quotation: Sendable {
        /// The quoted words' spans, scalar offsets into the text.
        public var pieces: [Range<Int>]
        /// What the quotation filter weighs.
        public var features: [String]
        /// True when the rules keep the quotation whatever the filter says (a speech verb beside it).
        public var keptByRules: Bool
        /// The speaker candidates, the rules' choice first and "nobody" last.
        public var candidates: [Candidate]
    }

    public var quotations: [Quotation]

    public init(_ text: ArticleText, lexicon: Lexicon = .standard) {
        let analysis = ArticleDrafter.analyse(text, lexicon: lexicon)
        let tokens = analysis.tokens
        quotations = analysis.quotations.indices.map { index in
            Quotation(
                pieces: analysis.quotations[index].span.pieces.map(\.range),
                features: analysis.spanFeatures[index],
                keptByRules: analysis.quotations[index].isAttributedByRules,
                candidates: analysis.candidates(at: index).map { candidate in
                    Candidate(mention: candidate.mention.map { tokens[$0.tokens.lowerBound].range.lowerBound..<tokens[$0.tokens.upperBound - 1].range.upperBound },
                              features: candidate.features)
                }
            )
        }
    }
}
