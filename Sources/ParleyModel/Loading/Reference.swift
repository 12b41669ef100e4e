import ParleyYAML

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
    var mark: YAMLMark?
    /// Where the mention is, for messages: "'chair' of engagement 'geneva-talks'".
    var place: String
}

/// The ids each list of a dossier defines, with the names they go by, for checking references
/// against and for suggesting the id a mistaken reference meant.
struct DefinedIDs {
    private var ids: [Reference.Target: [String: [String]]] = [:]

    /// Records ids of one kind of entry with their names, adding to any already known.
    mutating func define(_ target: Reference.Target, _ entries: some Sequence<(id: String, names: [String])>) {
        for entry in entries { ids[target, default: [:]][entry.id] = entry.names }
    }

    /// The entries a reference may name (id and names), or nil when the reference is satisfied.
    func missing(_ reference: Reference) -> [(id: String, names: [String])]? {
        let candidates = reference.target == .speaker
            ? ids[.person, default: [:]].merging(ids[.party, default: [:]]) { person, _ in person }
            : ids[reference.target, default: [:]]
        guard candidates[reference.id] == nil else { return nil }
        return candidates.map { (id: $0.key, names: $0.value) }.sorted { $0.id < $1.id }
    }
}

extension Suggestion {
    /// The id a mistaken reference most likely meant: the entry whose name it spells (case
    /// and accents aside), else the nearest id, else the entry with the nearest name; always an
    /// id that exists.
    public static func closest(to written: String, among entries: [(id: String, names: [String])]) -> String? {
        let folded = TextFolding.fold(written)
        if let named = entries.first(where: { $0.names.contains { TextFolding.fold($0) == folded } }) { return named.id }
        if let id = closest(to: written, in: entries.map(\.id)) { return id }
        let names = entries.flatMap { entry in entry.names.map { (name: $0, id: entry.id) } }
        guard let name = closest(to: written, in: names.map(\.name)) else { return nil }
        return names.first { $0.name == name }?.id
    }
}
