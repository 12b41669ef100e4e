import ParleyModel

/// The draft pipeline for one article: paragraphs → metadata and body → tokens → quotation
/// spans → sentences → mentions → attributions → names.
///
/// Each stage is a value-in, value-out function of its own type; this one only runs them in
/// order and decides, per quotation, what the stages found: whether it is partial, whether
/// it is a scare quote or a title rather than a quotation, who said it and when.
public enum ArticleDrafter {
    public static func draft(_ text: ArticleText, lexicon: Lexicon = .standard, models: DraftModels = .standard)
        -> ArticleDraft
    {
        let analysis = analyse(text, lexicon: lexicon)
        var chosen: [(quotation: SpeakerCandidates.Quotation, attribution: Attribution?, choice: SpeakerChoice)] = []
        for (index, quotation) in analysis.quotations.enumerated() {
            let candidates = analysis.candidates(at: index)
            let choice = SpeakerChoice.best(of: candidates, scorer: models.speakers)
            var attribution: Attribution?
            if let mention = choice.candidate.mention {
                if let rule = quotation.rule, rule.mention.extent == mention.extent {
                    attribution = rule
                } else {
                    let sameSentence =
                        analysis.finder.sentenceOf[mention.extent.lowerBound]
                        == analysis.finder.sentenceOf[quotation.span.firstToken]
                    attribution = Attribution(
                        mention: mention, cue: sameSentence ? analysis.finder.cue(of: mention) : nil,
                        placement: sameSentence ? .embedded : .carried)
                }
            }
            chosen.append((quotation, attribution, choice))
        }

        let resolver = analysis.resolver
        var quotes: [DraftedQuote] = []
        for (index, entry) in chosen.enumerated() {
            let span = entry.quotation.span
            let partial = entry.quotation.partial
            // Words a speech verb beside them attributes are kept; the filter weighs the rest.
            let keep =
                entry.quotation.isAttributedByRules
                || (models.spans.weights.isEmpty
                    ? !analysis.context.isScareQuote(span, partial: partial, attribution: entry.quotation.rule)
                    : models.spans.score(analysis.spanFeatures[index] + ["bias"])
                        > (models.spans.thresholds["keep"] ?? 0))
            guard keep else { continue }
            let attribution = entry.attribution
            let speaker = attribution.map { resolver.resolve($0.mention, article: text) }
            let cue = attribution?.cue.map { analysis.finder.finder.text($0) }
            quotes.append(
                DraftedQuote(
                    text: span.text(in: text), pieces: span.pieces.map(\.range), partial: partial, cue: cue,
                    speaker: speaker, spoken: analysis.context.spoken(span, attribution: attribution),
                    placement: attribution?.placement,
                    confidence: Confidence.of(entry.choice, speaker: speaker, scorer: models.speakers),
                    reason: entry.choice.candidate.reason,
                    margin: entry.choice.margin
                ))
        }
        let people = resolver.people.map { ReviewArticle.Person(name: $0.fullName, role: $0.role) }
        return ArticleDraft(text: text, metadata: analysis.parts.metadata, quotes: quotes, people: people)
    }

    /// Everything the rules find in one article, before the speaker ranker and the quotation
    /// filter decide: the drafter and the trainer both start from it.
    struct Analysis {
        var parts: ArticleParts
        var tokens: [ArticleToken]
        var context: Context
        var finder: AttributionFinder
        /// Speakers of speech clauses outside quotations.
        var clauses: [Mention]
        /// Each quotation with the rules' attribution.
        var quotations: [SpeakerCandidates.Quotation]
        /// Lists each quotation's speaker candidates, when asked: kept for all of them at
        /// once, a long hostile text would hold gigabytes of features.
        var ranking: SpeakerCandidates
        /// Each quotation's features for the quotation filter.
        var spanFeatures: [[String]]
        /// Turns mentions into names, knowing who the rules found speaking.
        var resolver: NameResolver

        /// The speaker candidates of the quotation at `index`.
        func candidates(at index: Int) -> [SpeakerCandidate] {
            ranking.candidates(for: quotations[index])
        }
    }

