/// Finds the closest candidate to a misspelt word, for "did you mean" hints.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance, when it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int, length: Int)?
        for candidate in candidates {
            // An id is also matched by its dashed parts, so "genva" finds "geneva-ssd".
            let whole = candidate.lowercased()
            let parts = [whole] + (whole.contains("-") ? whole.split(separator: "-").map(String.init) : [])
            for part in parts {
                let scalars = Array(part.unicodeScalars)
                let distance = editDistance(target, scalars)
                if distance < (best?.distance ?? Int.max) { best = (candidate, distance, scalars.count) }
            }
        }
        guard let best else { return nil }
        // One edit in three characters, at least one: "tittle" → "title", "partys" → "parties", but not "foo" → "id".
        let allowed = max(1, min(target.count, best.length) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance with transpositions counted as one edit (optimal string alignment).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// " (did you mean 'x'?)" or nothing, ready to append to a message.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
