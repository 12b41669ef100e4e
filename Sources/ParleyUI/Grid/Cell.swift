/// One terminal cell: the grapheme drawn there and the role that styles it.
///
/// A wide grapheme (CJK, emoji) occupies its cell and the next; the next cell is a
/// continuation with empty text, so a grid row always has exactly `width` cells.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String = " ", role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    /// The right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell()
}