    static func analyse(_ text: ArticleText, lexicon: Lexicon) -> Analysis {
        let paragraphs = ParagraphSplitter.split(text.scalars)
        let parts = ArticlePartsReader.read(text, paragraphs: paragraphs)
        let tokens = ArticleTokenizer.tokens(text, paragraphs: parts.body)
        let spans = QuotationFinder.spans(tokens, lexicon: lexicon)
        let coverage = QuoteCoverage(tokenCount: tokens.count, quotes: spans)
        let sentences = SentenceSplitter.sentences(tokens, coverage: coverage, lexicon: lexicon)
        var starts = sentences.map(\.lowerBound)
        for (index, token) in tokens.enumerated()
        where index + 1 < tokens.count && (token.mark != nil || token.text == ":") { starts.append(index + 1) }
        let classes = WordClasses(tokens: tokens, lexicon: lexicon, sentenceStarts: starts)
        let finder = MentionFinder(classes: classes, coverage: coverage)
        let attributions = AttributionFinder(
            tokens: tokens, coverage: coverage, sentences: sentences, lexicon: lexicon, finder: finder)
        var lastUnquotedWord = [Int](repeating: -1, count: tokens.count + 1)
        for index in tokens.indices {
            lastUnquotedWord[index + 1] =
                tokens[index].isWord && !coverage.isQuoted(index) ? index : lastUnquotedWord[index]
        }
        let quotedParagraphs = Set(spans.flatMap { span in span.pieces.map { tokens[$0.opening].paragraph } })
        let namingParagraphs = Set(
            attributions.mentions.filter { $0.kind == .name || $0.kind == .description }.map {
                tokens[$0.extent.lowerBound].paragraph
            })
        let context = Context(
            text: text, tokens: tokens, coverage: coverage, sentences: sentences, finder: attributions,
            lexicon: lexicon,
            lastUnquotedWord: lastUnquotedWord, quotedParagraphs: quotedParagraphs, namingParagraphs: namingParagraphs)

        // Speech clauses in the text around quotations ("Ryabkov said Russia would not budge."),
        // which a quotation standing alone in the next paragraph continues.
        var clauses: [(index: Int, mention: Mention)] = []
        for sentence in sentences {
            if let mention = attributions.speechClause(in: sentence) { clauses.append((sentence.lowerBound, mention)) }
        }
        var nextClause = 0
        var last: (paragraph: Int, mention: Mention)?
        var found: [(span: QuotationSpan, attribution: Attribution?)] = []
        for span in spans {
            while nextClause < clauses.count, clauses[nextClause].index < span.firstToken {
                last = (tokens[clauses[nextClause].index].paragraph, clauses[nextClause].mention)
                nextClause += 1
            }
            var attribution = attributions.attribution(of: span)
            let paragraph = tokens[span.firstToken].paragraph
            if attribution == nil, context.standsAlone(span) {
                if let subject = context.previousSentenceSubject(span) {
                    // "Mr. Reiner paused. “Ask me again in the spring.”"
                    attribution = Attribution(mention: subject, cue: nil, placement: .carried)
                } else if let last, context.continues(from: last.paragraph, to: paragraph) {
                    attribution = Attribution(mention: last.mention, cue: nil, placement: .carried)
                }
            }
            if let attribution { last = (tokens[span.endToken - 1].paragraph, attribution.mention) }
            found.append((span, attribution))
        }
        // A quotation alone before its attributed neighbour ("“A.” “B,” she said.") is hers too.
        for index in found.indices where found[index].attribution == nil && context.standsAlone(found[index].span) {
            guard index + 1 < found.count, let next = found[index + 1].attribution, next.placement != .carried,
                tokens[found[index + 1].span.firstToken].paragraph == tokens[found[index].span.firstToken].paragraph
            else { continue }
            found[index].attribution = Attribution(mention: next.mention, cue: nil, placement: .carried)
        }

        // The people sentences are about: each speaker, and each sentence's subject, which a
        // pronoun refers to before anyone merely mentioned.
        var speakers = Set(clauses.map(\.mention.extent.lowerBound))
        for entry in found {
            if let attribution = entry.attribution { speakers.insert(attribution.mention.extent.lowerBound) }
        }
        var subjects = speakers
        for sentence in sentences {
            if let subject = attributions.sentenceSubject(sentence, before: sentence.upperBound) {
                subjects.insert(subject.extent.lowerBound)
            }
        }
        let resolver = NameResolver(
            tokens: tokens, mentions: attributions.mentions, lexicon: lexicon, classes: classes, speakers: speakers,
            subjects: subjects)

        let ranking = SpeakerCandidates(
            tokens: tokens, coverage: coverage, finder: attributions, resolve: { resolver.resolve($0, article: text) })
        var quotations: [SpeakerCandidates.Quotation] = []
        var spanFeatures: [[String]] = []
        for (index, entry) in found.enumerated() {
            let partial = context.isPartial(entry.span)
            let previous = index > 0 ? found[index - 1].attribution : nil
            let quotation = SpeakerCandidates.Quotation(
                span: entry.span, rule: entry.attribution, previous: previous, partial: partial,
                standsAlone: context.standsAlone(entry.span))
            quotations.append(quotation)
            spanFeatures.append(context.spanFeatures(quotation))
        }
        return Analysis(
            parts: parts, tokens: tokens, context: context, finder: attributions, clauses: clauses.map(\.mention),
            quotations: quotations, ranking: ranking, spanFeatures: spanFeatures, resolver: resolver)
    }

