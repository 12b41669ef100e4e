/// The inverted index of one archive: for every folded word, the quotes that hold it.
///
/// Postings are stored compressed-row style (one array of quote numbers, one of starts), and
/// words are also kept in sorted order so the word still being typed is found as a range.
struct ArchiveIndex: Sendable {
    /// Words of quotation texts.
    let terms: TermTable
    let postingStarts: [UInt32]
    let postings: [UInt32]
    /// Term numbers sorted by their bytes, for prefix ranges.
    let sortedTerms: [UInt32]

    /// Words of speakers' names, and for each the speakers whose name holds it.
    let speakerTerms: TermTable
    let speakerTermStarts: [UInt32]
    let speakerTermSpeakers: [UInt32]
    let sortedSpeakerTerms: [UInt32]
    /// For each speaker, the quotes they said.
    let speakerStarts: [UInt32]
    let speakerQuotes: [UInt32]
    /// Speakers' names as folded words, for checking a name phrase.
    let speakerWords: [[String]]

    /// Quote numbers in rank order: most quoted first, then archive order.
    let rankOrder: [UInt32]
    /// For each quote (in file order), its place in `rankOrder`.
    let rankOf: [UInt32]
    /// Quote numbers in date order, and their days alongside, so a date range is two binary
    /// searches rather than a pass over every quote.
    let dateOrder: [UInt32]
    let sortedDays: [Int32]

    /// The quotes dated from `low` through `high` (days packed as `yyyymmdd`).
    func quotes(from low: Int32, through high: Int32) -> ArraySlice<UInt32> {
        func firstIndex(notBelow day: Int32) -> Int {
            var lower = 0
            var upper = sortedDays.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if sortedDays[middle] < day { lower = middle + 1 } else { upper = middle }
            }
            return lower
        }
        let start = firstIndex(notBelow: low)
        let end = high == Int32.max ? sortedDays.count : firstIndex(notBelow: high + 1)
        return dateOrder[start..<max(start, end)]
    }

    func postings(ofTerm term: UInt32) -> ArraySlice<UInt32> {
        postings[Int(postingStarts[Int(term)])..<Int(postingStarts[Int(term) + 1])]
    }

    func speakers(ofTerm term: UInt32) -> ArraySlice<UInt32> {
        speakerTermSpeakers[Int(speakerTermStarts[Int(term)])..<Int(speakerTermStarts[Int(term) + 1])]
    }

    func quotes(ofSpeaker speaker: UInt32) -> ArraySlice<UInt32> {
        speakerQuotes[Int(speakerStarts[Int(speaker)])..<Int(speakerStarts[Int(speaker) + 1])]
    }

    /// The terms of `table` (sorted as `sorted`) that begin with `prefix`.
    static func terms(withPrefix prefix: String, in table: TermTable, sorted: [UInt32]) -> ArraySlice<UInt32> {
        let wanted = Array(prefix.utf8)
        func compare(_ term: UInt32) -> Int {
            table.words.withBytes(Int(term)) { bytes in
                for (offset, byte) in wanted.enumerated() {
                    guard offset < bytes.count else { return -1 }
                    if bytes[offset] != byte { return bytes[offset] < byte ? -1 : 1 }
                }
                return 0
            }
        }
        // First term not below the prefix, then the run of terms that start with it.
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if compare(sorted[middle]) < 0 { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < sorted.count, compare(sorted[end]) == 0 { end += 1 }
        return sorted[low..<end]
    }

    /// Builds compressed rows from a list of (row, value) pairs given row by row.
    static func rows(count: Int, values: [[UInt32]]) -> (starts: [UInt32], values: [UInt32]) {
        var starts = [UInt32](repeating: 0, count: count + 1)
        var flat: [UInt32] = []
        flat.reserveCapacity(values.reduce(0) { $0 + $1.count })
        for row in 0..<count {
            starts[row] = UInt32(flat.count)
            if row < values.count { flat.append(contentsOf: values[row]) }
        }
        starts[count] = UInt32(flat.count)
        return (starts, flat)
    }

    /// Term numbers ordered by their bytes.
    static func sorted(_ table: TermTable) -> [UInt32] {
        let bytes = table.words.bytes
        let ends = table.words.ends
        return (0..<UInt32(table.count)).sorted { a, b in
            let rangeA = (a == 0 ? 0 : Int(ends[Int(a) - 1]))..<Int(ends[Int(a)])
            let rangeB = (b == 0 ? 0 : Int(ends[Int(b) - 1]))..<Int(ends[Int(b)])
            return bytes[rangeA].lexicographicallyPrecedes(bytes[rangeB])
        }
    }
}
