/// Lists who may have spoken each quotation: the mentions in its sentence and the few before
/// it, the speaker the rules chose, and "nobody named here", each described by features the
/// speaker ranker weighs (how it stands to a speech verb, to the quotation and to the speaker
/// before).
///
/// The rules of `AttributionFinder` stay the first judge: their choice is a feature, and
/// comes first, so an untrained ranker agrees with them. What the ranker adds is weighing the
/// cases the rules cannot settle — a quotation with no speech verb near it, a pronoun, a
/// speaker carried over from a paragraph before.
struct SpeakerCandidates {
    let tokens: [ArticleToken]
    let coverage: QuoteCoverage
    let finder: AttributionFinder
    /// Where mentions that are the subject of a speech verb begin ("Smith said", "Smith, 58, told").
    private let speechSubjects: Set<Int>
    /// Where mentions that follow a speech verb begin ("said Smith").
    private let invertedSubjects: Set<Int>
    /// Where each sentence's subject begins.
    private let sentenceSubjects: Set<Int>
    /// Sentences that hold a speech verb outside quotations.
    private let speechSentences: Set<Int>
    /// Whom a mention stands for, as the name resolver sees it.
    private let resolve: (Mention) -> DraftSpeaker

    /// How many sentences before a quotation's own are searched for its speaker.
    static let sentencesBefore = 3
    /// How far, in tokens, before and after the quotation.
    static let tokensBefore = 150
    static let tokensAfter = 60
    /// The most mentions weighed for one quotation (the rules' choice and the previous
    /// speaker included), nearest first.
    static let maximumCandidates = 12

