#if canImport(Glibc)
import Glibc
#endif
import CLibpq
import Synchronization

/// Why PostgreSQL said no: the server's message, and for a failed statement its SQLSTATE.
struct PostgresFailure: Error {
    /// What went wrong, on one line.
    var message: String
    /// The five-character SQLSTATE of a failed statement ("42P01": no such table).
    var state: String?
    /// True when connecting failed because the database does not exist.
    var noDatabase = false
}

/// One connection to PostgreSQL through libpq, PostgreSQL's own C client.
///
/// libpq's connection is not for two threads at once, so every use takes the connection's
/// lock; a store keeps one connection for pages and one for counts, as the index does.
final class PostgresConnection: @unchecked Sendable {
    // Sendable by hand: `handle` is only touched inside `lock`, or once it has no other user.
    private let handle: OpaquePointer
    private let lock = Mutex(())

    /// Connects, waiting at most the address's timeout for the server.
    init(_ address: PostgresAddress) throws(PostgresFailure) {
        guard let handle = PQconnectdb(address.connectionString) else { throw PostgresFailure(message: "out of memory") }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Self.oneLine(PQerrorMessage(handle))
            PQfinish(handle)
            throw PostgresFailure(message: message, noDatabase: message.contains("database \"") && message.contains("does not exist"))
        }
        self.handle = handle
    }

    deinit { PQfinish(handle) }

    /// Runs one statement with text parameters and gives its rows (none for a command); nil
    /// when `isCancelled` turned true while the server worked, in which case the server is
    /// told to stop.
    func query(_ sql: String, _ parameters: [String?] = [], isCancelled: () -> Bool = { false }) throws(PostgresFailure) -> PostgresRows? {
        try lock.withLock { _ throws(PostgresFailure) -> PostgresRows? in
            let copies = parameters.map { $0.map { strdup($0) } ?? nil }
            defer { for copy in copies { free(copy) } }
            let sent = copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { values in
                PQsendQueryParams(handle, sql, Int32(values.count), nil, values.baseAddress, nil, nil, 0)
            }
            guard sent == 1 else { throw PostgresFailure(message: Self.oneLine(PQerrorMessage(handle))) }
            // Wait for the answer a little at a time, so a stale search can be called off.
            while PQisBusy(handle) == 1 {
                var events = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
                _ = poll(&events, 1, 50)
                guard PQconsumeInput(handle) == 1 else { throw PostgresFailure(message: Self.oneLine(PQerrorMessage(handle))) }
                if isCancelled() {
                    if let cancel = PQgetCancel(handle) {
                        var buffer = [CChar](repeating: 0, count: 256)
                        _ = PQcancel(cancel, &buffer, Int32(buffer.count))
                        PQfreeCancel(cancel)
                    }
                    while let result = PQgetResult(handle) { PQclear(result) }
                    return nil
                }
            }
            return try Self.collect(handle)
        }
    }

    /// Runs `COPY … FROM STDIN`; `body` is given a function that sends bytes of the data.
    func copy(_ sql: String, _ body: (_ send: ([UInt8]) throws -> Void) throws -> Void) throws {
        try lock.withLock { _ in
            guard let started = PQexec(handle, sql) else { throw PostgresFailure(message: Self.oneLine(PQerrorMessage(handle))) }
            let status = PQresultStatus(started)
            PQclear(started)
            guard status == PGRES_COPY_IN else { throw PostgresFailure(message: Self.oneLine(PQerrorMessage(handle))) }
            do {
                try body { bytes in
                    let sent = bytes.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
                    }
                    guard sent == 1 else { throw PostgresFailure(message: Self.oneLine(PQerrorMessage(handle))) }
                }
            } catch {
                // Ends the copy as failed, so the server discards what it was sent.
                _ = PQputCopyEnd(handle, "parley stopped the load")
                while let result = PQgetResult(handle) { PQclear(result) }
                throw error
            }
            guard PQputCopyEnd(handle, nil) == 1 else { throw PostgresFailure(message: Self.oneLine(PQerrorMessage(handle))) }
            _ = try Self.collect(handle)
        }
    }

    /// Reads every result of the statement sent; throws the first error among them.
    private static func collect(_ handle: OpaquePointer) throws(PostgresFailure) -> PostgresRows? {
        var rows: PostgresRows?
        var failure: PostgresFailure?
        while let result = PQgetResult(handle) {
            switch PQresultStatus(result) {
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                if rows == nil, failure == nil {
                    rows = PostgresRows(result)
                    continue
                }
            default:
                if failure == nil {
                    let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
                    failure = PostgresFailure(message: oneLine(PQresultErrorMessage(result)), state: state)
                }
            }
            PQclear(result)
        }
        if let failure { throw failure }
        return rows
    }

    /// libpq's messages run over several lines and end with a newline: one line of them.
    static func oneLine(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).split(whereSeparator: \.isNewline).map { $0.trimmingPrefix("ERROR:  ").description }.joined(separator: "; ")
    }
}

/// The rows of one result, read as text.
final class PostgresRows {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) {
        self.result = result
    }

    deinit { PQclear(result) }

    var count: Int { Int(PQntuples(result)) }

    /// The value at `row`, `column` as text; nil for NULL.
    func text(_ row: Int, _ column: Int) -> String? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0, let value = PQgetvalue(result, Int32(row), Int32(column)) else { return nil }
        return String(cString: value)
    }
}
