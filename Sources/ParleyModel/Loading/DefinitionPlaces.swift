import ParleyYAML

/// Where a dossier file defines each of its things: the line and column of every `id`.
///
/// A desk reads several files; when two of them define the same id differently, or both
/// claim an engagement or quote id, the message names both places (FILE:LINE:COL), which
/// only the file's own tree knows.
public struct DefinitionPlaces: Hashable, Sendable {
    /// The lists of a dossier whose entries carry ids.
    public enum Kind: String, CaseIterable, Sendable {
        case source, party, person, engagement, quote, issue

        /// The top-level key that holds the list.
        var key: String {
            switch self {
            case .party: "parties"
            case .person: "people"
            default: rawValue + "s"
            }
        }
    }

    /// The place of the dossier's own `id`.
    public var dossier: YAMLMark?
    private var marks: [Kind: [String: YAMLMark]] = [:]

    public init() {}

    /// The places read off a composed dossier; entries without an id are skipped (the
    /// decoder reports them).
    init(root: YAMLNode) {
        dossier = root["id"]?.mark
        for kind in Kind.allCases {
            guard case let .sequence(entries)? = root[kind.key] else { continue }
            var table: [String: YAMLMark] = [:]
            for entry in entries {
                guard let id = entry["id"], let name = id.string, let mark = id.mark ?? entry.mark else { continue }
                if table[name] == nil { table[name] = mark }
            }
            marks[kind] = table
        }
    }

    /// Where the file defines `id` in the list of `kind`; nil when it does not.
    public func place(of kind: Kind, _ id: String) -> YAMLMark? {
        marks[kind]?[id]
    }

    /// Records a place, for dossiers assembled in code.
    public mutating func record(_ kind: Kind, _ id: String, at mark: YAMLMark) {
        marks[kind, default: [:]][id] = mark
    }
}
