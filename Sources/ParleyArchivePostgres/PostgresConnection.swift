import CLibpq
import ParleySystem
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
    private let pq: LibPQ
    private let lock = Mutex(())

    /// Connects, waiting at most the address's timeout for the server.
    init(_ address: PostgresAddress) throws(PostgresFailure) {
        pq = try LibPQ.loaded.get()
        guard let handle = pq.connectdb(address.connectionString) else { throw PostgresFailure(message: "out of memory") }
        guard pq.status(handle) == CONNECTION_OK else {
            let message = Self.oneLine(pq.errorMessage(handle))
            pq.finish(handle)
            throw PostgresFailure(message: message, noDatabase: message.contains("database \"") && message.contains("does not exist"))
        }
        self.handle = handle
    }

    deinit { pq.finish(handle) }

    /// Runs one statement with text parameters and gives its rows (none for a command); nil
    /// when `isCancelled` turned true while the server worked, in which case the server is
    /// told to stop.
    func query(_ sql: String, _ parameters: [String?] = [], isCancelled: () -> Bool = { false }) throws(PostgresFailure) -> PostgresRows? {
        try lock.withLock { _ throws(PostgresFailure) -> PostgresRows? in
            let copies = parameters.map { $0.map { strdup($0) } ?? nil }
            defer { for copy in copies { free(copy) } }
            let sent = copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { values in
                pq.sendQueryParams(handle, sql, Int32(values.count), nil, values.baseAddress, nil, nil, 0)
            }
            guard sent == 1 else { throw PostgresFailure(message: Self.oneLine(pq.errorMessage(handle))) }
            // Wait for the answer a little at a time, so a stale search can be called off.
            while pq.isBusy(handle) == 1 {
                var events = pollfd(fd: pq.socket(handle), events: Int16(POLLIN), revents: 0)
                _ = poll(&events, 1, 50)
                guard pq.consumeInput(handle) == 1 else { throw PostgresFailure(message: Self.oneLine(pq.errorMessage(handle))) }
                if isCancelled() {
                    if let cancel = pq.getCancel(handle) {
                        var buffer = [CChar](repeating: 0, count: 256)
                        _ = pq.cancel(cancel, &buffer, Int32(buffer.count))
                        pq.freeCancel(cancel)
                    }
                    while let result = pq.getResult(handle) { pq.clear(result) }
                    return nil
                }
            }
            return try collect()
        }
    }

    /// Runs `COPY … FROM STDIN`; `body` is given a function that sends bytes of the data.
    func copy(_ sql: String, _ body: (_ send: ([UInt8]) throws -> Void) throws -> Void) throws {
        try lock.withLock { _ in
            guard let started = pq.exec(handle, sql) else { throw PostgresFailure(message: Self.oneLine(pq.errorMessage(handle))) }
            let status = pq.resultStatus(started)
            pq.clear(started)
            guard status == PGRES_COPY_IN else { throw PostgresFailure(message: Self.oneLine(pq.errorMessage(handle))) }
            do {
                try body { bytes in
                    let sent = bytes.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { pq.putCopyData(handle, $0.baseAddress, Int32($0.count)) }
                    }
                    guard sent == 1 else { throw PostgresFailure(message: Self.oneLine(pq.errorMessage(handle))) }
                }
            } catch {
                // Ends the copy as failed, so the server discards what it was sent.
                _ = pq.putCopyEnd(handle, "parley stopped the load")
                while let result = pq.getResult(handle) { pq.clear(result) }
                throw error
            }
            guard pq.putCopyEnd(handle, nil) == 1 else { throw PostgresFailure(message: Self.oneLine(pq.errorMessage(handle))) }
            _ = try collect()
        }
    }

    /// Reads every result of the statement sent; throws the first error among them.
    private func collect() throws(PostgresFailure) -> PostgresRows? {
        var rows: PostgresRows?
        var failure: PostgresFailure?
        while let result = pq.getResult(handle) {
            switch pq.resultStatus(result) {
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                if rows == nil, failure == nil {
                    rows = PostgresRows(result, pq)
                    continue
                }
            default:
                if failure == nil {
                    let state = pq.resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
                    failure = PostgresFailure(message: Self.oneLine(pq.resultErrorMessage(result)), state: state)
                }
            }
            pq.clear(result)
        }
        if let failure { throw failure }
        return rows
    }

    /// libpq's messages run over several lines and end with a newline: one line of them.
    static func oneLine(_ text: UnsafeMutablePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).split(whereSeparator: \.isNewline).map { $0.trimmingPrefix("ERROR:  ").description }.joined(separator: "; ")
    }
}

/// The rows of one result, read as text.
final class PostgresRows {
    private let result: OpaquePointer
    private let pq: LibPQ

    init(_ result: OpaquePointer, _ pq: LibPQ) {
        self.result = result
        self.pq = pq
    }

    deinit { pq.clear(result) }

    var count: Int { Int(pq.ntuples(result)) }

    /// The value at `row`, `column` as text; nil for NULL.
    func text(_ row: Int, _ column: Int) -> String? {
        guard pq.getisnull(result, Int32(row), Int32(column)) == 0, let value = pq.getvalue(result, Int32(row), Int32(column)) else { return nil }
        return String(cString: value)
    }
}
