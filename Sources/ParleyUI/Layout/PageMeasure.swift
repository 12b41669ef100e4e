/// What the reducer keeps of a scrolling page's layout (`MeetingPage`, `PositionsPage`):
/// where its parts start, how far it scrolls, how many lines show, and what it was laid
/// out for, so it is laid out again only when that changes.
struct PageMeasure: Hashable, Sendable {
    /// The screen size and what the page shows (an engagement's id, a pair of parties).
    struct Key: Hashable, Sendable {
        var size: Size
        var subject: String
    }

    var key: Key
    /// The line where each part starts: each quote of a meeting, each issue of the positions.
    var starts: [Int]
    var maximumScroll: Int
    /// How many lines show at once.
    var height: Int
}
