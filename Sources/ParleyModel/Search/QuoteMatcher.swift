/// Decides whether one prepared quote matches a query, how well, and which characters matched.
///
/// This is the single definition of what the query language means; any faster path (an index)
/// must agree with it.
package enum QuoteMatcher {
    /// The match, or nil when the document fails any clause.
    package static func match(_ query: SearchQuery, _ document: SearchDocument, index: Int) -> QuoteMatch? {
        var score = 0
        var highlights: [QuoteField: [Range<Int>]] = [:]
        for clause in query.clauses {
            var clauseHolds = false
            for term in clause.alternatives {
                let found = evaluate(term.kind, document)
                if term.negated {
                    if found == nil { clauseHolds = true }
                } else if let found {
                    clauseHolds = true
                    score += found.score
                    for (field, ranges) in found.ranges { highlights[field, default: []] += ranges }
                }
            }
            guard clauseHolds else { return nil }
        }
        return QuoteMatch(index: index, score: score, highlights: highlights.mapValues(merged))
    }

    /// What a term found in a document: its contribution to the score and the ranges it covers.
    private struct Found {
        var score: Int
        var ranges: [QuoteField: [Range<Int>]]
    }

    private static func evaluate(_ kind: SearchQuery.Kind, _ document: SearchDocument) -> Found? {
        switch kind {
        case let .words(words):
            return inFields(words.words, prefix: words.prefix, document, bonus: words.prefix ? 0 : 1)
        case let .phrase(words):
            return inFields(words, prefix: false, document, bonus: 2)
        case let .field(field, words):
            let names: [[String]]
            let shown: QuoteField?
            switch field {
            case .speaker: (names, shown) = (document.speakerNames, .speaker)
            case .party: (names, shown) = (document.partyNames, .party)
            case .meeting: (names, shown) = (document.meetingNames, .engagement)
            case .issue: (names, shown) = (document.issueNames, nil)
            case .flag: (names, shown) = (document.flagWords, nil)
            case .note: (names, shown) = (document.noteWords, nil)
            }
            guard
                names.contains(where: { !starts(of: words.words, prefix: words.prefix, in: $0, folded: { $0 }).isEmpty }
                )
            else { return nil }
            var ranges: [QuoteField: [Range<Int>]] = [:]
            if let shown {
                let tokens = document.fields[shown.rawValue]
                let hits = starts(of: words.words, prefix: words.prefix, in: tokens, folded: \.folded)
                if !hits.isEmpty { ranges[shown] = hits.map { span(tokens, from: $0, count: words.words.count) } }
            }
            return Found(score: 5, ranges: ranges)
        case let .date(from, through):
            if let from, document.date < from { return nil }
            if let through, document.date > through { return nil }
            return Found(score: 0, ranges: [:])
        case let .week(name):
            guard document.week?.matches(name) == true else { return nil }
            return Found(score: 0, ranges: [:])
        }
    }

    /// Words looked for in every field; scored by the best field and how often the text has them.
    private static func inFields(_ words: [String], prefix: Bool, _ document: SearchDocument, bonus: Int) -> Found? {
        var best = 0
        var ranges: [QuoteField: [Range<Int>]] = [:]
        for field in QuoteField.allCases {
            let tokens = document.fields[field.rawValue]
            let hits = starts(of: words, prefix: prefix, in: tokens, folded: \.folded)
            guard !hits.isEmpty else { continue }
            ranges[field] = hits.map { span(tokens, from: $0, count: words.count) }
            var value = field.weight
            if field == .text { value += min(hits.count, 3) - 1 }
            best = max(best, value)
        }
        guard best > 0 else { return nil }
        return Found(score: best * (words.count > 1 ? 2 : 1) + bonus, ranges: ranges)
    }

    /// Indices where `words` occur in `tokens` as consecutive whole words (the last as a prefix
    /// when `prefix` is set).
    package static func starts<Element>(
        of words: [String], prefix: Bool, in tokens: [Element], folded: (Element) -> String
    ) -> [Int] {
        guard !words.isEmpty, tokens.count >= words.count else { return [] }
        var result: [Int] = []
        let last = words.count - 1
        for start in 0...(tokens.count - words.count) {
            var matches = true
            for offset in 0...last {
                let token = folded(tokens[start + offset])
                let word = words[offset]
                // Words that begin with different ASCII characters can never match, and most
                // do: that settles most comparisons without Unicode's rules.
                if let first = token.utf8.first, let wanted = word.utf8.first, first < 0x80, wanted < 0x80,
                    first != wanted
                {
                    matches = false
                    break
                }
                let ok = offset == last && prefix ? token.hasPrefix(word) : token == word
                if !ok {
                    matches = false
                    break
                }
            }
            if matches { result.append(start) }
        }
        return result
    }

    private static func span(_ tokens: [Token], from start: Int, count: Int) -> Range<Int> {
        tokens[start].range.lowerBound..<tokens[start + count - 1].range.upperBound
    }

    /// Sorted ranges with overlapping and touching ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
