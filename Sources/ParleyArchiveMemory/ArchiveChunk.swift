import ParleyArchive
import ParleyModel
import ParleyQuotebank
import ParleyYAML
/// The bytes of a file being loaded, shared read-only between the loading threads.
///
/// Nothing writes to them while any thread reads, which is why sharing the pointer is safe.
struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}

/// One chunk of an archive scanned on one thread: its quotes, words and damaged lines.
struct ChunkResult: Sendable {
    var texts = ByteArena()
    var ids = ByteArena()
    var urls = ByteArena()
    var speakers = TermTable()
    /// 0 for unknown, otherwise a local speaker number plus one.
    var speakerOf: [UInt32] = []
    var days: [Int32] = []
    var occurrences: [UInt32] = []
    var terms = TermTable(expected: 1 << 16)
    /// The distinct words of every quote, quote after quote.
    var docTerms: [UInt32] = []
    var docTermEnds: [UInt32] = []
    /// Damaged lines, numbered from 0 within the chunk.
    var warnings: [(line: Int, message: String)] = []
    var skipped = 0
    var lines = 0

    init(scanning bytes: UnsafeRawBufferPointer, range: Range<Int>, report: (Int, Int) -> Void) {
        let lineEstimate = range.count / 400
        texts.reserve(entries: lineEstimate, bytes: range.count / 3)
        docTerms.reserveCapacity(lineEstimate * 24)
        var line = ScannedLine()
        var lastSeen: [Int32] = []
        var start = range.lowerBound
        var reported = start
        var reportedQuotes = 0
        // An empty file maps to no memory at all: nothing to scan.
        guard let address = bytes.baseAddress, !range.isEmpty else { return }
        let base = address.assumingMemoryBound(to: UInt8.self)
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, base[end] != UInt8(ascii: "\n") { end += 1 }
            let lineNumber = lines
            lines += 1
            let content = UnsafeBufferPointer(start: base + start, count: end - start)
            start = end + 1
            if QuotebankLine.isBlank(content) { continue }
            let day: Day
            do throws(QuotebankLine.Skipped) {
                day = try QuotebankLine.read(content, into: &line)
            } catch {
                skip(lineNumber, error.message)
                continue
            }
            texts.append(line.quotation)
            ids.append(line.quoteID)
            urls.append(line.firstURL)
            days.append(day.packed)
            occurrences.append(UInt32(clamping: line.occurrences))
            speakerOf.append(QuotebankLine.speakerIsUnknown(line) ? 0 : line.speaker.withUnsafeBufferPointer { speakers.intern($0) } + 1)
            let document = Int32(docTermEnds.count)
            line.quotation.withUnsafeBufferPointer { text in
                ByteTokenizer.forEachWord(in: text) { word in
                    let term = Int(terms.intern(word))
                    if term >= lastSeen.count { lastSeen.append(contentsOf: repeatElement(-1, count: term - lastSeen.count + 1024)) }
                    // Each word counts once per quote.
                    if lastSeen[term] != document {
                        lastSeen[term] = document
                        docTerms.append(UInt32(term))
                    }
                }
            }
            docTermEnds.append(UInt32(docTerms.count))
            if start - reported >= 1 << 22 {
                report(start - reported, days.count - reportedQuotes)
                reported = start
                reportedQuotes = days.count
            }
        }
        report(min(start, range.upperBound) - reported, days.count - reportedQuotes)
    }

    private mutating func skip(_ line: Int, _ message: String) {
        skipped += 1
        if warnings.count < OpenedArchive.warningsKept { warnings.append((line, message)) }
    }
}
