/// The JSON shapes of dossier entries, as the command line's `--json` output documents them.
public enum DossierJSON {
    /// An engagement in brief: `id`, `title`, `date`, `end`, `city`, `venue`, `status`.
    public static func engagementSummary(_ engagement: Engagement) -> JSONValue {
        .object([
            ("id", .string(engagement.id)),
            ("title", .string(engagement.title)),
            ("date", .string(engagement.date.description)),
            ("end", .optional(engagement.end?.description)),
            ("city", .optional(engagement.city)),
            ("venue", .optional(engagement.venue)),
            ("status", .string(engagement.status.rawValue)),
        ])
    }

    /// An engagement in full, with people resolved and its quotes.
    public static func engagement(_ engagement: Engagement, in dossier: Dossier) -> JSONValue {
        guard case var .object(members) = engagementSummary(engagement) else { return .null }
        members += [
            ("format", .optional(engagement.format)),
            ("chair", engagement.chair.map { person($0, in: dossier) } ?? .null),
            ("parties", .array(engagement.parties.map { party($0, in: dossier) })),
            ("delegations", .object(engagement.delegations.map { delegation in
                (delegation.party, .array(delegation.people.map { person($0, in: dossier) }))
            })),
            ("duration", .optional(engagement.duration)),
            ("outcome", .optional(engagement.outcome)),
            ("summary", .optional(engagement.summary)),
            ("sources", .array(engagement.sources.compactMap(dossier.source).map(source))),
            ("quotes", .array(dossier.quotes(at: engagement.id).map { quote($0, in: dossier) })),
        ]
        return .object(members)
    }

    /// A quote with its speaker and source resolved.
    public static func quote(_ quote: Quote, in dossier: Dossier) -> JSONValue {
        let speaker = dossier.speaker(quote.speaker)
        let source = dossier.source(quote.source)
        return .object([
            ("id", .string(quote.id)),
            ("text", .string(quote.text)),
            ("speaker", .object([
                ("id", .string(speaker.id)),
                ("name", .string(speaker.name)),
                ("role", .optional(speaker.role)),
                ("party", .optional(speaker.party?.id)),
            ])),
            ("date", .string(quote.date.description)),
            ("engagement", .optional(quote.engagement)),
            ("context", .optional(quote.context)),
            ("partial", .bool(quote.partial)),
            ("source", .object([
                ("id", .string(quote.source)),
                ("outlet", .optional(source?.outlet)),
                ("title", .optional(source?.title)),
                ("url", .optional(source?.url)),
            ])),
            ("issues", .array(quote.issues.map(JSONValue.string))),
        ])
    }

    /// A search result: the quote plus its score and the ranges that matched, per field.
    public static func match(_ match: QuoteMatch, quote: Quote, in dossier: Dossier) -> JSONValue {
        guard case var .object(members) = self.quote(quote, in: dossier) else { return .null }
        members.append(("archive", .null))
        members += matchMembers(match)
        return .object(members)
    }

    /// A match's score and matched ranges, as the members of a search result.
    package static func matchMembers(_ match: QuoteMatch) -> [(key: String, value: JSONValue)] {
        let fields = QuoteField.allCases.filter { !match.ranges(in: $0).isEmpty }
        return [
            ("score", .int(match.score)),
            ("matches", .object(fields.map { field in
                (String(describing: field), .array(match.ranges(in: field).map { .array([.int($0.lowerBound), .int($0.upperBound)]) }))
            })),
        ]
    }

    /// `{"parties": [ids], "rows": [{"issue": {id, title}, "stances": {PARTY: stance or null}}]}`.
    public static func comparison(_ comparison: PositionComparison) -> JSONValue {
        .object([
            ("parties", .array(comparison.parties.map { .string($0.id) })),
            ("rows", .array(comparison.rows.map { row in
                .object([
                    ("issue", .object([
                        ("id", .string(row.issue.id)),
                        ("title", .string(row.issue.title)),
                        ("question", .optional(row.issue.question)),
                    ])),
                    ("stances", .object(zip(comparison.parties, row.stances).map { party, stance in
                        (party.id, stance.map(partyStance) ?? .null)
                    })),
                ])
            })),
        ])
    }

    private static func partyStance(_ stance: PositionComparison.PartyStance) -> JSONValue {
        guard case var .object(members) = position(stance.current) else { return .null }
        members.append(("history", .array(stance.history.map(position))))
        return .object(members)
    }

    private static func position(_ position: Position) -> JSONValue {
        .object([
            ("stance", .string(position.stance)),
            ("answer", .optional(position.answer?.rawValue)),
            ("quotes", .array(position.quotes.map(JSONValue.string))),
            ("sources", .array(position.sources.map(JSONValue.string))),
            ("as_of", .optional(position.asOf)),
        ])
    }

    private static func person(_ id: String, in dossier: Dossier) -> JSONValue {
        let person = dossier.person(id)
        return .object([
            ("id", .string(id)),
            ("name", .string(person?.name ?? id)),
            ("role", .optional(person?.role)),
        ])
    }

    private static func party(_ id: String, in dossier: Dossier) -> JSONValue {
        .object([("id", .string(id)), ("name", .string(dossier.party(id)?.name ?? id))])
    }

    private static func source(_ source: Source) -> JSONValue {
        .object([
            ("id", .string(source.id)),
            ("outlet", .string(source.outlet)),
            ("title", .optional(source.title)),
            ("date", .optional(source.date?.description)),
            ("url", .optional(source.url)),
        ])
    }
}
