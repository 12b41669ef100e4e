/// A participant in the diplomacy: a state, an alliance, an organisation.
public struct Party: Hashable, Sendable, Identifiable {
    /// What sort of actor a party is.
    public enum Kind: String, CaseIterable, Sendable {
        case state, alliance, organization, other
    }

    public var id: String
    public var name: String
    /// Display abbreviation, at most 8 columns; `label` falls back to the name.
    public var short: String?
    public var kind: Kind

    public init(id: String, name: String, short: String? = nil, kind: Kind = .other) {
        self.id = id
        self.name = name
        self.short = short
        self.kind = kind
    }

    /// The abbreviation when there is one, otherwise the full name.
    public var label: String { short ?? name }
}