    /// What the per-quotation decisions read.
    struct Context {
        let text: ArticleText
        let tokens: [ArticleToken]
        let coverage: QuoteCoverage
        let sentences: [Range<Int>]
        let finder: AttributionFinder
        let lexicon: Lexicon
        /// For each token index, the last word before it outside quotations (-1 when none).
        let lastUnquotedWord: [Int]
        /// Paragraphs that hold a quotation.
        let quotedParagraphs: Set<Int>
        /// Paragraphs that name someone or describe someone by role.
        let namingParagraphs: Set<Int>

        func sentence(of token: Int) -> Range<Int> {
            sentences[finder.sentenceOf[token]]
        }

        /// The subject of the sentence just before a quotation in the same paragraph, when that
        /// sentence has no quotation of its own and its subject is a person.
        func previousSentenceSubject(_ span: QuotationSpan) -> Mention? {
            let number = finder.sentenceOf[span.firstToken]
            guard number > 0 else { return nil }
            let previous = sentences[number - 1]
            let paragraph = tokens[span.firstToken].paragraph
            // The sentence before in the same paragraph, or the last of the paragraph before
            // when that paragraph quotes nobody ("…she was blunt.\n“Valdoria is a sovereign country…”").
            let sameParagraph = tokens[previous.lowerBound].paragraph == paragraph
            let previousParagraphQuotes = !sameParagraph && quotedParagraphs.contains(paragraph - 1)
            guard sameParagraph || tokens[previous.lowerBound].paragraph == paragraph - 1 && !previousParagraphQuotes,
                !previous.contains(where: coverage.isQuoted),
                let subject = finder.sentenceSubject(previous, before: previous.upperBound),
                [.name, .pronoun, .description].contains(subject.kind)
            else { return nil }
            // A lone capitalised word opening a sentence ("Talks resumed.") is a name only when
            // the article uses it as a surname, or writes a title or honorific before it.
            if subject.kind == .name, let name = subject.name, name.count == 1, subject.role == nil,
                subject.gender == nil,
                !finder.finder.classes.surnames.contains(tokens[name.lowerBound].stem), subject.tokens.count == 1
            {
                return nil
            }
            return subject
        }

        /// Whether a quotation standing alone in `paragraph` continues the speaker last heard in
        /// `from`: the same or the previous paragraph, or the one before that when the
        /// paragraph between names nobody.
        func continues(from: Int, to paragraph: Int) -> Bool {
            if from + 1 >= paragraph { return true }
            guard from + 2 == paragraph else { return false }
            return !quotedParagraphs.contains(from + 1) && !namingParagraphs.contains(from + 1)
        }

        /// True when nothing but the quotation opens its sentence.
        func standsAlone(_ span: QuotationSpan) -> Bool {
            lastUnquotedWord[span.firstToken] < sentence(of: span.firstToken).lowerBound
        }

