/// How well typed letters match a name, as a command palette ranks: each letter in order,
/// runs and word starts counting most. A plain scoring in the manner of fzf's, on characters.
enum FuzzyMatch {
    /// The score of `typed` in `candidate` (higher is better), or nil when its letters are
    /// not all there in order. Case is ignored.
    static func score(_ typed: String, in candidate: String) -> Int? {
        let typed = Array(typed.lowercased())
        let letters = Array(candidate.lowercased())
        if typed.isEmpty { return 0 }
        var score = 0
        var position = 0
        var previous = -2
        for letter in typed {
            guard let found = letters[position...].firstIndex(of: letter) else { return nil }
            score += 1
            if found == previous + 1 { score += 4 }
            if found == 0 || !letters[found - 1].isLetter { score += 6 }
            // Letters far apart count a little less.
            score -= min(3, found - position)
            previous = found
            position = found + 1
        }
        if letters.starts(with: typed) { score += 10 }
        return score
    }
}
