import ParleyArchive
import ParleyModel

/// A quote archive kept in PostgreSQL, built by `parley archive build … --output postgresql://…`.
///
/// Searches compile to the same words as the index file's (`WordQuery`), written as a
/// `tsquery` over lexemes parley folded itself, so the three engines find the same quotes;
/// rows are numbered in rank order, so a page is the first matches by number.
public struct PostgresArchive: ArchiveStore {
    public let name: String
    public let count: Int
    let days: ClosedRange<Day>?
    private let pages: PostgresConnection
    private let counts: PostgresConnection

    /// Connects to `address` and reads what the archive there is; refuses a database with no
    /// parley archive (66), one of another schema version (65), or no server (69).
    public static func open(_ address: PostgresAddress) throws(ArchiveLoadFailure) -> PostgresArchive {
        let name = address.description
        let pages = try connect(address)
        let counts = try connect(address)
        let rows: PostgresRows?
        do {
            rows = try pages.query("SELECT key, value FROM parley.meta")
        } catch {
            if error.state == "42P01" || error.state == "3F000" {
                throw ArchiveLoadFailure(path: name, reason: "no parley archive in this database (`parley archive build FILE --output \(name)` makes one)", kind: .noDatabase)
            }
            throw ArchiveLoadFailure(path: name, reason: error.message, kind: .unavailable)
        }
        var meta: [String: String] = [:]
        if let rows {
            for row in 0..<rows.count {
                if let key = rows.text(row, 0) { meta[key] = rows.text(row, 1) }
            }
        }
        guard let version = meta["schema_version"].flatMap({ Int($0) }), version == PostgresSchema.version else {
            let found = meta["schema_version"] ?? "none"
            throw ArchiveLoadFailure(path: name, reason: "a parley archive of schema version \(found); this parley reads version \(PostgresSchema.version): build it again with this parley", kind: .invalid)
        }
        guard let facts = ArchiveFacts(meta: meta) else {
            throw ArchiveLoadFailure(path: name, reason: "an unfinished parley archive: build it again", kind: .invalid)
        }
        return PostgresArchive(name: name, count: facts.quotes, days: facts.days, pages: pages, counts: counts)
    }

    static func connect(_ address: PostgresAddress) throws(ArchiveLoadFailure) -> PostgresConnection {
        do {
            return try PostgresConnection(address)
        } catch {
            throw ArchiveLoadFailure(path: address.description, reason: "cannot connect: \(error.message)", kind: error.noDatabase ? .noDatabase : .unavailable)
        }
    }

    public func page(_ query: SearchQuery, after: Int?, limit: Int, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> ArchivePage? {
        try search.page(query, after: after, limit: limit) { selection, after, wanted, isExact, take throws(ArchiveStoreFailure) in
            try candidates(selection, after: after, wanted: wanted, isExact: isExact, isCancelled: isCancelled, take)
        }
    }

    public func count(_ query: SearchQuery, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> Int? {
        try search.count(query, in: self, isCancelled: isCancelled) { words throws(ArchiveStoreFailure) in
            do throws(PostgresFailure) {
                guard let rows = try counts.query("SELECT count(*) FROM parley.quote WHERE words @@ $1::tsquery", [words.tsquery], isCancelled: isCancelled) else { return nil }
                return rows.text(0, 0).flatMap { Int($0) } ?? 0
            } catch {
                throw ArchiveStoreFailure(archive: name, reason: error.message, kind: .unavailable)
            }
        }
    }

    private var search: WordIndexedSearch { WordIndexedSearch(days: days, quotes: count) }

    /// Reads the quotes `selection` picks, numbered after `after`, in rank order, into `take`
    /// until it has enough: in batches, larger when some will fail the check one by one.
    private func candidates(
        _ selection: WordQuery.Selection, after: Int?, wanted: Int, isExact: Bool, isCancelled: () -> Bool,
        _ take: (ArchiveQuote) -> Bool
    ) throws(ArchiveStoreFailure) -> Bool {
        var filter = ""
        var parameters: [String?] = []
        switch selection {
        case .none: return true
        case .all: break
        case let .match(words):
            filter = "words @@ $3::tsquery AND "
            parameters = [words.tsquery]
        }
        let batch = isExact ? wanted : max(wanted, 500)
        let sql = "SELECT \(PostgresSchema.columns) FROM parley.quote WHERE \(filter)id > $1 ORDER BY id LIMIT $2"
        var lastID = Int64((after ?? -1) + 1)
        while true {
            let rows: PostgresRows?
            do {
                rows = try pages.query(sql, [String(lastID), String(batch)] + parameters, isCancelled: isCancelled)
            } catch {
                throw ArchiveStoreFailure(archive: name, reason: error.message, kind: .unavailable)
            }
            guard let rows else { return false }
            for row in 0..<rows.count {
                let quote = self.quote(rows, row)
                lastID = Int64(quote.number + 1)
                if !take(quote) { return true }
            }
            if rows.count < batch { return true }
            if isCancelled() { return false }
        }
    }

    private func quote(_ rows: PostgresRows, _ row: Int) -> ArchiveQuote {
        let url = rows.text(row, 3)
        return ArchiveQuote(
            number: Int(rows.text(row, 0).flatMap { Int($0) } ?? 1) - 1, id: rows.text(row, 1) ?? "", text: rows.text(row, 2) ?? "",
            speaker: rows.text(row, 4), date: rows.text(row, 5).flatMap { Int32($0) }.flatMap(Day.init(packed:)) ?? Day(year: 1, month: 1, day: 1)!,
            occurrences: rows.text(row, 6).flatMap { Int($0) } ?? 0, url: url?.isEmpty == false ? url : nil, archive: name
        )
    }
}
