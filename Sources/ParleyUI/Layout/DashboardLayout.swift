/// Where everything goes on screen, worked out from the terminal size alone.
///
/// Views draw into these rectangles and the reducer hit-tests mouse clicks against the same
/// ones, so what a click selects is always what was drawn there.
public struct DashboardLayout: Hashable, Sendable {
    /// Below this the dashboard says the terminal is too small instead of drawing.
    public static let minimum = Size(width: 40, height: 12)
    /// The narrowest an engagement pane is allowed to get before fewer are shown side by side.
    public static let engagementPaneMinimumWidth = 26

    public let size: Size

    public init(size: Size) {
        self.size = size
    }

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

    public var titleBar: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var statusBar: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
    /// Between the title bar and the status line.
    public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }

    /// The tabs at the right of the title bar, for drawing and for clicks.
    ///
    /// - Parameter weeks: whether a desk of several weeks is open, which adds the timeline.
    public func tabs(weeks: Bool = false) -> [(tab: Screen.Tab, rect: Rect)] {
        var x = size.width
        var result: [(Screen.Tab, Rect)] = []
        for tab in Screen.Tab.allCases.reversed() where weeks || tab != .timeline {
            let width = Self.tabLabel(tab).count
            x -= width + 1
            result.append((tab, Rect(x: x, y: 0, width: width, height: 1)))
        }
        return result.reversed().filter { $0.1.x > size.width / 3 }
    }

    static func tabLabel(_ tab: Screen.Tab) -> String { " \(tab.rawValue) \(tab.title) " }

    // MARK: Home

    /// The home screen: engagement panes above, key quotes and positions below.
    public struct Home: Hashable, Sendable {
        public var engagementRow: Rect
        /// How many engagement panes fit side by side.
        public var slots: Int
        public var quotes: Rect
        public var positions: Rect

        /// The rectangle of the pane in `slot` (0 is leftmost).
        public func pane(_ slot: Int) -> Rect {
            let base = engagementRow.width / max(slots, 1)
            let x = engagementRow.x + slot * base
            let width = slot == slots - 1 ? engagementRow.maxX - x : base
            return Rect(x: x, y: engagementRow.y, width: width, height: engagementRow.height)
        }
    }

    public func home(engagements: Int) -> Home {
        let body = self.body
        let bottomMinimum = 5
        let top = min(max(8, body.height * 55 / 100), max(0, body.height - bottomMinimum))
        let (row, rest) = body.splitTop(top)
        let slots = max(1, min(max(engagements, 1), body.width / Self.engagementPaneMinimumWidth))
        if rest.width >= 100 {
            let (quotes, positions) = rest.splitLeft(rest.width * 55 / 100)
            return Home(engagementRow: row, slots: slots, quotes: quotes, positions: positions)
        }
        let (quotes, positions) = rest.splitTop(rest.height / 2)
        return Home(engagementRow: row, slots: slots, quotes: quotes, positions: positions)
    }

    // MARK: Quotes

    /// The quotes screen: the list, the detail, and the search line when it is in use.
    public struct Quotes: Hashable, Sendable {
        public var list: Rect
        public var detail: Rect
        public var searchLine: Rect?
        /// Rows each list entry takes.
        public static let rowsPerEntry = 2
    }

    public func quotes(showsSearchLine: Bool) -> Quotes {
        var body = self.body
        var searchLine: Rect?
        if showsSearchLine {
            searchLine = Rect(x: 0, y: body.maxY - 1, width: size.width, height: 1)
            body.height -= 1
        }
        if body.width >= 90 {
            let (list, detail) = body.splitLeft(max(34, body.width * 42 / 100))
            return Quotes(list: list, detail: detail, searchLine: searchLine)
        }
        let (list, detail) = body.splitTop(body.height / 2)
        return Quotes(list: list, detail: detail, searchLine: searchLine)
    }

    // MARK: Positions

    /// How many party columns the positions screen shows: every party when they fit at a
    /// readable width, otherwise the chosen two.
    public func positionColumns(parties: Int) -> Int {
        let readable = 34
        if parties > 2, size.width >= parties * readable { return parties }
        return min(2, max(parties, 1))
    }
}