        /// A fragment inside a paraphrase, rather than a quotation introduced as one.
        func isPartial(_ span: QuotationSpan) -> Bool {
            let first = span.firstToken
            let sentence = sentence(of: first)
            var introduced = true
            if first > sentence.lowerBound {
                let intro = tokens[first - 1]
                if intro.text == ":" || intro.isDash || intro.mark?.role == .opening {
                    introduced = true
                } else if intro.text == "," {
                    let window = max(sentence.lowerBound, first - 9)..<(first - 1)
                    introduced = window.contains { finder.speechVerb(at: $0) != nil }
                } else if intro.isWord, let verb = finder.speechVerb(at: first - 1),
                    !lexicon.verbsTakingAs.contains(tokens[verb.lowerBound].lowered)
                {
                    introduced = true
                } else {
                    introduced = false
                }
            }
            guard let opening = span.pieces.first?.tokens.lowerBound else { return true }
            let word = tokens[opening]
            let capital =
                word.kind == .punctuation || word.mark != nil
                || word.text.unicodeScalars.first.map { $0.properties.isUppercase || ("0"..."9").contains($0) } == true
            return !(introduced && capital)
        }

        /// What the quotation filter weighs: what the rules made of the marks (a partial
        /// quotation? attributed? a title?), how long the words are, and the words just
        /// outside the marks ("so-called", "signs", "the").
        func spanFeatures(_ quotation: SpeakerCandidates.Quotation) -> [String] {
            let span = quotation.span
            let words = span.pieces.reduce(0) { total, piece in total + piece.tokens.filter { tokens[$0].isWord }.count
            }
            let size = words <= 1 ? "1" : words <= 4 ? "2-4" : words <= 9 ? "5-9" : "10+"
            let rule = quotation.rule?.placement.rawValue ?? "none"
            let partial = quotation.partial ? "partial" : "whole"
            let scare = isScareQuote(span, partial: quotation.partial, attribution: quotation.rule)
            let sentence = self.sentence(of: span.firstToken)
            let speech = sentence.contains { !coverage.isQuoted($0) && finder.speechVerb(at: $0) != nil }
            let subject = finder.sentenceSubject(sentence, before: sentence.upperBound)?.kind.rawValue ?? "none"
            let before =
                span.firstToken > sentence.lowerBound && tokens[span.firstToken - 1].isWord
                ? tokens[span.firstToken - 1].lowered : "-"
            let after =
                span.endToken < sentence.upperBound && tokens[span.endToken].isWord
                ? tokens[span.endToken].lowered : "-"
            let inside = span.pieces.last.map { tokens[$0.tokens] } ?? []
            let endsSentence = inside.last?.endsSentence == true || inside.last?.text.hasSuffix(".") == true
            var features = [
                "scare=\(scare)", "partial=\(partial)", "rule=\(rule)", "words=\(size)", "title=\(isTitle(span))",
                "alone=\(quotation.standsAlone)",
                "before=\(before)", "after=\(after)", "ends=\(endsSentence)", "pieces=\(min(span.pieces.count, 2))",
                "speech=\(speech)", "subject=\(subject)",
                "partial|rule=\(partial)|\(rule)", "partial|words=\(partial)|\(size)", "rule|words=\(rule)|\(size)",
                "scare|rule=\(scare)|\(rule)",
                "partial|speech=\(partial)|\(speech)", "partial|subject=\(partial)|\(subject)",
                "words|speech=\(size)|\(speech)",
            ]
            if let first = inside.first(where: \.isWord)
                ?? span.pieces.first.flatMap({ tokens[$0.tokens].first(where: \.isWord) })
            {
                features.append("capital=\(first.isCapitalized)|\(partial)")
            }
            if tokens[span.firstToken].paragraph != tokens[span.endToken - 1].paragraph {
                features.append("paragraphs")
            }

            return features
        }

        /// True for marks around a word or a name rather than around what someone said:
        /// a short fragment nobody is said to have spoken, a title, or a "so-called" term.
        func isScareQuote(_ span: QuotationSpan, partial: Bool, attribution: Attribution?) -> Bool {
            let first = span.firstToken
            if first > 0,
                ["so-called", "dubbed", "nicknamed", "titled", "entitled", "headlined"].contains(
                    tokens[first - 1].lowered)
            {
                return true
            }
            guard partial else { return false }
            let words = span.pieces.reduce(0) { total, piece in total + piece.tokens.filter { tokens[$0].isWord }.count
            }
            let title = isTitle(span)
            if attribution == nil { return words <= 4 || title }
            return title && attribution?.placement == .embedded
        }

