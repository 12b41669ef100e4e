import ParleyModel

extension Confidence {
    /// The level of one drafted attribution.
    ///
    /// The level comes from how clearly the speaker ranker preferred its choice (the margin
    /// over the next candidate) and from how the mention became a name: a full name beside
    /// the verb is surer than a pronoun resolved three sentences back. Where each level
    /// begins, for each kind of resolution, is measured on the train compartment by
    /// `parley-bench train` (high where at least 97% were right) and kept with the ranker's
    /// weights.
    static func of(_ choice: SpeakerChoice, speaker: DraftSpeaker?, scorer: LinearScorer) -> Confidence {
        guard let speaker, speaker.name != nil else { return .low }
        let group = speaker.resolution.key
        if let high = scorer.thresholds["high." + group], choice.margin >= high { return .high }
        if let medium = scorer.thresholds["medium." + group], choice.margin >= medium { return .medium }
        return .low
    }
}
