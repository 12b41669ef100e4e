import ParleyYAML
import Yams

/// A mention of an id that must exist elsewhere in the dossier, kept until every list has been read.
struct Reference {
    /// What kind of entry the id must name.
    enum Target: String {
        case party, person, engagement, source, issue, quote
        /// A quote's speaker: a person or, for a body speaking as a whole, a party.
        case speaker
    }

    var target: Target
    var id: String
    var mark: Mark?
    /// Where the mention is, for messages: "'chair' of engagement 'geneva-talks'".
    var place: String
}

/// The ids each list of a dossier defines, for checking references against.
struct DefinedIDs {
    private var ids: [Reference.Target: Set<String>] = [:]

    /// Records ids of one kind of entry, adding to any already known.
    mutating func define(_ target: Reference.Target, _ newIDs: some Sequence<String>) {
        ids[target, default: []].formUnion(newIDs)
    }

    /// The ids a reference may name, or nil when the reference is satisfied.
    func missing(_ reference: Reference) -> [String]? {
        let candidates = reference.target == .speaker
            ? ids[.person, default: []].union(ids[.party, default: []])
            : ids[reference.target, default: []]
        return candidates.contains(reference.id) ? nil : candidates.sorted()
    }
}
