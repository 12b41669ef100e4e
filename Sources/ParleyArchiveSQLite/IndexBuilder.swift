import GRDB
import ParleyArchive
import ParleyModel
import ParleyQuotebank
import ParleySystem

/// Builds an index file from Quotebank JSON Lines, streaming: however large the input, only
/// one line and the speakers' names are held in memory.
///
/// The index is written to a temporary file beside the output and renamed into place only
/// once it is complete, so an interrupted build (a signal, a full disk) never leaves a file
/// at the output's name; the temporary file also lacks the header version and the `complete`
/// mark until the very end, so even a copy of it refuses to open.
public enum IndexBuilder {
    /// Builds `output` from `inputs` (paths, or "-" for standard input) in archive order.
    ///
    /// - Parameters:
    ///   - interruption: asked often; a signal number stops the build and removes what it wrote.
    public static func build(inputs: [String], output: String, report: (ArchiveBuildStep) -> Void = { _ in }, interruption: () -> Int32? = { nil }) throws(ArchiveBuildFailure) -> ArchiveBuildSummary {
        let partial = output + ".partial-\(getpid())"
        let staging = output + ".staging-\(getpid())"
        defer {
            unlink(staging)
            unlink(partial)
        }
        unlink(partial)
        unlink(staging)
        let summary: ArchiveBuildSummary
        do {
            summary = try write(inputs: inputs, database: partial, staging: staging, report: report, interruption: interruption)
        } catch let failure as ArchiveBuildFailure {
            throw failure
        } catch {
            let full = (error as? DatabaseError)?.resultCode == .SQLITE_FULL
            throw ArchiveBuildFailure(kind: .writeFailed, message: "\(output): error: \(full ? "the disk is full" : IndexedArchive.describe(error)); nothing was written")
        }
        // On disk before it takes the output's name, so a crash never leaves half a file there.
        let descriptor = open(partial, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(partial, output) == 0 else {
            throw ArchiveBuildFailure(kind: .cannotCreate, message: "\(output): error: \(FileReader.reason(errno))")
        }
        return summary
    }

    private static func write(inputs: [String], database path: String, staging: String, report: (ArchiveBuildStep) -> Void, interruption: () -> Int32?) throws -> ArchiveBuildSummary {
        var configuration = Configuration()
        configuration.label = "parley-index-build"
        configuration.prepareDatabase { db in
            // A temporary file renamed into place when complete needs no journal.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = FILE")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw ArchiveBuildFailure(kind: .cannotCreate, message: "\(path): error: \(IndexedArchive.describe(error))")
        }
        func checkInterruption() throws {
            if let signal = interruption() { throw ArchiveBuildFailure.interrupted(signal) }
        }
        var summary = ArchiveBuildSummary()
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [staging])
            try db.execute(sql: "PRAGMA staging.journal_mode = OFF; PRAGMA staging.synchronous = OFF")
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE speaker(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE site(id INTEGER PRIMARY KEY, address TEXT NOT NULL);
                CREATE TABLE quote(id INTEGER PRIMARY KEY, quote_id TEXT NOT NULL, text TEXT NOT NULL, site INTEGER, path TEXT, speaker INTEGER, day INTEGER NOT NULL, occurrences INTEGER NOT NULL);
                CREATE VIRTUAL TABLE quote_words USING fts5(words, content='', tokenize='ascii', detail=none, columnsize=0, prefix='1 2 3');
                CREATE TABLE word(term TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE staging.raw(position INTEGER PRIMARY KEY, quote_id TEXT, text TEXT, site INTEGER, path TEXT, speaker INTEGER, day INTEGER, occurrences INTEGER);
                """)

            // 1. The input, line by line, in archive order.
            // Speakers and sites ("https://www.bbc.co.uk") repeat from quote to quote: each is
            // kept once, and a quote's source address is its site's and its own path.
            var speakers = NameTable()
            var sites = NameTable()
            try db.inTransaction {
                let insert = try db.makeStatement(sql: "INSERT INTO staging.raw(quote_id, text, site, path, speaker, day, occurrences) VALUES (?, ?, ?, ?, ?, ?, ?)")
                summary = try QuotebankInputs.read(inputs, report: report, interruption: interruption) { line, day in
                    let address = SourceAddress(line.firstURL)
                    try insert.execute(arguments: [
                        String(decoding: line.quoteID, as: UTF8.self), String(decoding: line.quotation, as: UTF8.self),
                        address.site.map { sites.id($0) }, address.path,
                        QuotebankLine.speakerIsUnknown(line) ? nil : speakers.id(String(decoding: line.speaker, as: UTF8.self)),
                        Int64(day.packed), Int64(line.occurrences),
                    ])
                }
                return .commit
            }

            // 2. Speakers, and the quotes in rank order: row numbers are ranks from here on.
            report(.ranking(quotes: summary.quotes))
            try db.inTransaction {
                let insertSpeaker = try db.makeStatement(sql: "INSERT INTO speaker(id, name) VALUES (?, ?)")
                for (name, id) in speakers.ids { try insertSpeaker.execute(arguments: [id, name]) }
                let insertSite = try db.makeStatement(sql: "INSERT INTO site(id, address) VALUES (?, ?)")
                for (address, id) in sites.ids { try insertSite.execute(arguments: [id, address]) }
                try db.execute(sql: "INSERT INTO quote(quote_id, text, site, path, speaker, day, occurrences) SELECT quote_id, text, site, path, speaker, day, occurrences FROM staging.raw ORDER BY \(ArchiveRanking.sqlOrder)")
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE staging")
            unlink(staging)
            try checkInterruption()

            // 3. The words of every quote, in row order (the order FTS5 appends fastest).
            let names = Dictionary(uniqueKeysWithValues: speakers.ids.map { ($0.value, IndexWords.speakerWords($0.key)) })
            // Every word of the texts and names, for turning a long prefix into whole words.
            var vocabulary = Set<Substring>()
            try db.inTransaction {
                let insert = try db.makeStatement(sql: "INSERT INTO quote_words(rowid, words) VALUES (?, ?)")
                let rows = try Row.fetchCursor(db, sql: "SELECT id, text, speaker, day FROM quote ORDER BY id")
                var done = 0
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    let text: String = row[1]
                    let speaker: Int64? = row[2]
                    let day = Day(packed: Int32(row[3] as Int64)) ?? Day(year: 1, month: 1, day: 1)!
                    let words = IndexWords.words(text: Array(text.utf8), speakerWords: speaker.flatMap { names[$0] } ?? "", day: day)
                    try insert.execute(arguments: [id, words])
                    for word in IndexWords.plainWords(in: words) { vocabulary.insert(word) }
                    done += 1
                    if done % 8192 == 0 {
                        try checkInterruption()
                        report(.indexing(done: done, total: summary.quotes))
                    }
                }
                return .commit
            }
            try db.inTransaction {
                let insert = try db.makeStatement(sql: "INSERT INTO word(term) VALUES (?)")
                for word in vocabulary.sorted() { try insert.execute(arguments: [String(word)]) }
                return .commit
            }
            report(.optimizing)
            try db.execute(sql: "INSERT INTO quote_words(quote_words) VALUES ('optimize')")
            try checkInterruption()

            // 4. What the index is, marked complete last of all.
            try db.inTransaction {
                for (key, value) in ArchiveFacts.written(by: summary) { try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value]) }
                try db.execute(sql: "PRAGMA application_id = \(IndexFormat.applicationID)")
                try db.execute(sql: "PRAGMA user_version = \(IndexFormat.version)")
                return .commit
            }
        }
        try queue.close()
        return summary
    }

}
