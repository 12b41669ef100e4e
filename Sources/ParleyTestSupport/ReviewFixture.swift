import ParleyModel

/// A made-up article under review, with four drafted quotations of every kind the review
/// screen treats apart: a sure one, a joined one with a pronoun, a low-confidence fragment,
/// and one with nobody named and its day unsettled.
public enum ReviewFixture {
    public static let text = """
        Castle talks end without a deal

        The talks at the castle in Strelsau ended on Tuesday without agreement. \
        “We will not give up the border,” Bertram Bertrand, the king's envoy, told reporters. \
        “Nor will we,” he said later, “move a single soldier.”

        His rival, Rupert Castell, called the offer “an insult”. Officials said the talks \
        “could resume” in the spring.
        """

    /// Where `words` first stands in the text, in characters.
    public static func characters(_ words: String) -> Range<Int> {
        guard let range = text.range(of: words) else { return 0..<0 }
        let start = text.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(start + words.count)
    }

    public static let envoy = ReviewArticle.Person(name: "Bertram Bertrand", role: "the king's envoy")
    public static let rival = ReviewArticle.Person(name: "Rupert Castell")

    public static var article: ReviewArticle {
        let tuesday = Day("2030-01-04")!
        return ReviewArticle(
            file: "castle.txt", text: text, title: "Castle talks end without a deal", outlet: "Strelsau Gazette",
            date: Day("2030-01-05"), sourceFile: "castle.txt", people: [envoy, rival],
            items: [
                ReviewItem(
                    pieces: ["We will not give up the border,"],
                    ranges: [characters("We will not give up the border,")],
                    speaker: envoy.name, role: envoy.role, mention: "Bertram Bertrand",
                    mentionRange: characters("Bertram Bertrand"), cue: "told reporters", date: tuesday,
                    confidence: .high, reason: "name before the speech verb"),
                ReviewItem(
                    pieces: ["Nor will we,", "move a single soldier."],
                    ranges: [characters("Nor will we,"), characters("move a single soldier.")], speaker: envoy.name,
                    role: envoy.role, mention: "he",
                    mentionRange: characters("he said").lowerBound..<(characters("he said").lowerBound + 2),
                    cue: "said later",
                    date: tuesday, confidence: .medium, reason: "pronoun resolved to the sentence subject"),
                ReviewItem(
                    pieces: ["an insult"], ranges: [characters("an insult")], speaker: rival.name,
                    mention: "Rupert Castell", mentionRange: characters("Rupert Castell"), cue: "called",
                    date: tuesday, partial: true, confidence: .low, reason: "nearest name across a sentence"),
                ReviewItem(
                    pieces: ["could resume"], ranges: [characters("could resume")], speaker: nil, mention: "Officials",
                    mentionRange: characters("Officials"), cue: "said", date: Day("2030-01-05")!,
                    unsettledDate: "the article does not say when", partial: true, confidence: .low,
                    reason: "an unnamed source"),
            ])
    }

    public static var session: ReviewSession { ReviewSession(articles: [article]) }
}

extension ReviewFixture {
    /// Runs `body` in a folder of its own holding the article as `castle.txt`, so that a
    /// dossier beside it can name it as its source's `file:` and be checked against it.
    public static func inFolder(_ body: (String) throws -> Void) throws {
        try TemporaryFolder.with("parley-review") { folder in
            try text.write(toFile: folder + "/castle.txt", atomically: true, encoding: .utf8)
            try body(folder)
        }
    }
}
