/// Who said a quote, resolved for display: a person with role and party, or a party speaking as a body.
public struct Speaker: Hashable, Sendable {
    public var id: String
    public var name: String
    public var role: String?
    public var party: Party?

    public init(id: String, name: String, role: String? = nil, party: Party? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.party = party
    }
}

extension Dossier {
    /// Resolves a quote's speaker id, which names a person or a party.
    ///
    /// An id the dossier does not know (possible only for hand-built dossiers) is shown as itself.
    public func speaker(_ id: String) -> Speaker {
        if let person = person(id) {
            return Speaker(id: id, name: person.name, role: person.role, party: person.party.flatMap(party))
        }
        if let party = party(id) {
            return Speaker(id: id, name: party.name, party: party)
        }
        return Speaker(id: id, name: id)
    }

    /// The quotes said at an engagement, in date then file order.
    public func quotes(at engagementID: String) -> [Quote] {
        quotes.filter { $0.engagement == engagementID }.sortedByDate()
    }

    /// The heads of each delegation at an engagement: the first person listed for each party.
    public func heads(of engagement: Engagement) -> [(party: Party?, person: Person?)] {
        engagement.delegations.map { delegation in
            (party(delegation.party), delegation.people.first.flatMap(person))
        }
    }

    /// Resolves a party given by id or by name, short name, ignoring case.
    public func findParty(_ text: String) -> Party? {
        if let exact = party(text) { return exact }
        let wanted = text.lowercased()
        return parties.first { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted || $0.short?.lowercased() == wanted }
    }
}

extension Array where Element == Quote {
    /// Stable date order: quotes on the same day keep their dossier order.
    public func sortedByDate() -> [Quote] {
        enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
