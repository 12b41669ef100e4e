/// Why a line was skipped, with the column where the scanner stopped.
struct QuotebankLineError: Error {
    var message: String
    var column: Int
}
