/// A part of the dashboard with keys of its own, as a keymap file and `parley keys` name it.
public enum KeymapSection: String, CaseIterable, Sendable {
    /// Keys that work on every screen unless the screen binds the key itself.
    case global
    case home, meeting, quotes, positions, timeline
    /// While the search line is open; other printable characters are the query.
    case search
    /// While the picker `c` opens is up.
    case picker
    /// While the flag or note line `m` and `M` open is up; other characters are the note.
    case noting
    /// While the command palette `:` opens is up; other printable characters filter it.
    case palette
    /// The review screen of `parley review`, while no picker or line is open.
    case review

    /// How help and `parley keys` title it.
    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .home: "Home"
        case .meeting: "Meeting"
        case .quotes: "Quotes"
        case .positions: "Positions"
        case .timeline: "Timeline"
        case .search: "While typing a search"
        case .picker: "Choosing issues for a kept quote (c)"
        case .noting: "Typing a flag or a note (m, M)"
        case .palette: "In the command palette (:)"
        case .review: "Review (parley review)"
        }
    }

    /// The section of a screen's own keys.
    public init(screen: Screen) {
        switch screen {
        case .home: self = .home
        case .meeting: self = .meeting
        case .quotes: self = .quotes
        case .positions: self = .positions
        case .timeline: self = .timeline
        }
    }

    /// True for a screen's own keys, which are looked up before the global ones there.
    public var isScreen: Bool {
        switch self {
        case .home, .meeting, .quotes, .positions, .timeline: true
        default: false
        }
    }

    /// True where printable characters are text being typed, so none can be bound to an action.
    var typesText: Bool { self == .search || self == .noting || self == .palette }
}
