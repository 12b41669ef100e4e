/// A desk's timeline, stance histories and weekly agreement as JSON, for `--json`.
public enum DeskJSON {
    /// `[{"week", "id", "title", "date", "end", "city", "parties": [ids], "quotes": N}]`, in date order.
    public static func timeline(_ desk: Desk) -> JSONValue {
        .array(
            desk.timeline.map { entry in
                .object([
                    ("week", .string(entry.week)),
                    ("id", .string(entry.engagement.id)),
                    ("title", .string(entry.engagement.title)),
                    ("date", .string(entry.engagement.date.description)),
                    ("end", .optional(entry.engagement.end?.description)),
                    ("city", .optional(entry.engagement.city)),
                    ("parties", .array(entry.engagement.parties.map(JSONValue.string))),
                    ("quotes", .int(entry.quotes)),
                ])
            })
    }

    /// `{"issue", "question", "parties": [{"party", "steps": [{"week", "date", "engagement",
    /// "answer", "stance", "moved"}]}]}`.
    public static func history(_ history: StanceHistory) -> JSONValue {
        .object([
            ("issue", .string(history.issue.id)),
            ("question", .optional(history.issue.question)),
            (
                "parties",
                .array(
                    history.parties.map { party in
                        .object([
                            ("party", .string(party.party.id)),
                            (
                                "steps",
                                .array(
                                    party.steps.map { step in
                                        .object([
                                            ("week", .string(step.week)),
                                            ("date", .string(step.date.description)),
                                            ("engagement", .optional(step.engagement?.id)),
                                            ("answer", .optional(step.position.answer?.rawValue)),
                                            ("stance", .string(step.position.stance)),
                                            ("moved", .bool(step.moved)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    /// `[{"week", "pairs": [{"parties": [a, b], "shared", "agree"}]}]`, one entry per week.
    public static func agreementByWeek(_ desk: Desk) -> JSONValue {
        .array(
            desk.weeks.map { week in
                .object([
                    ("week", .string(week.id)),
                    ("pairs", agreement(week.dossier)),
                ])
            })
    }

    /// `[{"parties": [a, b], "shared", "agree"}]` for every pair of the dossier's parties.
    public static func agreement(_ dossier: Dossier) -> JSONValue {
        .array(
            PartyAgreement.pairs(in: dossier).map { pair in
                .object([
                    ("parties", .array([.string(pair.first), .string(pair.second)])),
                    ("shared", .int(pair.shared)),
                    ("agree", .int(pair.agree)),
                ])
            })
    }
}
