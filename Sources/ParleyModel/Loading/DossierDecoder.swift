import ParleyYAML

/// Turns a composed YAML tree into a `Dossier`, checking everything the format promises.
///
/// Reading happens in one pass that records every problem it meets; references between lists
/// are collected on the way and checked at the end, once every id is known.
struct DossierDecoder {
    var reader: NodeReader
    private var references: [Reference] = []
    private var defined = DefinedIDs()
    /// Kinds of entry whose list, or one of whose entries, could not be read at all.
    private var unreadableTargets: Set<Reference.Target> = []

    init(file: String) {
        reader = NodeReader(file: file)
    }

    /// The dossier, or nil when any error was logged.
    mutating func decode(root: YAMLNode) -> Dossier? {
        let required = ["parley", "id", "title", "parties", "engagements"]
        let optional = ["period", "summary", "sources", "people", "quotes", "issues", "positions"]
        guard let top = reader.record(root, what: "the dossier", required: required, optional: optional) else { return nil }
        if let version = reader.integer(top, "parley"), version.value != Dossier.formatVersion {
            // Another version may use other keys; checking them against version 1 would only add noise.
            reader.error("unsupported format version \(version.value): this parley reads version \(Dossier.formatVersion)", at: version.mark)
            return nil
        }
        let id = reader.slug(top, "id", required: true)
        let title = reader.text(top, "title", required: true)
        let period = top["period"].flatMap { NodeReader.isNull($0) ? nil : decodePeriod($0) }
        let summary = reader.text(top, "summary")

        let sources = decodeList(top, "sources", what: "source") { $0.decodeSource($1) }
        defined.define(.source, sources.map { ($0.id, [$0.outlet]) })
        let parties = decodeList(top, "parties", what: "party", required: true) { $0.decodeParty($1) }
        defined.define(.party, parties.map { ($0.id, [$0.name, $0.short].compactMap { $0 }) })
        let people = decodeList(top, "people", what: "person") { $0.decodePerson($1) }
        defined.define(.person, people.map { ($0.id, [$0.name]) })
        let engagements = decodeList(top, "engagements", what: "engagement", required: true) { $0.decodeEngagement($1) }
        defined.define(.engagement, engagements.map { ($0.id, [$0.title]) })
        let issues = decodeList(top, "issues", what: "issue") { $0.decodeIssue($1) }
        defined.define(.issue, issues.map { ($0.id, [$0.title]) })
        let quotes = decodeList(top, "quotes", what: "quote") { $0.decodeQuote($1) }
        defined.define(.quote, quotes.map { ($0.id, []) })
        let positions = decodePositions(top)

        checkReferences()
        guard !reader.hasErrors, let id, let title else { return nil }
        return Dossier(
            id: id.value, title: title.value, period: period, summary: summary?.value, sources: sources,
            parties: parties, people: people, engagements: engagements, quotes: quotes, issues: issues,
            positions: positions
        )
    }

    // MARK: Lists

    /// Reads a list of entries that each carry an `id`, reporting duplicate ids at the repeat.
    private mutating func decodeList<Entry: Identifiable>(
        _ top: Record, _ key: String, what: String, required: Bool = false,
        _ decodeEntry: (inout DossierDecoder, YAMLNode) -> (entry: Entry, id: Located<String>)?
    ) -> [Entry] where Entry.ID == String {
        let target = Reference.Target(rawValue: what)
        guard let nodes = reader.list(top, key, required: required) else {
            if top[key].map({ !NodeReader.isNull($0) }) ?? false, let target { unreadableTargets.insert(target) }
            return []
        }
        if required, nodes.isEmpty {
            reader.error("'\(key)' must list at least one \(what)", at: top[key]?.mark)
        }
        var entries: [Entry] = []
        var firstMarks: [String: YAMLMark?] = [:]
        for node in nodes {
            guard let decoded = decodeEntry(&self, node) else {
                // An entry with a readable id but another problem still defines its id, so the
                // references to it do not pile further errors on the one already reported.
                if case .mapping = node, let id = node["id"]?.string, Slug.isValid(id) {
                    if let target { defined.define(target, [(id, [])]) }
                } else if let target {
                    unreadableTargets.insert(target)
                }
                continue
            }
            if let first = firstMarks[decoded.id.value] {
                let whereFirst = first.map { " (first defined at \($0.line):\($0.column))" } ?? ""
                reader.error("duplicate \(what) id '\(decoded.id.value)'\(whereFirst)", at: decoded.id.mark)
                continue
            }
            firstMarks[decoded.id.value] = decoded.id.mark
            entries.append(decoded.entry)
        }
        return entries
    }

