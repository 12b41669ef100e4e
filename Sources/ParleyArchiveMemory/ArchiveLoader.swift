import Dispatch
import ParleyArchive
import ParleyModel
import ParleyQuotebank
import ParleySystem
import Synchronization

/// An archive read into memory, with the first few damaged lines and how many were skipped in all.
public struct LoadedArchive: Sendable {
    public var archive: QuoteArchive
    /// The first damaged lines (at most `OpenedArchive.warningsKept`).
    public var warnings: [ArchiveWarning]
    public var skippedLines: Int

    /// The archive as the front ends take any archive.
    public var opened: OpenedArchive { OpenedArchive(store: archive, warnings: warnings, skippedLines: skippedLines) }
}

/// Reads Quotebank JSON Lines archives into memory and indexes them, using every core.
///
/// A regular file is mapped, not read (a pipe is read to its end first), and split at line
/// boundaries into one chunk per core; each chunk is scanned, tokenised and interned on its
/// own, then the chunks are merged in order, so quote numbers follow the file and postings
/// come out sorted.
public enum ArchiveLoader {
    /// Loads the archive at `path`, reporting progress from the loading threads as it goes.
    public static func load(path: String, progress: (@Sendable (ArchiveProgress) -> Void)? = nil) throws(ArchiveLoadFailure) -> LoadedArchive {
        let start = ContinuousClock.now
        let file: FileBytes
        do {
            file = try FileBytes(path: path) { bytesRead in
                guard let progress else { return }
                let elapsed = ArchiveProgress.seconds(from: start, to: .now)
                progress(ArchiveProgress(stage: .reading, bytes: bytesRead, quotes: 0, elapsed: elapsed, stageElapsed: elapsed))
            }
        } catch {
            throw ArchiveLoadFailure(path: path, reason: error.reason)
        }
        defer { file.release() }
        return index(file.bytes, path: path, loadStart: start, chunks: nil, progress: progress)
    }

    /// Loads from bytes already in memory (tests, and text that did not come from a file).
    ///
    /// - Parameter chunks: how many pieces to split the work into; by default one per core
    ///   (one for less than a megabyte). Any number gives the same archive.
    public static func load(bytes: UnsafeRawBufferPointer, path: String, chunks: Int? = nil, progress: (@Sendable (ArchiveProgress) -> Void)? = nil) -> LoadedArchive {
        index(bytes, path: path, loadStart: .now, chunks: chunks, progress: progress)
    }

    private static func index(_ bytes: UnsafeRawBufferPointer, path: String, loadStart: ContinuousClock.Instant, chunks requested: Int?, progress: (@Sendable (ArchiveProgress) -> Void)?) -> LoadedArchive {
        let shared = SharedBytes(bytes: bytes)
        let stage = ArchiveProgress.Stage.indexing(totalBytes: bytes.count)
        let stageStart = ContinuousClock.now
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
                // One reading of the clock, so the stage never seems older than the load.
                let now = ContinuousClock.now
                progress(ArchiveProgress(stage: stage, bytes: total.0, quotes: total.1,
                                         elapsed: ArchiveProgress.seconds(from: loadStart, to: now), stageElapsed: ArchiveProgress.seconds(from: stageStart, to: now)))
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
            for warning in part.warnings where warnings.count < OpenedArchive.warningsKept {
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

        let rankOrder = ArchiveRanking.order(occurrences: occurrences)
        var rankOf = [UInt32](repeating: 0, count: rankOrder.count)
        for (rank, position) in rankOrder.enumerated() { rankOf[Int(position)] = UInt32(rank) }
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
            speakerWords: speakerWords, rankOrder: rankOrder, rankOf: rankOf, dateOrder: dateOrder, sortedDays: sortedDays
        )
        let archive = QuoteArchive(
            path: path, texts: texts, ids: ids, urls: urls, speakerOf: speakerOf, speakerNames: speakerNames,
            days: days, occurrences: occurrences, index: index
        )
        return LoadedArchive(archive: archive, warnings: warnings, skippedLines: skipped)
    }
}
