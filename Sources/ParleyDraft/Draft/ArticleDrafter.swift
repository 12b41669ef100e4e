import ParleyModel

/// The draft pipeline for one article: paragraphs → metadata and body → tokens → quotation
/// spans → sentences → mentions → attributions → names.
///
/// Each stage is a value-in, value-out function of its own type; this one only runs them in
/// order and decides, per quotation, what the stages found: whether it is partial, whether
/// it is a scare quote or a title rather than a quotation, who said it and when.
public enum ArticleDrafter {
    public static func draft(_ text: ArticleText, lexicon: Lexicon = .standard) -> ArticleDraft {
        let paragraphs = ParagraphSplitter.split(text.scalars)
        let parts = ArticlePartsReader.read(text, paragraphs: paragraphs)
        let tokens = ArticleTokenizer.tokens(text, paragraphs: parts.body)
        let spans = QuotationFinder.spans(tokens, lexicon: lexicon)
        let coverage = QuoteCoverage(tokenCount: tokens.count, quotes: spans)
        let sentences = SentenceSplitter.sentences(tokens, coverage: coverage, lexicon: lexicon)
        var starts = sentences.map(\.lowerBound)
        for (index, token) in tokens.enumerated() where index + 1 < tokens.count && (token.mark != nil || token.text == ":") { starts.append(index + 1) }
        let classes = WordClasses(tokens: tokens, lexicon: lexicon, sentenceStarts: starts)
        let finder = MentionFinder(classes: classes, coverage: coverage)
        let attributions = AttributionFinder(tokens: tokens, coverage: coverage, sentences: sentences, lexicon: lexicon, finder: finder)
        var lastUnquotedWord = [Int](repeating: -1, count: tokens.count + 1)
        for index in tokens.indices {
            lastUnquotedWord[index + 1] = tokens[index].isWord && !coverage.isQuoted(index) ? index : lastUnquotedWord[index]
        }
        let quotedParagraphs = Set(spans.flatMap { span in span.pieces.map { tokens[$0.opening].paragraph } })
        let namingParagraphs = Set(attributions.mentions.filter { $0.kind == .name || $0.kind == .description }.map { tokens[$0.extent.lowerBound].paragraph })
        let context = Context(text: text, tokens: tokens, coverage: coverage, sentences: sentences, finder: attributions, lexicon: lexicon,
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
                  tokens[found[index + 1].span.firstToken].paragraph == tokens[found[index].span.firstToken].paragraph else { continue }
            found[index].attribution = Attribution(mention: next.mention, cue: nil, placement: .carried)
        }

        // The people sentences are about: each speaker, and each sentence's subject, which a
        // pronoun refers to before anyone merely mentioned.
        var speakers = Set(clauses.map(\.mention.extent.lowerBound))
        for (_, attribution) in found { if let attribution { speakers.insert(attribution.mention.extent.lowerBound) } }
        var subjects = speakers
        for sentence in sentences {
            if let subject = attributions.sentenceSubject(sentence, before: sentence.upperBound) { subjects.insert(subject.extent.lowerBound) }
        }
        let resolver = NameResolver(tokens: tokens, mentions: attributions.mentions, lexicon: lexicon, classes: classes, speakers: speakers, subjects: subjects)

        var quotes: [DraftedQuote] = []
        for (span, attribution) in found {
            let partial = context.isPartial(span)
            guard !context.isScareQuote(span, partial: partial, attribution: attribution) else { continue }
            let speaker = attribution.map { resolver.resolve($0.mention, article: text) }
            let cue = attribution?.cue.map { attributions.finder.text($0) }
            quotes.append(DraftedQuote(
                text: span.text(in: text), pieces: span.pieces.map(\.range), partial: partial, cue: cue,
                speaker: speaker, spoken: context.spoken(span, attribution: attribution), placement: attribution?.placement
            ))
        }
        return ArticleDraft(text: text, metadata: parts.metadata, quotes: quotes)
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
                  [.name, .pronoun, .description].contains(subject.kind) else { return nil }
            // A lone capitalised word opening a sentence ("Talks resumed.") is a name only when
            // the article uses it as a surname, or writes a title or honorific before it.
            if subject.kind == .name, let name = subject.name, name.count == 1, subject.role == nil, subject.gender == nil,
               !finder.finder.classes.surnames.contains(tokens[name.lowerBound].stem), subject.tokens.count == 1 {
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
                } else if intro.isWord, let verb = finder.speechVerb(at: first - 1), !lexicon.verbsTakingAs.contains(tokens[verb.lowerBound].lowered) {
                    introduced = true
                } else {
                    introduced = false
                }
            }
            guard let opening = span.pieces.first?.tokens.lowerBound else { return true }
            let word = tokens[opening]
            let capital = word.kind == .punctuation || word.mark != nil || word.text.unicodeScalars.first.map { $0.properties.isUppercase || ("0"..."9").contains($0) } == true
            return !(introduced && capital)
        }

        /// True for marks around a word or a name rather than around what someone said:
        /// a short fragment nobody is said to have spoken, a title, or a "so-called" term.
        func isScareQuote(_ span: QuotationSpan, partial: Bool, attribution: Attribution?) -> Bool {
            let first = span.firstToken
            if first > 0, ["so-called", "dubbed", "nicknamed", "titled", "entitled", "headlined"].contains(tokens[first - 1].lowered) { return true }
            guard partial else { return false }
            let words = span.pieces.reduce(0) { total, piece in total + piece.tokens.filter { tokens[$0].isWord }.count }
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
            let opening = sentence(of: span.firstToken), closing = sentence(of: span.endToken - 1)
            let around = opening.lowerBound..<closing.upperBound
            var candidates: [Int] = []
            if let cue = attribution?.cue, around.contains(cue.lowerBound) {
                candidates += Array(cue.upperBound..<min(around.upperBound, cue.upperBound + 6))
                candidates += Array(max(around.lowerBound, cue.lowerBound - 6)..<cue.lowerBound).reversed()
            }
            candidates += Array(max(opening.lowerBound, span.firstToken - 40)..<span.firstToken)
            candidates += Array(span.endToken..<min(closing.upperBound, span.endToken + 40))
            for index in candidates where !coverage.isQuoted(index) && tokens[index].isWord && (tokens[index].isCapitalized || tokens[index].lowered.hasPrefix("yesterday") || tokens[index].lowered.hasPrefix("to")) {
                let word = tokens[index].lowered
                if let weekday = DateText.weekday(word) { return .weekday(weekday) }
                if word == "yesterday" { return .daysBefore(1) }
                if word == "today" || word == "tonight" { return .daysBefore(0) }
                if DateText.months[word.trimmingCharacters(in: ".")] != nil {
                    let words = (max(0, index - 1)...min(tokens.count - 1, index + 1)).map { tokens[$0].text.trimmingCharacters(in: ".,") }
                    if let (month, day) = DateText.monthDay(words, at: index - max(0, index - 1)) { return .monthDay(month: month, day: day) }
                }
            }
            return nil
        }
    }
}