    init(tokens: [ArticleToken], coverage: QuoteCoverage, finder: AttributionFinder, resolve: @escaping (Mention) -> DraftSpeaker) {
        self.tokens = tokens
        self.coverage = coverage
        self.finder = finder
        self.resolve = resolve
        var speech = Set<Int>(), inverted = Set<Int>(), subjects = Set<Int>(), verbs = Set<Int>()
        for (number, sentence) in finder.sentences.enumerated() {
            if let subject = finder.sentenceSubject(sentence, before: sentence.upperBound) { subjects.insert(subject.extent.lowerBound) }
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard !coverage.isQuoted(index), let verb = finder.speechVerb(at: index) else {
                    index += 1
                    continue
                }
                verbs.insert(number)
                if let subject = finder.subject(endingBefore: verb.lowerBound, floor: sentence.lowerBound) { speech.insert(subject.extent.lowerBound) }
                var after = verb.upperBound
                while after < sentence.upperBound, tokens[after].text == "," { after += 1 }
                if let subject = finder.mention(startingAt: after, limit: sentence.upperBound) ?? finder.nameAfterUnknownRole(from: after, limit: sentence.upperBound) {
                    inverted.insert(subject.extent.lowerBound)
                }
                index = verb.upperBound
            }
        }
        speechSubjects = speech
        invertedSubjects = inverted
        sentenceSubjects = subjects
        speechSentences = verbs
    }

    /// What the rules decided about one quotation, which the candidates are described against.
    struct Quotation {
        var span: QuotationSpan
        /// The rules' attribution, if they found one.
        var rule: Attribution?
        /// The attribution of the quotation before, in the same or an earlier paragraph.
        var previous: Attribution?
        var partial: Bool
        /// Nothing but the quotation opens its sentence.
        var standsAlone: Bool

        /// True when a speech verb right beside a whole quotation attributes it ("“…,” she
        /// said", "he said: “…”"): such words are kept whatever the quotation filter thinks
        /// (a fragment, which may be a title after "said on", is the filter's to weigh).
        var isAttributedByRules: Bool {
            guard !partial, let rule, rule.cue != nil else { return false }
            return rule.placement == .after || rule.placement == .inside || rule.placement == .before
        }
    }

    /// The candidates for one quotation: the rules' choice first, then the mentions nearest
    /// the quotation, then "nobody named here".
    func candidates(for quotation: Quotation) -> [SpeakerCandidate] {
        let span = quotation.span
        let first = finder.sentenceOf[span.firstToken]
        let last = finder.sentenceOf[span.endToken - 1]
        let paragraph = tokens[span.firstToken].paragraph
        var mentions: [Mention] = []
        if let rule = quotation.rule { mentions.append(rule.mention) }
        let low = max(0, first - Self.sentencesBefore)
        let high = min(finder.sentences.count - 1, last + 1)
        var nearby: [Mention] = []
        // Only so far from the quotation, whatever the sentences: a hostile text may run a
        // sentence over thousands of words.
        let window = (span.firstToken - Self.tokensBefore)..<(span.endToken + Self.tokensAfter)
        for number in low...high {
            for mention in finder.mentions[finder.mentionsOf[number]] where !coverage.isQuoted(mention.extent.lowerBound) {
                guard window.contains(mention.extent.lowerBound) || window.contains(mention.extent.upperBound - 1) else { continue }
                let at = tokens[mention.extent.lowerBound].paragraph
                // The sentence after only within the paragraph ("“…” The words were Smith's.").
                guard at <= paragraph, at + 2 >= paragraph, number <= last || at == paragraph else { continue }
                nearby.append(mention)
            }
        }
        // "she was warned that “…”": whoever stands before a passive verb of telling heard the
        // words, so only what follows it (the agent: "by officials") may have said them.
        if let passive = passiveVerb(before: span) {
            nearby.removeAll { $0.extent.upperBound <= passive }
            mentions.removeAll { $0.extent.upperBound <= passive }
        }
        // Nearest the quotation first: those in its sentences, then back in the text.
        nearby.sort { distance($0, to: span) < distance($1, to: span) }
        for mention in nearby where mentions.count < Self.maximumCandidates && !mentions.contains(where: { $0.extent == mention.extent }) { mentions.append(mention) }
        if let previous = quotation.previous?.mention, !mentions.contains(where: { $0.extent == previous.extent }) { mentions.append(previous) }

        // Whom the speaker before is, once for all the candidates.
        let previousName = quotation.previous.flatMap { resolve($0.mention).name }
        var candidates = mentions.map { mention in candidate(mention, for: quotation, sentences: first...last, previousName: previousName) }
        candidates.append(nobody(for: quotation))
        return candidates
    }

    /// The nearest speech verb before the quotation in its sentence, when it is a passive
    /// verb of telling ("was warned"): its token index.
    private func passiveVerb(before span: QuotationSpan) -> Int? {
        let sentence = finder.sentences[finder.sentenceOf[span.firstToken]]
        var index = span.firstToken - 1
        while index >= sentence.lowerBound {
            if !coverage.isQuoted(index), let verb = finder.speechVerb(at: index) {
                return finder.isPassive(verb.lowerBound, floor: sentence.lowerBound) ? verb.lowerBound : nil
            }
            index -= 1
        }
        return nil
    }

    /// Tokens between a mention and the nearest edge of the quotation.
    private func distance(_ mention: Mention, to span: QuotationSpan) -> Int {
        if mention.extent.upperBound <= span.firstToken { return span.firstToken - mention.extent.upperBound }
        if mention.extent.lowerBound >= span.endToken { return mention.extent.lowerBound - span.endToken }
        return 0
    }

    private func candidate(_ mention: Mention, for quotation: Quotation, sentences own: ClosedRange<Int>, previousName: String?) -> SpeakerCandidate {
        let span = quotation.span
        let start = mention.extent.lowerBound
        let sentence = finder.sentenceOf[start]
        let kind = mention.kind.rawValue
        let relation: String
        if own.contains(sentence) {
            relation = "same"
        } else if sentence > own.upperBound {
            relation = "next"
        } else {
            relation = own.lowerBound - sentence == 1 ? "prev1" : own.lowerBound - sentence == 2 ? "prev2" : "prev3"
        }
        let paragraphs = tokens[span.firstToken].paragraph - tokens[start].paragraph
        let side = mention.extent.upperBound <= span.firstToken ? "before" : start >= span.endToken ? "after" : "inside"
        let gap = distance(mention, to: span)
        let near = gap <= 2 ? "0-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : gap <= 20 ? "11-20" : "21+"
        var verb = "none"
        if speechSubjects.contains(start) { verb = "subject" } else if invertedSubjects.contains(start) { verb = "inverted" }
        let rule = quotation.rule.map { $0.mention.extent == mention.extent ? $0.placement.rawValue : "other" } ?? "none"
        let speaker = resolve(mention)
        let previous = quotation.previous.map { previous in
            if previous.mention.extent == mention.extent || sameName(previous.mention, mention) { return "yes" }
            guard let name = speaker.name else { return "unknown" }
            return previousName == name ? "yes" : "no"
        } ?? "none"
        let subject = sentenceSubjects.contains(start)
        let preposition = finder.finder.classes.followsPreposition(start)
        let possessive = tokens[mention.extent.upperBound - 1].isPossessive
        let alone = quotation.standsAlone ? "alone" : "framed"
        let partial = quotation.partial ? "partial" : "whole"
        let speechInSentence = speechSentences.contains(sentence) ? "speech" : "nospeech"
        var features = [
            "kind=\(kind)", "rule=\(rule)", "rel=\(relation)", "para=\(min(paragraphs, 2))", "side=\(side)", "near=\(near)", "verb=\(verb)",
            "prev=\(previous)", "rule|kind=\(rule)|\(kind)", "rel|kind=\(relation)|\(kind)", "side|kind=\(side)|\(kind)",
            "verb|side=\(verb)|\(side)", "verb|rel=\(verb)|\(relation)", "rel|alone=\(relation)|\(alone)", "kind|partial=\(kind)|\(partial)",
            "rel|para=\(relation)|\(min(paragraphs, 2))", "prev|alone=\(previous)|\(alone)", "rel|speech=\(relation)|\(speechInSentence)",
            "verb|kind=\(verb)|\(kind)", "near|side=\(near)|\(side)", "rule|verb=\(rule)|\(verb)",
        ]
        if subject { features += ["subject", "subject|rel=\(relation)", "subject|kind=\(kind)", "subject|speech=\(speechInSentence)"] }
        if preposition { features += ["preposition", "preposition|verb=\(verb)"] }
        if possessive { features.append("possessive") }
        if mention.role != nil { features.append("role") }
        // How the mention becomes a name: a pronoun nobody answers to is a poor speaker.
        let resolution = speaker.name == nil ? "unnamed" : speaker.resolution.key
        features += ["resolved=\(resolution)", "resolved|rel=\(resolution)|\(relation)", "resolved|prev=\(resolution)|\(previous)"]
        if mention.kind == .name, let name = mention.name { features.append("namewords=\(min(name.count, 3))") }
        return SpeakerCandidate(mention: mention, features: features, reason: reason(kind: mention.kind, verb: verb, relation: relation, side: side, rule: rule, subject: subject))
    }

    /// "Nobody named here": what the rules found, and what the quotation is like.
    private func nobody(for quotation: Quotation) -> SpeakerCandidate {
        let words = quotation.span.pieces.reduce(0) { total, piece in total + piece.tokens.filter { tokens[$0].isWord }.count }
        let size = words <= 1 ? "1" : words <= 4 ? "2-4" : words <= 9 ? "5-9" : "10+"
        let rule = quotation.rule?.placement.rawValue ?? "none"
        let sentence = finder.sentenceOf[quotation.span.firstToken]
        let features = ["nobody", "nobody|rule=\(rule)", "nobody|partial=\(quotation.partial)", "nobody|alone=\(quotation.standsAlone)",
                        "nobody|words=\(size)", "nobody|speech=\(speechSentences.contains(sentence))", "nobody|previous=\(quotation.previous != nil)"]
        return SpeakerCandidate(mention: nil, features: features, reason: "no speaker found near the quotation")
    }

    /// Two mentions of one person by the last word of the name ("Sergei Ryabkov", "Mr. Ryabkov").
    private func sameName(_ a: Mention, _ b: Mention) -> Bool {
        guard let first = a.name?.last, let second = b.name?.last else { return false }
        return tokens[first].stem == tokens[second].stem
    }

    /// The candidate's standing in words.
    private func reason(kind: Mention.Kind, verb: String, relation: String, side: String, rule: String, subject: Bool) -> String {
        let what: String
        switch kind {
        case .name: what = "name"
        case .pronoun: what = "pronoun"
        case .description: what = "description"
        case .institution: what = "body"
        case .anonymous: what = "unnamed source"
        }
        if relation == "same" {
            if verb == "subject" { return "\(what) before the speech verb" }
            if verb == "inverted" { return "\(what) after the speech verb" }
            if rule != "none", rule != "other" { return "\(what) attributing the quotation (\(rule))" }
            return subject ? "\(what) the subject of the quotation's sentence, no speech verb" : "\(what) in the quotation's sentence, no speech verb"
        }
        if relation == "next" { return "\(what) in the sentence after the quotation" }
        if verb != "none" { return "\(what) speaking \(relation == "prev1" ? "in the sentence before" : "a few sentences before")" }
        return subject ? "\(what) the subject of a sentence before" : "\(what) mentioned before the quotation"
    }
}
