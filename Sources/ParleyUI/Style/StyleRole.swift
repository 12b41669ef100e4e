/// What a cell is for, not how it looks: themes decide colours and attributes per role.
///
/// Views only ever say "this is a border" or "this is the current match"; the presenter (or
/// the ANSI exporter) turns roles into colours, and into bold, reverse and underline where a
/// terminal has no colour, so meaning never rests on colour alone.
public enum StyleRole: UInt8, CaseIterable, Hashable, Sendable {
    case text
    case muted
    case title
    case heading
    case quote
    case border
    case borderFocused
    case selection
    case selectionInactive
    case match
    case matchCurrent
    case titleBar
    case tabActive
    case status
    case statusKey
    case warning
    case accent
    case party1, party2, party3, party4, party5, party6

    /// The role for the party at `index` in the dossier's list; six colours, then they repeat.
    public static func party(_ index: Int) -> StyleRole {
        let slots: [StyleRole] = [.party1, .party2, .party3, .party4, .party5, .party6]
        return slots[((index % slots.count) + slots.count) % slots.count]
    }

    /// One character per role, for the role grids kept beside rendered-frame tests.
    public var code: Character {
        switch self {
        case .text: return "."
        case .muted: return "m"
        case .title: return "T"
        case .heading: return "h"
        case .quote: return "q"
        case .border: return "b"
        case .borderFocused: return "B"
        case .selection: return "S"
        case .selectionInactive: return "s"
        case .match: return "M"
        case .matchCurrent: return "C"
        case .titleBar: return "t"
        case .tabActive: return "A"
        case .status: return "_"
        case .statusKey: return "k"
        case .warning: return "W"
        case .accent: return "a"
        case .party1: return "1"
        case .party2: return "2"
        case .party3: return "3"
        case .party4: return "4"
        case .party5: return "5"
        case .party6: return "6"
        }
    }
}