        /// A name of a thing in capitals ("the “Strategic Stability Dialogue”"): every word of
        /// four letters or more capitalised, and no sentence inside.
        func isTitle(_ span: QuotationSpan) -> Bool {
            guard span.pieces.count == 1 else { return false }
            let inside = span.pieces[0].tokens.map { tokens[$0] }
            let words = inside.filter(\.isWord)
            guard words.count >= 1, words.count <= 8, !inside.contains(where: \.endsSentence) else { return false }
            let significant = words.filter { $0.text.count >= 4 }
            return !significant.isEmpty && significant.allSatisfy(\.isCapitalized) && words.first?.isCapitalized == true
        }

        /// When the sentence says the words were spoken, nearest the attribution first.
        func spoken(_ span: QuotationSpan, attribution: Attribution?) -> SpokenDay? {
            // The sentences around the quotation, within a few words of it; nearest the cue first.
            let opening = sentence(of: span.firstToken)
            let closing = sentence(of: span.endToken - 1)
            let around = opening.lowerBound..<closing.upperBound
            var candidates: [Int] = []
            if let cue = attribution?.cue, around.contains(cue.lowerBound) {
                candidates += Array(cue.upperBound..<min(around.upperBound, cue.upperBound + 6))
                candidates += Array(max(around.lowerBound, cue.lowerBound - 6)..<cue.lowerBound).reversed()
            }
            // Near the cue (or the quotation, when there is none): "In a March 2016 meeting …
            // said", "said last year": a time that is not the article's day.
            let near =
                candidates.isEmpty
                ? Array(max(opening.lowerBound, span.firstToken - 8)..<span.firstToken).reversed()
                    + Array(span.endToken..<min(closing.upperBound, span.endToken + 8))
                : candidates
            candidates += Array(max(opening.lowerBound, span.firstToken - 40)..<span.firstToken)
            candidates += Array(span.endToken..<min(closing.upperBound, span.endToken + 40))
            for index in candidates
            where !coverage.isQuoted(index) && tokens[index].isWord
                && (tokens[index].isCapitalized || tokens[index].lowered.hasPrefix("yesterday")
                    || tokens[index].lowered.hasPrefix("to"))
            {
                let word = tokens[index].lowered
                if let weekday = DateText.weekday(word) { return .weekday(weekday) }
                if word == "yesterday" { return .daysBefore(1) }
                if word == "today" || word == "tonight" { return .daysBefore(0) }
                if let month = DateText.months[word.trimmingCharacters(in: ".")] {
                    let words = (max(0, index - 1)...min(tokens.count - 1, index + 1)).map {
                        tokens[$0].text.trimmingCharacters(in: ".,")
                    }
                    if let (month, day) = DateText.monthDay(words, at: index - max(0, index - 1)) {
                        return .monthDay(month: month, day: day)
                    }
                    if index + 1 < tokens.count, let year = Self.year(tokens[index + 1].text) {
                        return .monthOfYear(month: month, year: year)
                    }
                }
            }
            return roughTime(near)
        }

        /// "last year", "months ago", "in 2015": a time near the cue that is not a day.
        func roughTime(_ indices: [Int]) -> SpokenDay? {
            for index in indices where !coverage.isQuoted(index) && tokens[index].isWord {
                let word = tokens[index].lowered
                let next = index + 1 < tokens.count && tokens[index + 1].isWord ? tokens[index + 1].lowered : ""
                if word == "last" || word == "earlier" && next == "this",
                    let unit = [next, index + 2 < tokens.count ? tokens[index + 2].lowered : ""].first(where: {
                        ["year", "month", "summer", "spring", "winter", "fall", "autumn"].contains($0)
                    })
                {
                    return .vague(word == "last" ? "last \(unit)" : "earlier this \(unit)")
                }
                if ["years", "months", "decades"].contains(word), next == "ago" { return .vague("\(word) ago") }
                if ["in", "since", "during"].contains(word), index + 1 < tokens.count,
                    let year = Self.year(tokens[index + 1].text)
                {
                    return .year(year)
                }
            }
            return nil
        }

        /// A year a quotation could have been said in, written in four digits.
        static func year(_ text: String) -> Int? {
            let digits = text.trimmingCharacters(in: ".,")
            guard digits.count == 4, let value = Int(digits), (1900...2100).contains(value) else { return nil }
            return value
        }
    }
}
