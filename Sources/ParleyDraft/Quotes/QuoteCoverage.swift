/// Which quotation, if any, each token belongs to (its marks included).
public struct QuoteCoverage: Sendable {
    private let owner: [Int32]

    public init(tokenCount: Int, quotes: [QuotationSpan]) {
        var owner = [Int32](repeating: -1, count: tokenCount)
        for (number, quote) in quotes.enumerated() {
            for piece in quote.pieces {
                let last = piece.closing ?? (piece.tokens.upperBound - 1)
                for index in piece.opening...last { owner[index] = Int32(number) }
            }
        }
        self.owner = owner
    }

    /// The index of the quotation the token at `index` is part of.
    public func quote(at index: Int) -> Int? {
        owner[index] < 0 ? nil : Int(owner[index])
    }

    public func isQuoted(_ index: Int) -> Bool {
        owner[index] >= 0
    }
}
