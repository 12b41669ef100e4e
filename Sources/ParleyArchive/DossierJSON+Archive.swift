import ParleyModel

extension DossierJSON {
    /// An archive quote in the same shape as a dossier quote, with `archive` naming its file
    /// and `occurrences` how many articles quoted it; fields an archive has not are null.
    public static func archiveQuote(_ quote: ArchiveQuote, match: QuoteMatch?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(quote.id)),
            ("text", .string(quote.text)),
            (
                "speaker",
                .object([("id", .null), ("name", .optional(quote.speaker)), ("role", .null), ("party", .null)])
            ),
            ("date", .string(quote.date.description)),
            ("engagement", .null),
            ("context", .null),
            ("partial", .bool(false)),
            (
                "source",
                .object([
                    ("id", .null), ("outlet", .optional(quote.outlet)), ("title", .null), ("url", .optional(quote.url)),
                ])
            ),
            ("issues", .array([])),
            ("archive", .string(quote.archive)),
            ("occurrences", .int(quote.occurrences)),
        ]
        if let match { members += matchMembers(match) }
        return .object(members)
    }
}
