import Foundation

/// Which prepared quotes could match a query, found from the words and weeks they hold: what
/// lets a search of a desk of tens of thousands of quotes look at a few hundred.
///
/// It only narrows. Every document it names is still checked by `QuoteMatcher`, which alone
/// decides what matches; a clause the index cannot read (a negation, a field, a date) narrows
/// nothing, so the index never drops a quote the matcher would keep.
struct SearchIndex: Sendable {
    /// How many documents there are.
    private let count: Int
    /// Every word of every field, in the canonical form of `key(_:)`, sorted by its UTF-8 bytes
    /// so the words with one beginning stand together.
    private let vocabulary: [[UInt8]]
    /// The documents holding each word of `vocabulary`, in increasing order.
    private let postings: [[Int32]]
    /// The position in `vocabulary` of each word.
    private let positions: [String: Int]
    /// The weeks of the desk, and the documents in each.
    private let weeks: [(week: SearchWeek, documents: [Int32])]

    init(documents: [SearchDocument]) {
        count = documents.count
        var found: [String: [Int32]] = [:]
        var weekPositions: [String: Int] = [:]
        var weeks: [(week: SearchWeek, documents: [Int32])] = []
        for (index, document) in documents.enumerated() {
            let number = Int32(index)
            for tokens in document.fields {
                for token in tokens {
                    let key = Self.key(token.folded)
                    // Documents come in order, so a document already listed is the last one.
                    if found[key]?.last != number { found[key, default: []].append(number) }
                }
            }
            if let week = document.week {
                if let position = weekPositions[week.id] {
                    weeks[position].documents.append(number)
                } else {
                    weekPositions[week.id] = weeks.count
                    weeks.append((week, [number]))
                }
            }
        }
        let sorted = found.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        vocabulary = sorted.map { Array($0.utf8) }
        postings = sorted.map { found[$0] ?? [] }
        positions = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
        self.weeks = weeks
    }

    /// The documents that could match `query`; nil when it narrows nothing (every document could).
    func candidates(for query: SearchQuery) -> Bitset? {
        var result: Bitset?
        for clause in query.clauses {
            guard let set = candidates(for: clause) else { continue }
            if result == nil {
                result = set
            } else {
                result?.formIntersection(set)
            }
        }
        return result
    }

    /// The documents a clause could hold in: the union over its terms, or nil when any term
    /// is one the index cannot narrow (a negated term holds in documents lacking a word).
    private func candidates(for clause: SearchQuery.Clause) -> Bitset? {
        var union = Bitset(capacity: count)
        for term in clause.alternatives {
            guard !term.negated, let set = candidates(for: term.kind) else { return nil }
            union.formUnion(set)
        }
        return union
    }

    private func candidates(for kind: SearchQuery.Kind) -> Bitset? {
        switch kind {
        case let .words(words): return holding(words.words, prefix: words.prefix)
        case let .phrase(words): return holding(words, prefix: false)
        case let .week(name):
            var set = Bitset(capacity: count)
            for week in weeks where week.week.matches(name) { set.insert(week.documents) }
            return set
        case .field, .date: return nil
        }
    }

    /// The documents holding every one of `words` somewhere, the last perhaps as a beginning:
    /// all a match of them as consecutive words in one field needs, and more.
    private func holding(_ words: [String], prefix: Bool) -> Bitset {
        var result: Bitset?
        for (offset, word) in words.enumerated() {
            var set = Bitset(capacity: count)
            let key = Self.key(word)
            if prefix, offset == words.count - 1 {
                for position in beginningWith(key) { set.insert(postings[position]) }
            } else if let position = positions[key] {
                set.insert(postings[position])
            }
            if result == nil {
                result = set
            } else {
                result?.formIntersection(set)
            }
        }
        // No words match nothing, as in the matcher.
        return result ?? Bitset(capacity: count)
    }

    /// The positions in `vocabulary` of the words that begin with `key`'s bytes.
    private func beginningWith(_ key: String) -> Range<Int> {
        let bytes = Array(key.utf8)
        var low = 0
        var high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if vocabulary[middle].lexicographicallyPrecedes(bytes) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < vocabulary.count, vocabulary[end].starts(with: bytes) { end += 1 }
        return low..<end
    }

    /// The form a word is indexed and looked up in: composed (NFC), so that a word and its
    /// beginning compare byte by byte whichever way their accents were written.
    private static func key(_ word: String) -> String {
        word.utf8.allSatisfy { $0 < 0x80 } ? word : word.precomposedStringWithCanonicalMapping
    }
}
