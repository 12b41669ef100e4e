import ParleyArchive
import ParleyModel
import ParleyQuotebank

/// Loads Quotebank JSON Lines into PostgreSQL, streaming, in one transaction: an interrupted
/// or failed load leaves the database as it was.
public enum PostgresBuilder {
    /// Loads `inputs` in archive order into the database at `address`, replacing an archive
    /// already there only when `replace` is set.
    public static func build(inputs: [String], address: PostgresAddress, replace: Bool, report: (ArchiveBuildStep) -> Void = { _ in }, interruption: () -> Int32? = { nil }) throws(ArchiveBuildFailure) -> ArchiveBuildSummary {
        let name = address.description
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection(address)
        } catch {
            throw ArchiveBuildFailure(kind: error.noDatabase ? .noDatabase : .unavailable, message: "\(name): error: cannot connect: \(error.message)")
        }
        do {
            return try load(inputs, into: connection, name: name, replace: replace, report: report, interruption: interruption)
        } catch let failure as ArchiveBuildFailure {
            _ = try? connection.query("ROLLBACK")
            throw failure
        } catch let failure as PostgresFailure {
            _ = try? connection.query("ROLLBACK")
            throw ArchiveBuildFailure(kind: .writeFailed, message: "\(name): error: \(failure.message); nothing was written")
        } catch {
            _ = try? connection.query("ROLLBACK")
            throw ArchiveBuildFailure(kind: .writeFailed, message: "\(name): error: \(error); nothing was written")
        }
    }

    private static func load(_ inputs: [String], into connection: PostgresConnection, name: String, replace: Bool, report: (ArchiveBuildStep) -> Void, interruption: () -> Int32?) throws -> ArchiveBuildSummary {
        _ = try connection.query("BEGIN")
        let exists = try connection.query("SELECT to_regnamespace('parley') IS NOT NULL")?.text(0, 0) == "t"
        if exists {
            guard replace else {
                throw ArchiveBuildFailure(kind: .cannotCreate, message: "parley: \(name) holds a parley archive already; --force replaces it")
            }
            _ = try connection.query("DROP SCHEMA parley CASCADE")
        }
        for statement in PostgresSchema.create { _ = try connection.query(statement) }
        _ = try connection.query("CREATE TEMPORARY TABLE raw (position bigint, quote_id text, text text, url text, speaker text, day integer, occurrences integer, words tsvector) ON COMMIT DROP")

        // 1. The input, in archive order, sent with COPY a megabyte at a time.
        var summary = ArchiveBuildSummary()
        var speakers: [String: String] = [:]
        try connection.copy("COPY raw FROM STDIN") { send in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 21)
            var position = 0
            summary = try QuotebankInputs.read(inputs, report: report, interruption: interruption) { line, day in
                // JSON may spell a NUL (\u0000); PostgreSQL's text cannot hold one.
                if line.quotation.contains(0) || line.speaker.contains(0) || line.quoteID.contains(0) || line.firstURL.contains(0) {
                    throw QuotebankLine.Skipped(message: "a NUL character (\\u0000), which PostgreSQL cannot store: skipped")
                }
                position += 1
                let speaker = QuotebankLine.speakerIsUnknown(line) ? nil : String(decoding: line.speaker, as: UTF8.self)
                let speakerWords = speaker.map { name in
                    if let known = speakers[name] { return known }
                    let words = IndexWords.speakerWords(name)
                    speakers[name] = words
                    return words
                } ?? ""
                let words = IndexWords.words(text: line.quotation, speakerWords: speakerWords, day: day)
                    .split(separator: " ").map { WordExpression.quoted(String($0)) }.joined(separator: " ")
                let fields: [String?] = [
                    String(position), String(decoding: line.quoteID, as: UTF8.self), String(decoding: line.quotation, as: UTF8.self),
                    line.firstURL.isEmpty ? nil : String(decoding: line.firstURL, as: UTF8.self), speaker,
                    String(day.packed), String(line.occurrences), words,
                ]
                CopyText.append(fields, to: &buffer)
                if buffer.count >= 1 << 20 {
                    try send(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty { try send(buffer) }
        }
        if let signal = interruption() { throw ArchiveBuildFailure.interrupted(signal) }

        // 2. Rank order, the full-text index, and what the archive is, committed together.
        report(.ranking(quotes: summary.quotes))
        _ = try connection.query("INSERT INTO parley.quote SELECT row_number() OVER (ORDER BY \(ArchiveRanking.sqlOrder)), quote_id, text, url, speaker, day, occurrences, words FROM raw")
        if let signal = interruption() { throw ArchiveBuildFailure.interrupted(signal) }
        report(.optimizing)
        _ = try connection.query("CREATE INDEX quote_words ON parley.quote USING gin (words)")
        _ = try connection.query("ALTER TABLE parley.quote ALTER COLUMN words SET STATISTICS 10000")
        if let signal = interruption() { throw ArchiveBuildFailure.interrupted(signal) }
        // The schema's version beside what every engine records; all in the one transaction.
        let facts = [("schema_version", String(PostgresSchema.version))] + ArchiveFacts.written(by: summary)
        for (key, value) in facts { _ = try connection.query("INSERT INTO parley.meta (key, value) VALUES ($1, $2)", [key, value]) }
        _ = try connection.query("COMMIT")
        // Statistics for the planner, so it knows a common word from a rare one: with the
        // default target only the thousand commonest words are counted and any other is
        // guessed at half the rarest of those, which at a million quotes sent a search for a
        // rare phrase through every row in order rather than through the index.
        _ = try connection.query("ANALYZE parley.quote")
        return summary
    }
}

/// Rows in COPY's text format: fields separated by tabs, `\N` for NULL, and the backslash,
/// tab and line breaks escaped.
enum CopyText {
    static func append(_ fields: [String?], to buffer: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(0x09) }
            guard let field else {
                buffer += [0x5C, 0x4E]
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case 0x5C: buffer += [0x5C, 0x5C]
                case 0x09: buffer += [0x5C, 0x74]
                case 0x0A: buffer += [0x5C, 0x6E]
                case 0x0D: buffer += [0x5C, 0x72]
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(0x0A)
    }
}
