#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// A damaged line of an archive that was skipped: `FILE:LINE: warning: MESSAGE`.
public struct ArchiveWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): warning: \(message)" }
}

/// How far loading an archive has got.
public struct ArchiveProgress: Hashable, Sendable {
    public var bytesRead: Int
    public var totalBytes: Int
    public var quotes: Int

    public var fraction: Double { totalBytes == 0 ? 1 : Double(bytesRead) / Double(totalBytes) }
}

/// An archive that loaded, with the first few damaged lines and how many were skipped in all.
public struct LoadedArchive: Sendable {
    public var archive: QuoteArchive
    /// The first damaged lines (at most `ArchiveLoader.warningsKept`).
    public var warnings: [ArchiveWarning]
    public var skippedLines: Int
}

/// Why an archive could not be read at all (exit status 66).
public struct ArchiveLoadFailure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}

/// Reads Quotebank JSON Lines archives into memory and indexes them, using every core.
///
/// The file is mapped, not read, and split at line boundaries into one chunk per core; each
/// chunk is scanned, tokenised and interned on its own, then the chunks are merged in order,
/// so quote numbers follow the file and postings come out sorted.
public enum ArchiveLoader {
    /// Damaged lines reported one by one; the rest are only counted.
    public static let warningsKept = 5

    public static func load(path: String, progress: (@Sendable (ArchiveProgress) -> Void)? = nil) throws(ArchiveLoadFailure) -> LoadedArchive {
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: path)
        } catch {
            throw ArchiveLoadFailure(path: path, reason: error.reason)
        }
        defer { mapped.close() }
        return load(bytes: mapped.bytes, path: path, progress: progress)
    }

    /// Loads from bytes already in memory (tests, and text that did not come from a file).
    ///
    /// - Parameter chunks: how many pieces to split the work into; by default one per core
    ///   (one for less than a megabyte). Any number gives the same archive.
    public static func load(bytes: UnsafeRawBufferPointer, path: String, chunks requested: Int? = nil, progress: (@Sendable (ArchiveProgress) -> Void)? = nil) -> LoadedArchive {
        let shared = SharedBytes(bytes: bytes)
        let totalBytes = bytes.count
        let cores = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let chunks = chunkRanges(of: bytes, count: requested ?? (bytes.count < 1 << 20 ? 1 : cores))
        let results = Mutex<[ChunkResult?]>(Array(repeating: nil, count: chunks.count))
        let done = Mutex<(bytes: Int, quotes: Int)>((0, 0))
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            let result = ChunkResult(scanning: shared.bytes, range: chunks[chunk]) { bytesRead, quotes in
                guard let progress else { return }
                let total = done.withLock { state -> (Int, Int) in
                    state.bytes += bytesRead
                    state.quotes += quotes
                    return (state.bytes, state.quotes)
                }
                progress(ArchiveProgress(bytesRead: total.0, totalBytes: totalBytes, quotes: total.1))
            }
            results.withLock { $0[chunk] = result }
        }
        let parts = results.withLock { $0.compactMap { $0 } }
        return merge(parts, path: path)
    }

    /// Splits `bytes` into `count` ranges that each end at a line break.
    static func chunkRanges(of bytes: UnsafeRawBufferPointer, count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 1...count {
            var end = part == count ? bytes.count : max(start, bytes.count * part / count)
            while end < bytes.count, end > 0, bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
            if end > start || part == count { ranges.append(start..<end) }
            start = end
        }
        return ranges
    }

    private static func merge(_ parts: [ChunkResult], path: String) -> LoadedArchive {
        var warnings: [ArchiveWarning] = []
        var skipped = 0
        var firstLine = 1
        for part in parts {
            for warning in part.warnings where warnings.count < warningsKept {
                warnings.append(ArchiveWarning(file: path, line: firstLine + warning.line, message: warning.message))
            }
            skipped += part.skipped
            firstLine += part.lines
        }

        // Words and speakers: one numbering for the whole archive.
        var terms = TermTable(expected: parts.reduce(0) { $0 + $1.terms.count })
        var speakers = TermTable(expected: parts.reduce(0) { $0 + $1.speakers.count })
        var texts = ByteArena()
        var ids = ByteArena()
        var urls = ByteArena()
        var speakerOf: [UInt32] = []
        var days: [Int32] = []
        var occurrences: [UInt32] = []
        let total = parts.reduce(0) { $0 + $1.days.count }
        speakerOf.reserveCapacity(total)
        days.reserveCapacity(total)
        occurrences.reserveCapacity(total)
        texts.reserve(entries: total, bytes: parts.reduce(0) { $0 + $1.texts.bytes.count })
        var termMaps: [[UInt32]] = []
        for part in parts {
            termMaps.append((0..<part.terms.count).map { id in part.terms.words.withBytes(id) { terms.intern($0) } })
            let speakerMap = [0] + (0..<part.speakers.count).map { id in part.speakers.words.withBytes(id) { speakers.intern($0) + 1 } }
            speakerOf += part.speakerOf.map { speakerMap[Int($0)] }
            texts.append(contentsOf: part.texts)
            ids.append(contentsOf: part.ids)
            urls.append(contentsOf: part.urls)
            days += part.days
            occurrences += part.occurrences
        }

        // Postings: count, then fill in quote order, which keeps every list sorted.
        var counts = [UInt32](repeating: 0, count: terms.count + 1)
        for (part, map) in zip(parts, termMaps) {
            for term in part.docTerms { counts[Int(map[Int(term)])] += 1 }
        }
        var starts = [UInt32](repeating: 0, count: terms.count + 1)
        var running: UInt32 = 0
        for term in 0..<terms.count {
            starts[term] = running
            running += counts[term]
        }
        starts[terms.count] = running
        var postings = [UInt32](repeating: 0, count: Int(running))
        var cursor = starts
        var base: UInt32 = 0
        for (part, map) in zip(parts, termMaps) {
            var begin = 0
            for (doc, end) in part.docTermEnds.enumerated() {
                for position in begin..<Int(end) {
                    let term = Int(map[Int(part.docTerms[position])])
                    postings[Int(cursor[term])] = base + UInt32(doc)
                    cursor[term] += 1
                }
                begin = Int(end)
            }
            base += UInt32(part.docTermEnds.count)
        }

        // Speakers: their names' words, and the quotes each said.
        var speakerNames = [""]
        var speakerTerms = TermTable()
        var speakersOfTerm: [[UInt32]] = []
        var speakerWords: [[String]] = [[]]
        for speaker in 0..<speakers.count {
            let name = speakers.words.string(speaker)
            speakerNames.append(name)
            var words: [String] = []
            speakers.words.withBytes(speaker) { bytes in
                ByteTokenizer.forEachWord(in: bytes) { word in
                    let term = Int(speakerTerms.intern(word))
                    if term == speakersOfTerm.count { speakersOfTerm.append([]) }
                    if speakersOfTerm[term].last != UInt32(speaker + 1) { speakersOfTerm[term].append(UInt32(speaker + 1)) }
                    words.append(String(decoding: word, as: UTF8.self))
                }
            }
            speakerWords.append(words)
        }
        let speakerRows = ArchiveIndex.rows(count: speakerTerms.count, values: speakersOfTerm)
        var quotesOfSpeaker = [[UInt32]](repeating: [], count: speakerNames.count)
        for (quote, speaker) in speakerOf.enumerated() where speaker != 0 { quotesOfSpeaker[Int(speaker)].append(UInt32(quote)) }
        let quoteRows = ArchiveIndex.rows(count: speakerNames.count, values: quotesOfSpeaker)

        // Rank: most quoted first; equal counts keep archive order (a bucket per count).
        var buckets: [UInt32: [UInt32]] = [:]
        for (quote, count) in occurrences.enumerated() { buckets[count, default: []].append(UInt32(quote)) }
        let rankOrder = buckets.keys.sorted(by: >).flatMap { buckets[$0]! }
        // Date order the same way: a bucket per day, days in order, archive order within a day.
        var dayBuckets: [Int32: [UInt32]] = [:]
        for (quote, day) in days.enumerated() { dayBuckets[day, default: []].append(UInt32(quote)) }
        var dateOrder: [UInt32] = []
        var sortedDays: [Int32] = []
        dateOrder.reserveCapacity(days.count)
        sortedDays.reserveCapacity(days.count)
        for day in dayBuckets.keys.sorted() {
            let quotes = dayBuckets[day]!
            dateOrder += quotes
            sortedDays += repeatElement(day, count: quotes.count)
        }

        let index = ArchiveIndex(
            terms: terms, postingStarts: starts, postings: postings, sortedTerms: ArchiveIndex.sorted(terms),
            speakerTerms: speakerTerms, speakerTermStarts: speakerRows.starts, speakerTermSpeakers: speakerRows.values,
            sortedSpeakerTerms: ArchiveIndex.sorted(speakerTerms), speakerStarts: quoteRows.starts, speakerQuotes: quoteRows.values,
            speakerWords: speakerWords, rankOrder: rankOrder, dateOrder: dateOrder, sortedDays: sortedDays
        )
        let archive = QuoteArchive(
            path: path, texts: texts, ids: ids, urls: urls, speakerOf: speakerOf, speakerNames: speakerNames,
            days: days, occurrences: occurrences, index: index
        )
        return LoadedArchive(archive: archive, warnings: warnings, skippedLines: skipped)
    }
}

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
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            line.reset()
            do {
                try QuotebankScanner.scan(content, into: &line)
            } catch {
                skip(lineNumber, "not a Quotebank quote: \(error.message)" + (error.column > 1 ? " (column \(error.column))" : ""))
                continue
            }
            guard UTF8Check.firstInvalidOffset(in: line.quotation) == nil, UTF8Check.firstInvalidOffset(in: line.speaker) == nil else {
                skip(lineNumber, "not a Quotebank quote: invalid UTF-8")
                continue
            }
            guard let day = line.date.count >= 10 ? Day(String(decoding: line.date.prefix(10), as: UTF8.self)) : nil else {
                skip(lineNumber, "not a Quotebank quote: 'date' should be YYYY-MM-DD HH:MM:SS")
                continue
            }
            texts.append(line.quotation)
            ids.append(line.quoteID)
            urls.append(line.firstURL)
            days.append(QuoteArchive.pack(day))
            occurrences.append(UInt32(clamping: line.occurrences))
            let unknown = line.speaker.isEmpty || line.speaker.elementsEqual("None".utf8)
            speakerOf.append(unknown ? 0 : line.speaker.withUnsafeBufferPointer { speakers.intern($0) } + 1)
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
        if warnings.count < ArchiveLoader.warningsKept { warnings.append((line, message)) }
    }
}

/// A file mapped into memory for reading.
struct MappedFile {
    /// Why a file could not be mapped.
    struct Failure: Error {
        var reason: String
    }

    let bytes: UnsafeRawBufferPointer
    private let length: Int

    init(path: String) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: FileReader.reason(errno)) }
        defer { Glibc.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: FileReader.reason(errno)) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw Failure(reason: "is a directory, not a file") }
        length = Int(status.st_size)
        guard length > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw Failure(reason: FileReader.reason(errno))
        }
        madvise(address, length, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: address, count: length)
    }

    func close() {
        if let address = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: address), length) }
    }
}
