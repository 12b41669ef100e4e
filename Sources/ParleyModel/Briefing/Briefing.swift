/// What a briefing holds, chosen from a dossier and laid out as facts; `BriefingMarkdown` and
/// `BriefingHTML` only give it a format, so both always say the same.
public struct Briefing: Sendable {
    public var dossier: Dossier
    /// The engagements covered, in dossier order.
    public var engagements: [Engagement]
    /// The quotes shown, in date order (or in the order of the search that chose them).
    public var quotes: [Quote]
    /// The parties whose positions are tabled.
    public var parties: [Party]
    /// The search the quotes were limited to, if any.
    public var query: String?
    /// The desk of several weeks a briefing of the period covers, or nil for one week.
    public var desk: Desk?
    /// The reader's flags and notes, shown beside their quotes and engagements when asked
    /// for (`export --notes`); none by default, since they are the reader's own.
    public var notes: NotesBook = .empty

    /// The whole week, or part of it: `engagements` and `parties` by id (all when nil), the
    /// quotes given (those of the chosen engagements when nil) and the query that found them.
    public init(
        dossier: Dossier, engagements engagementIDs: [String]? = nil, parties partyIDs: [String]? = nil,
        quotes: [Quote]? = nil, query: String? = nil
    ) {
        self.dossier = dossier
        engagements = engagementIDs.map { $0.compactMap(dossier.engagement) } ?? dossier.engagements
        parties = partyIDs.map { $0.compactMap(dossier.party) } ?? dossier.parties
        let covered = Set(engagements.map(\.id))
        self.quotes =
            quotes
            ?? (engagementIDs == nil
                ? dossier.quotes.sortedByDate()
                : dossier.quotes.filter { $0.engagement.map(covered.contains) ?? false }.sortedByDate())
        self.query = query
    }

    /// The reader's flag and note on a quote, in words ("flagged verified: checked the clip"); nil when none.
    public func noteText(of quote: Quote) -> String? {
        guard let note = notes.quote(quote.id), !note.isEmpty else { return nil }
        let flag = note.flag.map { "flagged \($0)" }
        return [flag, note.note].compactMap { $0 }.joined(separator: ": ")
    }

    /// A labelled fact about an engagement ("Chair", "Jens Stoltenberg (Secretary General)").
    public struct Fact: Hashable, Sendable {
        public var label: String
        public var value: String
    }

    /// The facts a reader wants first about an engagement, those the dossier records.
    public func facts(of engagement: Engagement) -> [Fact] {
        var facts: [Fact] = []
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(Fact(label: label, value: value)) }
        }
        var when = engagement.date.heading
        if let end = engagement.end, end != engagement.date { when += " to " + end.heading }
        add("Date", when)
        add("Place", [engagement.city, engagement.venue].compactMap { $0 }.joined(separator: ", "))
        add("Status", engagement.status.rawValue)
        add("Format", engagement.format)
        add("Chair", engagement.chair.map { EngagementReport.describe(person: $0, in: dossier) })
        add(
            "Delegations",
            engagement.delegations.map { delegation in
                let party = dossier.party(delegation.party)?.name ?? delegation.party
                return party + ": "
                    + delegation.people.map { EngagementReport.describe(person: $0, in: dossier) }.joined(
                        separator: ", ")
            }.joined(separator: "; "))
        add("Length", engagement.duration)
        add("Outcome", engagement.outcome)
        add("Your note", notes.engagement(engagement.id))
        return facts
    }

    /// The positions table: one row per issue, one stance (or none) per chosen party.
    public var comparison: PositionComparison {
        PositionComparison(dossier: dossier, parties: parties.map(\.id))
    }

    /// A party's stance on an issue as a table cell says it: each step, labelled when it moved.
    public func stanceText(_ stance: PositionComparison.PartyStance) -> String {
        guard stance.moved else { return stance.current.stance }
        return stance.history.map { position in
            let answer = position.answer.map { " (\($0.rawValue))" } ?? ""
            return PositionComparison.PartyStance.label(for: position, in: dossier) + answer + " " + position.stance
        }.joined(separator: " ")
    }

    /// Every source the briefing leans on (its engagements, quotes and positions), in dossier order.
    public var sources: [Source] {
        var used = Set(engagements.flatMap(\.sources) + quotes.map(\.source))
        let partyIDs = Set(parties.map(\.id))
        for position in dossier.positions where partyIDs.contains(position.party) { used.formUnion(position.sources) }
        return dossier.sources.filter { used.contains($0.id) }
    }

    /// The period covered, "10–13 January 2022" style, when the dossier has one.
    public var periodText: String? {
        guard let span = dossier.span else { return nil }
        let (start, end) = (span.start, span.end)
        if start == end { return start.longText }
        // "10–13 January 2022", "30 January – 2 February 2022", or both dates in full.
        if start.year == end.year, start.month == end.month { return "\(start.day)\u{2013}" + end.longText }
        if start.year == end.year { return "\(start.day) \(start.monthName) \u{2013} " + end.longText }
        return start.longText + " \u{2013} " + end.longText
    }

    /// "Key quotes", or the search that chose them.
    public var quotesHeading: String {
        guard let query, !query.isEmpty else { return "Key quotes" }
        return "Quotes matching \u{201C}\(query)\u{201D}"
    }
}
