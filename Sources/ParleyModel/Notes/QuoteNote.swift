/// What a reader keeps about one quote: a flag ("verified", "follow up", a word of their own)
/// and a note, either of which may be missing.
public struct QuoteNote: Hashable, Sendable {
    /// The flags `m` offers first; any other word may be typed.
    public static let commonFlags = ["verified", "follow up"]

    public var flag: String?
    public var note: String?

    public init(flag: String? = nil, note: String? = nil) {
        self.flag = flag
        self.note = note
    }

    /// True when there is nothing to keep.
    public var isEmpty: Bool { (flag ?? "").isEmpty && (note ?? "").isEmpty }
}