    private mutating func refer(_ target: Reference.Target, _ id: Located<String>?, _ place: String) {
        guard let id else { return }
        references.append(Reference(target: target, id: id.value, mark: id.mark, place: place))
    }

    private mutating func refer(_ target: Reference.Target, _ ids: [Located<String>], _ place: String) {
        for id in ids { refer(target, id, place) }
    }

    // MARK: Entries

    private mutating func decodePeriod(_ node: YAMLNode) -> Period? {
        guard let record = reader.record(node, what: "period", required: ["start", "end"], optional: []) else { return nil }
        guard let start = reader.day(record, "start", required: true), let end = reader.day(record, "end", required: true) else { return nil }
        guard end.value >= start.value else {
            reader.error("period ends (\(end.value)) before it starts (\(start.value))", at: end.mark)
            return nil
        }
        return Period(start: start.value, end: end.value)
    }

    private mutating func decodeSource(_ node: YAMLNode) -> (entry: Source, id: Located<String>)? {
        guard let record = reader.record(node, what: "source", required: ["id", "outlet"], optional: ["title", "date", "url", "file"]) else { return nil }
        let id = reader.slug(record, "id", required: true)
        let outlet = reader.text(record, "outlet", required: true)
        let title = reader.text(record, "title")
        let date = reader.day(record, "date")
        let url = reader.text(record, "url")
        let file = reader.text(record, "file")
        guard let id, let outlet else { return nil }
        let source = Source(id: id.value, outlet: outlet.value, title: title?.value, date: date?.value, url: url?.value, file: file?.value)
        return (source, id)
    }

    private mutating func decodeParty(_ node: YAMLNode) -> (entry: Party, id: Located<String>)? {
        guard let record = reader.record(node, what: "party", required: ["id", "name"], optional: ["short", "kind"]) else { return nil }
        let id = reader.slug(record, "id", required: true)
        let name = reader.text(record, "name", required: true)
        let short = reader.text(record, "short")
        if let short, DisplayWidth.of(short.value) > 8 {
            reader.error("'short' in party is \(DisplayWidth.of(short.value)) columns wide; it may be at most 8", at: short.mark)
        }
        let kind = reader.choice(record, "kind", as: Party.Kind.self) ?? .other
        guard let id, let name else { return nil }
        return (Party(id: id.value, name: name.value, short: short?.value, kind: kind), id)
    }

    private mutating func decodePerson(_ node: YAMLNode) -> (entry: Person, id: Located<String>)? {
        guard let record = reader.record(node, what: "person", required: ["id", "name"], optional: ["role", "party"]) else { return nil }
        let id = reader.slug(record, "id", required: true)
        let name = reader.text(record, "name", required: true)
        let role = reader.text(record, "role")
        let party = reader.reference(record, "party")
        guard let id, let name else { return nil }
        refer(.party, party, "'party' of person '\(id.value)'")
        return (Person(id: id.value, name: name.value, role: role?.value, party: party?.value), id)
    }

