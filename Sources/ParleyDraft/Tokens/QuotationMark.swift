/// A quotation mark as the tokenizer found it: which family it belongs to and which way it faces.
public struct QuotationMark: Sendable, Hashable {
    /// Marks that pair with each other.
    public enum Family: String, Sendable, Hashable {
        /// `"…"`, `“…”`, ``` ``…'' ```, `„…“`.
        case double
        /// `'…'`, `‘…’`, `` `…' ``: a quote inside a quote, or the main marks of some papers.
        case single
        /// `«…»`, `‹…›`.
        case guillemet
    }

    /// Which way a mark faces.
    public enum Role: String, Sendable, Hashable {
        case opening, closing
        /// A straight mark (`"` or `'`): which way it faces depends on its neighbours.
        case either
    }

    public var family: Family
    public var role: Role

    public init(_ family: Family, _ role: Role) {
        self.family = family
        self.role = role
    }
}
