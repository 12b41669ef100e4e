import ParleyDraftQuality
import Testing

/// Reading PolNeAR's brat standoff labels and scoring against them, on an article of our own.
struct PolnearFormatTests {
    static let text = "Marta Novak said the talks were \"a step forward\". \"We will be back,\" she said."
    // Spans: Novak's name 0..<11, cue "said" 12..<16, content 17..<49; the second content
    // 51..<68, "she" 70..<73, "said" 74..<78.
    static let labels = """
    T1\tSource 0 11\tMarta Novak
    T2\tCue 12 16\tsaid
    T3\tContent 17 49\tthe talks were "a step forward"
    T4\tAttribution 12 16\tsaid
    E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
    T5\tContent 51 68\t"We will be back,"
    T6\tSource 70 73\tshe
    T7\tCue 74 78\tsaid
    T8\tAttribution 74 78\tsaid
    E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5
    #1\tAnnotatorNotes T1\tnot an attribution line
    """

    @Test func labelsAreReadIntoRanges() {
        let article = PolnearArticle(name: "wash-post_2016-01-01_example", text: Self.text, annotations: Self.labels)
        #expect(article.publisher == "wash-post")
        #expect(article.attributions.count == 2)
        #expect(article.attributions[0].source == [0..<11])
        #expect(article.attributions[0].content == [17..<49])
        #expect(article.attributions[0].isDirect)
        #expect(article.attributions[1].sourceText == "she")
    }

    @Test func scoresCountAsTheSharedScorerDoes() {
        let article = PolnearArticle(name: "nyt_x", text: Self.text, annotations: Self.labels)
        let predictions = [
            PolnearPrediction(pieces: [33..<47], speaker: "Marta Novak", mention: 0..<11, confidence: "high"),
            PolnearPrediction(pieces: [52..<66], speaker: "Marta Novak", mention: 70..<73, confidence: "medium"),
            PolnearPrediction(pieces: [0..<5], speaker: nil, mention: nil, confidence: "low"),
        ]
        let score = PolnearScore.score(predictions, against: article)
        #expect(score.predicted == 3)
        #expect(score.rightPredicted == 2)
        #expect(score.found == 2)
        // Only the first label names its source; "she" is judged by where the mention is.
        #expect(score.named == 1)
        #expect(score.namedRight == 1)
        #expect(score.located == 2)
        #expect(score.locatedRight == 2)
        #expect(score.byConfidence["high"]?.right == 1)
    }

    @Test func theFairSurnameIsTheNameBeforeAnApposition() {
        #expect(PolnearScore.surname("Alex Doe, a partner at Acme Strategies") == "strategies")
        #expect(PolnearScore.headSurname("Alex Doe, a partner at Acme Strategies") == "doe")
        #expect(PolnearScore.headSurname("Sen. Alex Doe of Ohio") == "doe")
        #expect(PolnearScore.surname("Mr. Doe's") == "doe")
        #expect(PolnearScore.surname("he") == nil)
    }
}
