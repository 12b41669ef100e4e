/// A query that cannot be understood, with the column where the problem starts.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// 1-based column (in characters) in the query text.
    public var column: Int

    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "column \(column): \(message)" }
}
