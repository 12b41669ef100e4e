/// The tables parley keeps an archive in, inside a database, and their version.
///
/// Everything lives in the schema `parley`: `meta` (what the archive is, with the schema's
/// version), and `quote`, one row per quote numbered in rank order (`ArchiveRanking`) with
/// its indexed words (`IndexWords`) as a `tsvector` under a GIN index, so the speaker and the
/// date are found through the same index as the text.
enum PostgresSchema {
    /// The layout this parley writes and reads.
    static let version = 3

    /// The statements that make the tables, one by one (a statement with parameters is one).
    static let create = [
        "CREATE SCHEMA parley",
        "CREATE TABLE parley.meta (key text PRIMARY KEY, value text NOT NULL)",
        """
        CREATE TABLE parley.quote (
            id bigint PRIMARY KEY,
            quote_id text NOT NULL,
            text text NOT NULL,
            url text,
            speaker text,
            day integer NOT NULL,
            occurrences integer NOT NULL,
            words tsvector NOT NULL
        )
        """,
    ]

    static let columns = "id, quote_id, text, url, speaker, day, occurrences"
}
