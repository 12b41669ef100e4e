import ParleyArchive
import ParleyModel

/// Evaluates the query language over an archive's index, as sets of quote numbers.
///
/// The meaning is `QuoteMatcher`'s, applied to an archive quote's two fields (its text and its
/// speaker's name): single words come straight from postings, the word being typed from a range
/// of the sorted vocabulary, and phrases are checked against the text of the quotes that hold
/// all their words. The test suite compares every result with a plain scan by `QuoteMatcher`.
extension QuoteArchive {
    /// A word that a handful of quotes hold (between 3 and 10), for benchmarks of a rare word.
    public func rareWord() -> String? {
        for term in index.sortedTerms {
            let postings = index.postings(ofTerm: term).count
            if (3...10).contains(postings) { return index.terms.words.string(Int(term)) }
        }
        return nil
    }

    public func page(_ query: SearchQuery, after: Int?, limit: Int, isCancelled: () -> Bool) -> ArchivePage? {
        guard let bits = matches(query, isCancelled: isCancelled) else { return nil }
        var quotes: [ArchiveQuote] = []
        var rank = (after ?? -1) + 1
        while rank < count, quotes.count < limit {
            if isCancelled() { return nil }
            let position = Int(index.rankOrder[rank])
            if bits.contains(position) { quotes.append(quote(atPosition: position)) }
            rank += 1
        }
        // The rest of the rank order holds no match: the page is the last.
        var isLast = true
        while rank < count {
            if bits.contains(Int(index.rankOrder[rank])) {
                isLast = false
                break
            }
            rank += 1
        }
        return ArchivePage(quotes: quotes, isLast: isLast, total: bits.count)
    }

    public func count(_ query: SearchQuery, isCancelled: () -> Bool) -> Int? {
        matches(query, isCancelled: isCancelled)?.count
    }

    /// The quotes that satisfy `query` by position in the file, or nil when `isCancelled`
    /// turned true midway.
    public func matches(_ query: SearchQuery, isCancelled: () -> Bool = { false }) -> Bitset? {
        var result = Bitset.full(capacity: count)
        for clause in query.clauses {
            if isCancelled() { return nil }
            var clauseBits = Bitset(capacity: count)
            for term in clause.alternatives {
                let found = bits(term.kind)
                clauseBits.formUnion(term.negated ? found.complement() : found)
            }
            result.formIntersection(clauseBits)
        }
        return result
    }

    private func bits(_ kind: SearchQuery.Kind) -> Bitset {
        switch kind {
        case let .words(words):
            return words.words.count == 1
                ? wordBits(words.words[0], prefix: words.prefix) : phraseBits(words.words, prefix: words.prefix)
        case let .phrase(words):
            return phraseBits(words, prefix: false)
        case let .field(field, words):
            // Archive quotes have a speaker's name but no party, engagement or issue, and no reader's flag or note.
            guard field == .speaker else { return Bitset(capacity: count) }
            var bits = Bitset(capacity: count)
            insertQuotes(ofSpeakersSaying: words.words, prefix: words.prefix, into: &bits)
            return bits
        case .week:
            // Archive quotes belong to no week of a desk.
            return Bitset(capacity: count)
        case let .date(from, through):
            var bits = Bitset(capacity: count)
            for quote in index.quotes(
                from: from.map(\.packed) ?? Int32.min, through: through.map(\.packed) ?? Int32.max)
            {
                bits.insert(Int(quote))
            }
            return bits
        }
    }

    /// Quotes with `word` (or, while typing, a word starting with it) in the text or the speaker's name.
    private func wordBits(_ word: String, prefix: Bool) -> Bitset {
        var bits = textBits(word, prefix: prefix)
        for speaker in speakers(withWord: word, prefix: prefix) {
            for quote in index.quotes(ofSpeaker: speaker) { bits.insert(Int(quote)) }
        }
        return bits
    }

    private func textBits(_ word: String, prefix: Bool) -> Bitset {
        var bits = Bitset(capacity: count)
        if prefix {
            for term in ArchiveIndex.terms(withPrefix: word, in: index.terms, sorted: index.sortedTerms) {
                for quote in index.postings(ofTerm: term) { bits.insert(Int(quote)) }
            }
        } else if let term = index.terms.find(word) {
            for quote in index.postings(ofTerm: term) { bits.insert(Int(quote)) }
        }
        return bits
    }

    private func speakers(withWord word: String, prefix: Bool) -> [UInt32] {
        let terms: [UInt32] =
            prefix
            ? Array(ArchiveIndex.terms(withPrefix: word, in: index.speakerTerms, sorted: index.sortedSpeakerTerms))
            : index.speakerTerms.find(word).map { [$0] } ?? []
        var speakers: Set<UInt32> = []
        for term in terms { speakers.formUnion(index.speakers(ofTerm: term)) }
        return Array(speakers)
    }

    /// Quotes with the words in sequence, in the text or in the speaker's name.
    private func phraseBits(_ words: [String], prefix: Bool) -> Bitset {
        var candidates = Bitset.full(capacity: count)
        for (offset, word) in words.enumerated() {
            candidates.formIntersection(textBits(word, prefix: prefix && offset == words.count - 1))
        }
        var bits = Bitset(capacity: count)
        for quote in candidates.members where textHasSequence(quote, words, prefix: prefix) { bits.insert(quote) }
        insertQuotes(ofSpeakersSaying: words, prefix: prefix, into: &bits)
        return bits
    }

    private func insertQuotes(ofSpeakersSaying words: [String], prefix: Bool, into bits: inout Bitset) {
        guard let first = words.first else { return }
        for speaker in speakers(withWord: first, prefix: prefix && words.count == 1)
        where !QuoteMatcher.starts(of: words, prefix: prefix, in: index.speakerWords[Int(speaker)], folded: { $0 })
            .isEmpty
        {
            for quote in index.quotes(ofSpeaker: speaker) { bits.insert(Int(quote)) }
        }
    }

    private func textHasSequence(_ quote: Int, _ words: [String], prefix: Bool) -> Bool {
        var tokens: [String] = []
        texts.withBytes(quote) { text in
            ByteTokenizer.forEachWord(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        }
        return !QuoteMatcher.starts(of: words, prefix: prefix, in: tokens, folded: { $0 }).isEmpty
    }
}
