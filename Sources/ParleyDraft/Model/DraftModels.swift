/// The two learned parts of the drafter: the speaker ranker and the quotation filter.
///
/// Their weights are trained by `parley-bench train` on the train compartment of PolNeAR
/// (real US political news of 2016) and kept in the files beside this one, compiled into the
/// binary: the drafter runs offline and the same everywhere. Empty weights leave the rules
/// to decide alone.
public struct DraftModels: Sendable, Equatable {
    /// Scores each speaker candidate; the highest wins. Its thresholds set the confidence levels.
    public var speakers: LinearScorer
    /// Scores whether marks hold something said (above its `keep` threshold, 0 without one)
    /// or a title, a term, a scare quote.
    public var spans: LinearScorer

    public init(speakers: LinearScorer, spans: LinearScorer) {
        self.speakers = speakers
        self.spans = spans
    }

    /// The weights compiled into parley.
    public static let standard = DraftModels(
        speakers: LinearScorer(text: String(decoding: PackageResources.speaker_weights_txt, as: UTF8.self)),
        spans: LinearScorer(text: String(decoding: PackageResources.quotation_weights_txt, as: UTF8.self))
    )

    /// No weights: the rules alone, as the drafter was before it learned anything.
    public static let rulesOnly = DraftModels(speakers: LinearScorer(), spans: LinearScorer())
}