    private mutating func decodeEngagement(_ node: YAMLNode) -> (entry: Engagement, id: Located<String>)? {
        let optional = ["end", "city", "venue", "format", "duration", "outcome", "summary", "status", "chair", "parties", "delegations", "sources"]
        guard let record = reader.record(node, what: "engagement", required: ["id", "title", "date"], optional: optional) else { return nil }
        let id = reader.slug(record, "id", required: true)
        let title = reader.text(record, "title", required: true)
        let date = reader.day(record, "date", required: true)
        let end = reader.day(record, "end")
        if let date, let end, end.value < date.value {
            reader.error("'end' (\(end.value)) is before the engagement's 'date' (\(date.value))", at: end.mark)
        }
        let city = reader.text(record, "city")?.value
        let venue = reader.text(record, "venue")?.value
        let format = reader.text(record, "format")?.value
        let duration = reader.text(record, "duration")?.value
        let outcome = reader.text(record, "outcome")?.value
        let summary = reader.text(record, "summary")?.value
        let status = reader.choice(record, "status", as: Engagement.Status.self) ?? .held
        let chair = reader.reference(record, "chair")
        let parties = reader.referenceList(record, "parties")
        let delegations = decodeDelegations(record)
        let sources = reader.referenceList(record, "sources")
        guard let id, let title, let date else { return nil }
        let engagement = Engagement(
            id: id.value, title: title.value, date: date.value, end: end?.value, city: city, venue: venue,
            format: format, duration: duration, outcome: outcome, summary: summary, status: status,
            chair: chair?.value, parties: parties.map(\.value),
            delegations: delegations.map { Delegation(party: $0.party.value, people: $0.people.map(\.value)) },
            sources: sources.map(\.value)
        )
        let place = "engagement '\(id.value)'"
        refer(.person, chair, "'chair' of \(place)")
        refer(.party, parties, "'parties' of \(place)")
        for delegation in delegations {
            refer(.party, delegation.party, "'delegations' of \(place)")
            refer(.person, delegation.people, "the \(delegation.party.value) delegation of \(place)")
            if !parties.isEmpty, !parties.contains(where: { $0.value == delegation.party.value }) {
                reader.warning("delegation of '\(delegation.party.value)' at \(place), which does not list it in 'parties'", at: delegation.party.mark)
            }
        }
        refer(.source, sources, "'sources' of \(place)")
        return (engagement, id)
    }

    private mutating func decodeDelegations(_ record: Record) -> [(party: Located<String>, people: [Located<String>])] {
        guard let node = record["delegations"], !NodeReader.isNull(node) else { return [] }
        guard case let .mapping(mapping) = node else {
            reader.error("'delegations' in engagement should map party ids to lists of people, found \(NodeReader.describe(node))", at: node.mark)
            return []
        }
        var delegations: [(party: Located<String>, people: [Located<String>])] = []
        for (key, value) in mapping {
            guard let party = reader.reference(key, key: "delegations", in: "engagement") else { continue }
            let members: [YAMLNode]
            switch value {
            case let .sequence(sequence): members = Array(sequence)
            case .scalar where !NodeReader.isNull(value): members = [value]
            default:
                reader.error("the \(party.value) delegation should be a list of person ids, found \(NodeReader.describe(value))", at: value.mark)
                continue
            }
            let people = members.compactMap { reader.reference($0, key: "delegations", in: "engagement") }
            delegations.append((party, people))
        }
        return delegations
    }

    private mutating func decodeIssue(_ node: YAMLNode) -> (entry: Issue, id: Located<String>)? {
        guard let record = reader.record(node, what: "issue", required: ["id", "title"], optional: ["question"]) else { return nil }
        let id = reader.slug(record, "id", required: true)
        let title = reader.text(record, "title", required: true)
        let question = reader.text(record, "question")
        guard let id, let title else { return nil }
        return (Issue(id: id.value, title: title.value, question: question?.value), id)
    }

