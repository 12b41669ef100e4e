/// Someone who takes part or speaks: a minister, an ambassador, a secretary general.
public struct Person: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: String?
    /// The id of the party this person speaks for, when known.
    public var party: String?

    public init(id: String, name: String, role: String? = nil, party: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.party = party
    }
}
