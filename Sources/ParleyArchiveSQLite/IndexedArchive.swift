import GRDB
import GRDBSQLite
import ParleyArchive
import ParleyModel

/// A quote archive in an index file built by `parley archive build`: SQLite with FTS5.
///
/// Quotes are stored in rank order (`ArchiveRanking`), so the first page of any search is the
/// first matches by row number and nothing is ever sorted; the FTS5 index holds parley's own
/// folded words (`IndexWords`). Nothing is read into memory when the file opens.
public struct IndexedArchive: ArchiveStore {
    public let name: String
    public let count: Int
    /// The days the quotes span; nil for an empty archive.
    let days: ClosedRange<Day>?
    /// Pages and counts each have a connection, so a slow count never holds up the next page.
    private let pages: DatabaseQueue
    private let counts: DatabaseQueue

    /// Opens the index at `path`, refusing a file that is not a complete parley index of a
    /// version this parley reads.
    public static func open(path: String) throws(ArchiveLoadFailure) -> IndexedArchive {
        try IndexFormat.check(path: path)
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.label = "parley-index"
            let pages = try DatabaseQueue(path: path, configuration: configuration)
            let counts = try DatabaseQueue(path: path, configuration: configuration)
            let facts = try pages.read { db in
                try Row.fetchAll(db, sql: "SELECT key, value FROM meta")
            }
            var meta: [String: String] = [:]
            for row in facts { meta[row["key"]] = row["value"] }
            guard let facts = ArchiveFacts(meta: meta) else {
                throw ArchiveLoadFailure(path: path, reason: "an unfinished quote index (its build was interrupted): build it again", kind: .invalid)
            }
            return IndexedArchive(name: path, count: facts.quotes, days: facts.days, pages: pages, counts: counts)
        } catch let failure as ArchiveLoadFailure {
            throw failure
        } catch {
            throw ArchiveLoadFailure(path: path, reason: "a damaged quote index: \(Self.describe(error))", kind: .invalid)
        }
    }

    public func page(_ query: SearchQuery, after: Int?, limit: Int, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> ArchivePage? {
        try search.page(query, after: after, limit: limit) { selection, after, wanted, isExact, take throws(ArchiveStoreFailure) in
            try candidates(selection, after: after, wanted: wanted, isExact: isExact, isCancelled: isCancelled, take)
        }
    }

    public func count(_ query: SearchQuery, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> Int? {
        try search.count(query, in: self, isCancelled: isCancelled) { words throws(ArchiveStoreFailure) in
            do {
                return try counts.read { db -> Int? in
                    try Self.cancellable(db, isCancelled) {
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_words WHERE quote_words MATCH ?", arguments: [Self.match(words, db)]) ?? 0
                    }
                }
            } catch {
                throw failure(error)
            }
        }
    }

    private var search: WordIndexedSearch { WordIndexedSearch(days: days, quotes: count) }

    /// Reads the quotes `selection` picks, numbered after `after`, in rank order, into `take`
    /// until it has enough; one query whose rows are stepped through as they are needed.
    private func candidates(
        _ selection: WordQuery.Selection, after: Int?, wanted: Int, isExact: Bool, isCancelled: () -> Bool,
        _ take: (ArchiveQuote) -> Bool
    ) throws(ArchiveStoreFailure) -> Bool {
        let start = Int64((after ?? -1) + 2)
        let columns = "q.id, q.quote_id, q.text, t.address, q.path, s.name, q.day, q.occurrences"
        let sql: String
        var words: WordExpression?
        switch selection {
        case .none:
            return true
        case .all:
            sql = "SELECT \(columns) FROM quote q LEFT JOIN speaker s ON s.id = q.speaker LEFT JOIN site t ON t.id = q.site WHERE q.id >= ? ORDER BY q.id"
        case let .match(expression):
            sql = "SELECT \(columns) FROM quote_words w JOIN quote q ON q.id = w.rowid LEFT JOIN speaker s ON s.id = q.speaker LEFT JOIN site t ON t.id = q.site WHERE quote_words MATCH ? AND w.rowid >= ? ORDER BY w.rowid"
            words = expression
        }
        // An exact search takes every row it reads, so it reads no more than it keeps.
        let limitedSQL = isExact ? sql + " LIMIT \(wanted)" : sql
        do {
            return try pages.read { db -> Bool in
                let arguments: StatementArguments = try words.map { [try Self.match($0, db), start] } ?? [start]
                let cursor = try Row.fetchCursor(db, sql: limitedSQL, arguments: arguments)
                var seen = 0
                while let row = try cursor.next() {
                    seen += 1
                    if seen % 1024 == 0, isCancelled() { return false }
                    if !take(self.quote(row)) { break }
                }
                return true
            }
        } catch {
            throw failure(error)
        }
    }

    /// The MATCH string for `words`, a prefix longer than the prefix indexes (three
    /// characters, as FTS5 counts them) written as the whole words that start with it when
    /// there are at most 64 of them (`word` holds the index's words and speakers' words,
    /// sorted; pairs are not in it).
    private static func match(_ words: WordExpression, _ db: Database) throws -> String {
        var failure: (any Error)?
        let text = words.fts5 { prefix in
            guard prefix.unicodeScalars.count > 3, !prefix.hasPrefix(IndexWords.pair), !prefix.hasPrefix(IndexWords.speaker + IndexWords.pair) else { return nil }
            do {
                // The first word past every word that starts with the prefix.
                let terms = try String.fetchAll(db, sql: "SELECT term FROM word WHERE term >= ? AND term < ? LIMIT 65", arguments: [prefix, prefix + "\u{10FFFF}"])
                return terms.count > 64 ? nil : terms
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return text
    }

    /// Runs `body` so that it stops early (nil) once `isCancelled` turns true: SQLite asks
    /// every few thousand steps of its virtual machine.
    private static func cancellable<T>(_ db: Database, _ isCancelled: () -> Bool, _ body: () throws -> T) throws -> T? {
        try withoutActuallyEscaping(isCancelled) { check in
            let box = CancellationCheck(check)
            let context = Unmanaged.passUnretained(box).toOpaque()
            sqlite3_progress_handler(db.sqliteConnection, 4096, { context in
                guard let context else { return 0 }
                return Unmanaged<CancellationCheck>.fromOpaque(context).takeUnretainedValue().check() ? 1 : 0
            }, context)
            defer { sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
            do {
                return try withExtendedLifetime(box) { try body() }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                return nil
            }
        }
    }

    private func quote(_ row: Row) -> ArchiveQuote {
        let id: Int64 = row[0]
        let site: String? = row[3]
        let path: String? = row[4]
        let url = (site ?? "") + (path ?? "")
        return ArchiveQuote(
            number: Int(id) - 1, id: row[1] ?? "", text: row[2] ?? "", speaker: row[5],
            date: Day(packed: row[6] ?? 0) ?? Day(year: 1, month: 1, day: 1)!,
            occurrences: row[7] ?? 0, url: url.isEmpty ? nil : url, archive: name
        )
    }

    private func failure(_ error: any Error) -> ArchiveStoreFailure {
        ArchiveStoreFailure(archive: name, reason: "a damaged quote index: \(Self.describe(error))", kind: .damaged)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}

/// The cancellation check handed to SQLite's progress handler.
private final class CancellationCheck {
    let check: () -> Bool

    init(_ check: @escaping () -> Bool) {
        self.check = check
    }
}
