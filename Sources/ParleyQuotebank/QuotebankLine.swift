import ParleyModel
import ParleyYAML

/// One line of a Quotebank archive checked for everything parley keeps: the fields scanned,
/// the text valid UTF-8, the date a real day.
///
/// Every engine reads lines through this, so a line skipped by one is skipped by all, with
/// the same warning.
package enum QuotebankLine {
    /// Why a line was skipped, as the warning says it.
    package struct Skipped: Error {
        package var message: String

        package init(message: String) {
            self.message = message
        }
    }

    /// Scans `content` into `line` and gives the quote's day; throws for a line to skip.
    package static func read(_ content: UnsafeBufferPointer<UInt8>, into line: inout ScannedLine) throws(Skipped) -> Day {
        line.reset()
        do {
            try QuotebankScanner.scan(content, into: &line)
        } catch {
            throw Skipped(message: "not a Quotebank quote: \(error.message)" + (error.column > 1 ? " (column \(error.column))" : ""))
        }
        guard UTF8Check.firstInvalidOffset(in: line.quotation) == nil, UTF8Check.firstInvalidOffset(in: line.speaker) == nil else {
            throw Skipped(message: "not a Quotebank quote: invalid UTF-8")
        }
        guard let day = line.date.count >= 10 ? Day(String(decoding: line.date.prefix(10), as: UTF8.self)) : nil else {
            throw Skipped(message: "not a Quotebank quote: 'date' should be YYYY-MM-DD HH:MM:SS")
        }
        return day
    }

    /// True for a line with nothing but spaces, which is not counted as damaged.
    package static func isBlank(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        content.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// True when Quotebank names no speaker (`"None"`).
    package static func speakerIsUnknown(_ line: ScannedLine) -> Bool {
        line.speaker.isEmpty || line.speaker.elementsEqual("None".utf8)
    }
}
