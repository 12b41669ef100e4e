/// Why a line was skipped, with the column where the scanner stopped.
package struct QuotebankLineError: Error {
    package var message: String
    package var column: Int
}