    private mutating func decodeQuote(_ node: YAMLNode) -> (entry: Quote, id: Located<String>)? {
        let optional = ["pieces", "engagement", "context", "partial", "issues"]
        guard let record = reader.record(node, what: "quote", required: ["id", "text", "speaker", "date", "source"], optional: optional) else { return nil }
        let id = reader.slug(record, "id", required: true)
        let text = reader.text(record, "text", required: true)
        let pieces = reader.textList(record, "pieces")
        let speaker = reader.reference(record, "speaker", required: true)
        let date = reader.day(record, "date", required: true)
        let engagement = reader.reference(record, "engagement")
        let context = reader.text(record, "context")
        let partial = reader.bool(record, "partial") ?? false
        let source = reader.reference(record, "source", required: true)
        let issues = reader.referenceList(record, "issues")
        guard let id, let text, let speaker, let date, let source else { return nil }
        let place = "quote '\(id.value)'"
        if let pieces, !pieces.isEmpty, Quote.joined(pieces.map(\.value)) != Quote.joined([text.value]) {
            // The pieces are the quotation as it stands in the source; the text is what they say together.
            reader.error("'text' of \(place) is not its 'pieces' joined by a space", at: text.mark)
        }
        refer(.speaker, speaker, "'speaker' of \(place)")
        refer(.engagement, engagement, "'engagement' of \(place)")
        refer(.source, source, "'source' of \(place)")
        refer(.issue, issues, "'issues' of \(place)")
        let quote = Quote(
            id: id.value, text: text.value, speaker: speaker.value, date: date.value, engagement: engagement?.value,
            context: context?.value, partial: partial, source: source.value, issues: issues.map(\.value), pieces: pieces?.map(\.value) ?? []
        )
        return (quote, id)
    }

    private mutating func decodePositions(_ top: Record) -> [Position] {
        guard let nodes = reader.list(top, "positions") else { return [] }
        var positions: [Position] = []
        var seen: [String: YAMLMark?] = [:]
        for node in nodes {
            let optional = ["answer", "quotes", "sources", "as_of"]
            guard let record = reader.record(node, what: "position", required: ["party", "issue", "stance"], optional: optional) else { continue }
            let party = reader.reference(record, "party", required: true)
            let issue = reader.reference(record, "issue", required: true)
            let stance = reader.text(record, "stance", required: true)
            // Read as text, so a bare `yes` or `no` is the word and not a YAML 1.1 boolean.
            let answer = reader.choice(record, "answer", as: Position.Answer.self)
            let quotes = reader.referenceList(record, "quotes")
            let sources = reader.referenceList(record, "sources")
            let asOf = reader.reference(record, "as_of")
            guard let party, let issue, let stance else { continue }
            let place = "the position of '\(party.value)' on '\(issue.value)'"
            refer(.party, party, place)
            refer(.issue, issue, place)
            refer(.quote, quotes, "'quotes' of \(place)")
            refer(.source, sources, "'sources' of \(place)")
            refer(.engagement, asOf, "'as_of' of \(place)")
            let key = [party.value, issue.value, asOf?.value ?? ""].joined(separator: "\u{0}")
            if let first = seen[key] {
                let moment = asOf.map { " as of '\($0.value)'" } ?? " without 'as_of'"
                let whereFirst = first.map { " (first at \($0.line):\($0.column))" } ?? ""
                reader.error("'\(party.value)' already has a position on '\(issue.value)'\(moment)\(whereFirst)", at: record.mark)
                continue
            }
            seen[key] = record.mark
            positions.append(Position(
                party: party.value, issue: issue.value, stance: stance.value, answer: answer, quotes: quotes.map(\.value),
                sources: sources.map(\.value), asOf: asOf?.value
            ))
        }
        return positions
    }

    // MARK: References

    private mutating func checkReferences() {
        for reference in references {
            guard let candidates = defined.missing(reference) else { continue }
            // When a list could not be read, its ids are unknown rather than missing: saying
            // every mention of them is wrong would bury the one real problem.
            guard !unreadableTargets.contains(reference.target) else { continue }
            if reference.target == .speaker, unreadableTargets.contains(.person) || unreadableTargets.contains(.party) { continue }
            let hint = Suggestion.closest(to: reference.id, among: candidates).map { "; did you mean '\($0)'?" }
                ?? (reference.target == .speaker ? ": no person or party has that id" : "")
            reader.error("unknown \(reference.target.rawValue) '\(reference.id)' in \(reference.place)\(hint)", at: reference.mark)
        }
    }
}
