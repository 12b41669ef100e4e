/// The dashboard's screens.
public enum Screen: Hashable, Sendable {
    /// One pane per engagement, key quotes and the positions matrix.
    case home
    /// Everything about one engagement, by id.
    case meeting(String)
    /// Every quote, searchable, with a detail pane.
    case quotes
    /// Parties' positions side by side.
    case positions
    /// Every engagement of a desk on one date axis, oldest first.
    case timeline

    /// The screens the number keys and the tab bar switch between.
    public enum Tab: Int, CaseIterable, Hashable, Sendable {
        case home = 1, quotes, positions, timeline

        public var title: String {
            switch self {
            case .home: return "Home"
            case .quotes: return "Quotes"
            case .positions: return "Positions"
            case .timeline: return "Timeline"
            }
        }

        var screen: Screen {
            switch self {
            case .home: return .home
            case .quotes: return .quotes
            case .positions: return .positions
            case .timeline: return .timeline
            }
        }
    }

    /// The tab this screen belongs to (a meeting is reached from Home).
    public var tab: Tab {
        switch self {
        case .home, .meeting: return .home
        case .quotes: return .quotes
        case .positions: return .positions
        case .timeline: return .timeline
        }
    }
}

/// The panes of the home screen, in Tab order.
public enum HomePane: Int, CaseIterable, Hashable, Sendable {
    case engagements, quotes, positions
}

/// The panes of the quotes screen.
public enum QuotesPane: Hashable, Sendable {
    case list, detail
}
