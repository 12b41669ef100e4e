import ParleyModel

/// The places `n` and `N` step through: every highlighted range in every result's text, in
/// result order; a result that matched only on its speaker or cue counts once.
public enum MatchOccurrences {
    public struct Occurrence: Hashable, Sendable {
        /// Index into the results.
        public var result: Int
        /// The matched range in the quote's text, if the match is in the text.
        public var range: Range<Int>?
    }

    public static func list(_ results: [QuoteMatch]) -> [Occurrence] {
        var occurrences: [Occurrence] = []
        for (index, match) in results.enumerated() {
            let ranges = match.ranges(in: .text)
            if ranges.isEmpty {
                occurrences.append(Occurrence(result: index, range: nil))
            } else {
                occurrences += ranges.map { Occurrence(result: index, range: $0) }
            }
        }
        return occurrences
    }
}
