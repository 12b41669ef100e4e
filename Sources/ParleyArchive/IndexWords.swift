import ParleyModel

/// The words a full-text engine indexes for each quote: parley's own folded words
/// (`ByteTokenizer`, as the in-memory engine folds them), never the engine's own tokenizer's,
/// which would not agree on apostrophes, dashes and marks.
/// Besides the quotation's words each quote gets:
/// - each pair of adjacent words, led and joined by `·` ("·united·states"), so a phrase is
///   found by its pairs, not by every quote that merely holds its words somewhere (the index
///   keeps no positions). The leading `·` keeps pairs out of a word's prefix: "security" typed
///   is a prefix, and would otherwise gather every pair that starts with it;
/// - its speaker's words and pairs, led by `¶` ("¶putin", "¶·vladimir·putin"), so a bare word
///   finds text or speaker and `speaker:` finds only the speaker. The mark leads, so a
///   speaker's name being typed (`speaker:pu`) is a prefix of speaker words alone ("¶pu"*),
///   which the engines' prefix indexes answer, rather than of every word that starts alike;
/// - its day, month and year (`§d20220110`, `§m202201`, `§y2022`), so a date range is a
///   handful of words OR-ed rather than a scan;
/// - `§`, which every quote has, so an engine whose NOT needs two sides writes `§ NOT X`.
///
/// The marks are punctuation, which `ByteTokenizer` never keeps in a word, so no text word
/// can be taken for a pair, a speaker's word or a date.
package enum IndexWords {
    /// Leads the words about a quote rather than in it: its days and the word every quote has.
    package static let mark = "§"
    /// Leads a speaker's words and pairs.
    package static let speaker = "¶"
    /// Joins the two words of a pair; never part of a folded word (it is punctuation).
    package static let pair = "·"
    /// The word every quote has.
    package static let everything = "§"

    /// The indexed words of one quote.
    package static func words(text: [UInt8], speakerWords: String, day: Day) -> String {
        var result = ""
        result.reserveCapacity(text.count + 64)
        var previous: String?
        text.withUnsafeBufferPointer { bytes in
            ByteTokenizer.forEachWord(in: bytes) { bytes in
                let word = String(decoding: bytes, as: UTF8.self)
                result += word + " "
                if let previous { result += pairWord(previous, word) + " " }
                previous = word
            }
        }
        result += speakerWords
        result += dateWords(day)
        result += mark
        return result
    }

    /// The words of a quote's indexed words that a reader types: its text's words and its
    /// speaker's (with their mark), leaving out pairs, days and the word every quote has.
    package static func plainWords(in indexed: String) -> [Substring] {
        indexed.split(separator: " ").filter { word in
            !word.hasPrefix(pair) && !word.hasPrefix(mark) && !word.hasPrefix(speaker + pair)
        }
    }

    /// The indexed word for two adjacent words.
    package static func pairWord(_ first: String, _ second: String) -> String {
        pair + first + pair + second
    }

    /// A speaker's name as its marked words and pairs, each followed by a space.
    package static func speakerWords(_ name: String) -> String {
        var result = ""
        var previous: String?
        let bytes = Array(name.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            ByteTokenizer.forEachWord(in: buffer) { bytes in
                let word = String(decoding: bytes, as: UTF8.self)
                result += speaker + word + " "
                if let previous { result += speaker + pairWord(previous, word) + " " }
                previous = word
            }
        }
        return result
    }

    package static func dateWords(_ day: Day) -> String {
        "\(mark)d\(day.packed) \(mark)m\(day.packed / 100) \(mark)y\(day.year) "
    }

    /// Words covering every day from `from` through `through`: whole years,
    /// then whole months, then single days, so a range costs at most about ninety words.
    package static func dateRange(from: Day, through: Day) -> [String] {
        var words: [String] = []
        var cursor = from
        while cursor <= through {
            if cursor.month == 1, cursor.day == 1, let end = Day(year: cursor.year, month: 12, day: 31), end <= through {
                words.append("\(mark)y\(cursor.year)")
                guard let next = Day(year: cursor.year + 1, month: 1, day: 1) else { break }
                cursor = next
            } else if cursor.day == 1, let end = lastDay(ofMonthOf: cursor), end <= through {
                words.append("\(mark)m\(cursor.packed / 100)")
                guard let next = firstDay(afterMonthOf: cursor) else { break }
                cursor = next
            } else {
                words.append("\(mark)d\(cursor.packed)")
                guard let next = Day(year: cursor.year, month: cursor.month, day: cursor.day + 1) ?? firstDay(afterMonthOf: cursor) else { break }
                cursor = next
            }
        }
        return words
    }

    private static func lastDay(ofMonthOf day: Day) -> Day? {
        for last in stride(from: 31, through: 28, by: -1) {
            if let found = Day(year: day.year, month: day.month, day: last) { return found }
        }
        return nil
    }

    private static func firstDay(afterMonthOf day: Day) -> Day? {
        day.month == 12 ? Day(year: day.year + 1, month: 1, day: 1) : Day(year: day.year, month: day.month + 1, day: 1)
    }
}
