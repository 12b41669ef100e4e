/// Where the review screen's parts go at a size: the article on the left, the quotation
/// shown on the right, a title bar above and the status line below.
public struct ReviewLayout: Hashable, Sendable {
    /// Below this the screen says the terminal is too small instead of drawing.
    public static let minimum = Size(width: 60, height: 12)
    /// Columns in the article pane before its text, for each line's mark.
    static let gutter = 2

    public let size: Size

    public init(size: Size) {
        self.size = size
    }

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

    /// The article takes three fifths of the width; the quotation's details the rest.
    public var article: Rect { Rect(x: 0, y: 1, width: size.width * 3 / 5, height: size.height - 2) }
    public var detail: Rect {
        Rect(x: article.maxX, y: 1, width: size.width - article.maxX, height: size.height - 2)
    }

    /// Inside the article's box, after the gutter.
    public var articleText: Rect {
        let inside = article.inset(by: 1)
        return Rect(x: inside.x + Self.gutter, y: inside.y, width: inside.width - Self.gutter, height: inside.height)
    }

    /// The bottom row, as the dashboard's status line draws it.
    var dashboard: DashboardLayout { DashboardLayout(size: size) }
}
