/// A mention that may have spoken a quotation — or nobody the article names — with the
/// features the speaker ranker weighs.
struct SpeakerCandidate: Sendable, Hashable {
    /// Nil for "nobody named here": the quotation's speaker is not in the text around it.
    var mention: Mention?
    /// How the candidate stands to the quotation, as the ranker's feature names.
    var features: [String]
    /// What makes it a speaker, in words, for the draft's reader ("name before the verb").
    var reason: String
}
