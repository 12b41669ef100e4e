/// Finds who each quotation is attributed to: inside it, after it, before it, earlier in its
/// sentence, or — for a quotation standing alone — the last speaker of the paragraph before.
///
/// The rules follow the shapes news writing uses: a speech verb with its subject next to it
/// ("Ryabkov said", "said Ryabkov", "the White House described as", "according to"), with
/// adverbs, times and parenthetical clauses skipped between them.
struct AttributionFinder {
    let tokens: [ArticleToken]
    let coverage: QuoteCoverage
    let sentences: [Range<Int>]
    let lexicon: Lexicon
    let finder: MentionFinder
    /// The sentence index of each token.
    let sentenceOf: [Int]
    /// Every mention, in order.
    let mentions: [Mention]
    /// For each sentence, the indices into `mentions` of its mentions.
    let mentionsOf: [Range<Int>]
    private let startingAt: [Int: Int]
    private let endingAt: [Int: Int]

    static let skippable: Set<String> = [
        "also", "later", "then", "again", "further", "once", "previously", "repeatedly", "separately", "earlier", "recently",
        "reportedly", "has", "had", "have", "was", "were", "is", "are", "would", "will", "did", "does", "however", "meanwhile",
        "too", "herself", "himself", "themselves", "itself", "subsequently", "on", "yesterday", "today", "tonight", "last", "night",
        "week", "morning", "evening", "afternoon", "in", "a", "statement", "only", "even", "still", "now", "quickly", "just",
        "heard", "seen", "quoted", "privately", "publicly",
    ]
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "few", "dozens", "hundreds"]
    static let objectVerbs: Set<String> = ["told", "tells", "tell", "telling", "asked", "asks", "assured", "assures", "informed", "reminded", "warned", "urged"]
    static let participles: Set<String> = ["saying", "adding", "calling", "describing", "noting", "warning", "insisting", "stressing", "arguing", "declaring", "explaining", "claiming", "telling", "urging", "vowing", "promising", "accusing", "writing", "asking", "replying", "responding", "recalling", "complaining", "cautioning", "emphasising", "emphasizing"]

    init(tokens: [ArticleToken], coverage: QuoteCoverage, sentences: [Range<Int>], lexicon: Lexicon, finder: MentionFinder) {
        self.tokens = tokens
        self.coverage = coverage
        self.sentences = sentences
        self.lexicon = lexicon
        self.finder = finder
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        var mentions: [Mention] = []
        var mentionsOf: [Range<Int>] = []
        for (number, sentence) in sentences.enumerated() {
            for index in sentence { sentenceOf[index] = number }
            let start = mentions.count
            mentions.append(contentsOf: finder.mentions(in: sentence))
            mentionsOf.append(start..<mentions.count)
        }
        self.sentenceOf = sentenceOf
        self.mentions = mentions
        self.mentionsOf = mentionsOf
        var starting: [Int: Int] = [:], ending: [Int: Int] = [:]
        for (number, mention) in mentions.enumerated() {
            starting[mention.extent.lowerBound] = number
            starting[mention.tokens.lowerBound] = starting[mention.tokens.lowerBound] ?? number
            ending[mention.extent.upperBound] = number
            ending[mention.tokens.upperBound] = ending[mention.tokens.upperBound] ?? number
        }
        startingAt = starting
        endingAt = ending
    }

    // MARK: Speech verbs

    /// The speech verb at `index` (one or two words), if there is one.
    func speechVerb(at index: Int) -> Range<Int>? {
        guard index >= 0, index < tokens.count, tokens[index].isWord, !coverage.isQuoted(index) else { return nil }
        let word = tokens[index].lowered
        let next = index + 1 < tokens.count && tokens[index + 1].isWord ? tokens[index + 1].lowered : ""
        if !next.isEmpty, lexicon.phrasalSpeechVerbs.contains(word + " " + next) { return index..<(index + 2) }
        if word == "according", next == "to" { return index..<(index + 2) }
        guard lexicon.speechVerbs.contains(word) else { return nil }
        // "called for talks", "called on Russia": not words quoted.
        if word.hasPrefix("call"), ["for", "on", "off", "up", "in", "into"].contains(next) { return nil }
        return index..<(index + 1)
    }

    // MARK: The quotation's own sentence

    /// The attribution of a quotation found in or around its own sentence.
    func attribution(of quote: QuotationSpan) -> Attribution? {
        for gap in quote.interruptions {
            if let found = clause(in: gap) { return Attribution(mention: found.mention, cue: cue(found.verb, limit: gap.upperBound), placement: .inside) }
        }
        if let found = after(quote) { return found }
        return before(quote)
    }

    /// A speaker and verb anywhere in `range`, next to each other.
    func clause(in range: Range<Int>) -> (mention: Mention, verb: Range<Int>)? {
        var index = range.lowerBound
        while index < range.upperBound {
            if let verb = speechVerb(at: index), verb.upperBound <= range.upperBound {
                if let subject = subject(endingBefore: verb.lowerBound, floor: range.lowerBound) { return (subject, verb) }
                if let inverted = mention(startingAt: skipForward(verb.upperBound, limit: range.upperBound), limit: range.upperBound) { return (inverted, verb) }
            }
            index += 1
        }
        return nil
    }

    /// "“…,” Ryabkov said", "“…,” said Ryabkov", "“…,” according to the White House", "“…” — Ryabkov".
    func after(_ quote: QuotationSpan) -> Attribution? {
        let end = quote.endToken
        guard end < tokens.count, tokens[end].paragraph == tokens[end - 1].paragraph else { return nil }
        let sentence = sentences[sentenceOf[end - 1]]
        var index = end
        let dashed = tokens[index].isDash
        if tokens[index].text == "," || dashed { index += 1 }
        guard index < sentence.upperBound, !coverage.isQuoted(index) else { return nil }
        if let verb = speechVerb(at: index) {
            let start = skipForward(verb.upperBound, limit: sentence.upperBound)
            if let subject = mention(startingAt: start, limit: sentence.upperBound) ?? nameAfterUnknownRole(from: start, limit: sentence.upperBound) {
                return Attribution(mention: subject, cue: cue(verb, limit: sentence.upperBound), placement: .after)
            }
            return nil
        }
        guard let subject = mention(startingAt: index, limit: sentence.upperBound) else { return speakerBeforeVerb(from: index, sentence: sentence) }
        var next = skipParenthetical(from: subject.extent.upperBound, limit: sentence.upperBound)
        // "the Compact’s secretary general, Ingrid van der Berg, wrote": the apposition's comma.
        if subject.hasApposition, next < sentence.upperBound, tokens[next].text == "," { next += 1 }
        // "Foreign Minister Sofia Marin of Norvania said": the place the person is from.
        if subject.kind == .name, next + 1 < sentence.upperBound, tokens[next].lowered == "of", let place = mention(startingAt: next + 1, limit: sentence.upperBound),
           place.kind == .institution || place.kind == .name && place.tokens.count == 1 {
            next = skipParenthetical(from: place.extent.upperBound, limit: sentence.upperBound)
        }
        if let verb = speechVerb(at: next) {
            return Attribution(mention: subject, cue: cue(verb, limit: sentence.upperBound), placement: .after)
        }
        // "the mediator leading them said", "an official familiar with the plan said".
        if next < sentence.upperBound, tokens[next].isWord, Self.modifierStarts.contains(tokens[next].lowered) || tokens[next].lowered.hasSuffix("ing") {
            var ahead = next + 1
            while ahead < min(sentence.upperBound, next + 8), tokens[ahead].isWord, !coverage.isQuoted(ahead) {
                if let verb = speechVerb(at: ahead) {
                    return Attribution(mention: subject, cue: cue(verb, limit: sentence.upperBound), placement: .after)
                }
                ahead += 1
            }
        }
        // "“We will not back down” — Ryabkov": a dash and a name ending the sentence.
        if dashed, subject.kind == .name, next >= sentence.upperBound || tokens[next].endsSentence {
            return Attribution(mention: subject, cue: nil, placement: .after)
        }
        return speakerBeforeVerb(from: index, sentence: sentence)
    }

    /// "said WNTV forecaster Tomas Reyes": a name a few words on, after a role the word lists
    /// do not know, with nothing but words between.
    func nameAfterUnknownRole(from start: Int, limit: Int) -> Mention? {
        var index = start
        while index < min(limit, start + 6), tokens[index].isWord, !coverage.isQuoted(index) {
            if index > start, let found = mention(startingAt: index, limit: limit), found.kind == .name, found.name.map({ $0.count >= 2 }) == true {
                return found
            }
            // Words of a role only: "said in an interview with host Jo Lee" is not Jo Lee's.
            if finder.classes.isFunctionWord(index) || WordClasses.prepositions.contains(tokens[index].lowered) { return nil }
            index += 1
        }
        return nil
    }

    /// "“…,” Zelenskiy's chief of staff Andriy Yermak said": a longer phrase after the
    /// quotation whose last mention stands right before the speech verb.
    private func speakerBeforeVerb(from start: Int, sentence: Range<Int>) -> Attribution? {
        var index = start
        while index < min(sentence.upperBound, start + 16), !coverage.isQuoted(index), !tokens[index].endsSentence {
            if let verb = speechVerb(at: index), verb.lowerBound > start, let subject = subject(endingBefore: verb.lowerBound, floor: start),
               subject.kind == .name || subject.kind == .institution {
                return Attribution(mention: subject, cue: cue(verb, limit: sentence.upperBound), placement: .after)
            }
            index += 1
        }
        return nil
    }

    /// "Ryabkov said: “…”", and the speech verb earlier in the sentence that a fragment sits in.
    func before(_ quote: QuotationSpan) -> Attribution? {
        let first = quote.firstToken
        let sentence = sentences[sentenceOf[first]]
        var index = first - 1
        var seen = 0
        while index >= sentence.lowerBound, seen < 60 {
            seen += 1
            if coverage.isQuoted(index) {
                index -= 1
                continue
            }
            var found = speechVerb(at: index)
            if found == nil, index > sentence.lowerBound, let phrasal = speechVerb(at: index - 1), phrasal.upperBound == index + 1 { found = phrasal }
            // "called for a ‘winter corridor’": a call quoted right after it.
            if found == nil, tokens[index].isWord, tokens[index].lowered.hasPrefix("call"), lexicon.speechVerbs.contains(tokens[index].lowered), first - index <= 5 {
                found = index..<(index + 1)
            }
            guard let verb = found else {
                index -= 1
                continue
            }
            let placement: Attribution.Placement = first - verb.upperBound <= 6 ? .before : .embedded
            if isPassive(verb.lowerBound, floor: sentence.lowerBound) {
                // "she was told by officials that “…”": the agent said it; without one, nobody named did.
                if verb.upperBound + 1 < first, tokens[verb.upperBound].lowered == "by", let agent = mention(startingAt: verb.upperBound + 1, limit: first) {
                    return Attribution(mention: agent, cue: cue(verb, limit: first), placement: placement)
                }
                return nil
            }
            let word = tokens[verb.lowerBound].lowered
            let afterComma = verb.lowerBound > sentence.lowerBound && tokens[verb.lowerBound - 1].text == ","
            if afterComma, Self.participles.contains(word), let subject = sentenceSubject(sentence, before: verb.lowerBound) {
                // "Ostland’s ambassador launched an attack, accusing it of ‘playing with fire’".
                return Attribution(mention: subject, cue: cue(verb, limit: first), placement: placement)
            }
            if let subject = subject(endingBefore: verb.lowerBound, floor: sentence.lowerBound) {
                return Attribution(mention: subject, cue: cue(verb, limit: first), placement: placement)
            }
            let joined = verb.lowerBound > sentence.lowerBound && (tokens[verb.lowerBound - 1].text == "," || ["and", "but", "then"].contains(tokens[verb.lowerBound - 1].lowered))
            if joined || Self.participles.contains(word), Self.participles.contains(word) || word.hasSuffix("ed") || word == "said" || word == "told" || word == "wrote",
               let subject = sentenceSubject(sentence, before: verb.lowerBound) {
                // "Smith dismissed the plan, calling it “a dead end”", "… and warned against “…”".
                return Attribution(mention: subject, cue: cue(verb, limit: first), placement: placement)
            }
            // "Said Ryabkov: “…”": the speaker after the verb, right before the quotation.
            let after = skipForward(verb.upperBound, limit: first)
            if let inverted = mention(startingAt: after, limit: first), inverted.extent.upperBound < first,
               [":", ","].contains(tokens[inverted.extent.upperBound].text), inverted.extent.upperBound + 1 == first {
                return Attribution(mention: inverted, cue: cue(verb, limit: first), placement: placement)
            }
            index = verb.lowerBound - 1
        }
        return nil
    }

    /// The subject of a sentence: its first mention that is not inside a phrase of place or
    /// time ("In Brussels, the minister said…" gives the minister).
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Mention? {
        guard !sentence.isEmpty else { return nil }
        return mentions[mentionsOf[sentenceOf[sentence.lowerBound]]].first { mention in
            mention.extent.upperBound <= limit && !finder.classes.followsPreposition(mention.extent.lowerBound) && !coverage.isQuoted(mention.extent.lowerBound)
        }
    }

    /// The first speaker-and-verb clause of a sentence, outside its quotations (for the last
    /// speaker a standing-alone quotation continues).
    func speechClause(in sentence: Range<Int>) -> Mention? {
        for index in sentence where !coverage.isQuoted(index) {
            guard let verb = speechVerb(at: index) else { continue }
            if let subject = subject(endingBefore: verb.lowerBound, floor: sentence.lowerBound) { return subject }
            if let inverted = mention(startingAt: skipForward(verb.upperBound, limit: sentence.upperBound), limit: sentence.upperBound) { return inverted }
        }
        return nil
    }

    // MARK: Mentions next to verbs

    /// The mention that ends just before `verb`, skipping adverbs, times and parentheticals.
    func subject(endingBefore verb: Int, floor: Int) -> Mention? {
        // "she was warned that …": the one told, not the one telling.
        if isPassive(verb, floor: floor) { return nil }
        var index = verb
        var steps = 0
        while index > floor, steps < 20 {
            steps += 1
            if let number = endingAt[index] {
                let mention = mentions[number]
                if mention.extent.lowerBound >= floor, !coverage.isQuoted(mention.extent.lowerBound) {
                    // "President Dmitri Sokolov of Ostland said": the person, not the place.
                    let of = mention.extent.lowerBound - 1
                    if mention.kind == .institution || mention.kind == .name && mention.tokens.count == 1, of > floor, tokens[of].text == "of",
                       let person = endingAt[of].map({ mentions[$0] }), person.kind == .name {
                        return person
                    }
                    return mention
                }
            }
            let previous = tokens[index - 1]
            if coverage.isQuoted(index - 1) { return nil }
            // "Rep. Jo Lee (D-Ohio) said": a bracketed aside between the speaker and the verb.
            if previous.text == ")", let open = ((max(floor, index - 14))..<(index - 1)).last(where: { tokens[$0].text == "(" }) {
                index = open
                continue
            }
            if previous.text == "," {
                // "Smith, who was speaking in Brussels, told": jump over a parenthetical clause;
                // a lone comma ("…the Compact, accusing it") separates clauses, not a subject.
                if let start = parentheticalStart(endingAt: index - 1, floor: floor) {
                    index = start
                    continue
                }
                // "Aurelia’s envoy, Leila Haddad, put it": the comma closing an apposition.
                if let number = endingAt[index - 1], mentions[number].hasApposition { return mentions[number] }
                return nil
            }
            let lowered = previous.lowered
            if previous.isWord, Self.skippable.contains(lowered) || lexicon.timeWords.contains(lowered) || lowered.hasSuffix("ly") && !previous.isCapitalized {
                index -= 1
                continue
            }
            if lowered == "as", index >= 2, tokens[index - 2].lowered == "quoted" {
                index -= 2
                continue
            }
            return modified(endingBefore: index, floor: floor)
        }
        return nil
    }

    /// True when the verb of telling at `verb` is in the passive ("was warned", "had been
    /// told"), so the subject before it heard the words rather than said them.
    func isPassive(_ verb: Int, floor: Int) -> Bool {
        guard verb < tokens.count, Self.objectVerbs.contains(tokens[verb].lowered), !tokens[verb].lowered.hasSuffix("s") else { return false }
        var index = verb - 1
        while index >= floor, index >= verb - 3 {
            let word = tokens[index].lowered
            if ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting"].contains(word) { return true }
            guard tokens[index].isWord, word.hasSuffix("ly") || ["not", "never", "also", "repeatedly", "reportedly"].contains(word) else { return false }
            index -= 1
        }
        return false
    }

    /// Words that start a short modifier after a speaker: "a diplomat briefed on the talks",
    /// "an official familiar with the plan", "officials in Marsk".
    static let modifierStarts: Set<String> = ["briefed", "familiar", "involved", "close", "present", "based", "working", "with", "from", "in", "at", "who", "close", "speaking", "travelling", "traveling"]

    /// A speaker followed by a short modifier that ends at `end` ("a diplomat briefed on the talks").
    private func modified(endingBefore end: Int, floor: Int) -> Mention? {
        var index = end - 1
        while index > floor, end - index <= 9 {
            let token = tokens[index]
            if token.mark != nil || token.text == "," || token.endsSentence { return nil }
            if token.isWord, Self.modifierStarts.contains(token.lowered), let number = endingAt[index] {
                let mention = mentions[number]
                guard mention.kind != .pronoun, mention.extent.lowerBound >= floor else { return nil }
                return mention
            }
            index -= 1
        }
        return nil
    }

    /// Where a parenthetical clause that ends with the comma at `comma` begins (its opening comma).
    private func parentheticalStart(endingAt comma: Int, floor: Int) -> Int? {
        var index = comma - 1
        while index > floor, comma - index <= 16 {
            if tokens[index].text == ",", index + 1 < comma {
                let opener = tokens[index + 1].lowered
                if ["who", "which", "whose", "speaking", "standing", "in", "at", "on", "after", "before", "during", "asked", "however", "meanwhile", "though", "too"].contains(opener)
                    || opener.hasSuffix("ing") || opener.hasSuffix("ly") || opener.first?.isNumber == true {
                    return index
                }
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// The mention that starts at `index`, if one does and it fits before `limit`.
    func mention(startingAt index: Int, limit: Int) -> Mention? {
        guard index < limit, let number = startingAt[index] else { return nil }
        let mention = mentions[number]
        return mention.tokens.upperBound <= limit ? mention : nil
    }

    /// Skips times and adverbs after a verb ("said on Tuesday", "said later").
    private func skipForward(_ start: Int, limit: Int) -> Int {
        var index = start
        while index < limit, tokens[index].text == "," { index += 1 }
        return index
    }

    /// Skips a parenthetical after a subject ("Smith, who spoke in Brussels, said") and adverbs.
    private func skipParenthetical(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            let token = tokens[index]
            let lowered = token.lowered
            // "said Rep. Jo Lee (D-Ohio), adding": a bracketed aside after the speaker.
            if token.text == "(", let close = (index..<min(limit, index + 14)).first(where: { tokens[$0].text == ")" }) {
                index = close + 1
                continue
            }
            if token.text == ",", index + 1 < limit, ["who", "which", "whose", "speaking", "however", "though"].contains(tokens[index + 1].lowered)
                || tokens[index + 1].text.first?.isNumber == true {
                // Jump to the comma that closes it.
                var close = index + 1
                while close < limit, close - index <= 16, tokens[close].text != "," { close += 1 }
                guard close < limit, tokens[close].text == "," else { return index }
                index = close + 1
                continue
            }
            if token.isWord, Self.skippable.contains(lowered) && !["in", "a", "statement", "on"].contains(lowered) || lowered.hasSuffix("ly") && !token.isCapitalized && token.isWord {
                index += 1
                continue
            }
            if token.isWord, lowered == "on", index + 1 < limit, lexicon.timeWords.contains(tokens[index + 1].lowered) {
                index += 2
                continue
            }
            return index
        }
        return index
    }

    // MARK: Cues

    /// The cue of a mention the ranker chose: the speech verb it is the subject of
    /// ("Smith warned"), or the one it follows ("said Smith"), in its sentence.
    func cue(of mention: Mention) -> Range<Int>? {
        let sentence = sentences[sentenceOf[mention.extent.lowerBound]]
        var index = skipParenthetical(from: mention.extent.upperBound, limit: sentence.upperBound)
        if mention.hasApposition, index < sentence.upperBound, tokens[index].text == "," { index += 1 }
        if let verb = speechVerb(at: index) { return cue(verb, limit: sentence.upperBound) }
        var before = mention.extent.lowerBound - 1
        while before > sentence.lowerBound, tokens[before].text == "," { before -= 1 }
        if before >= sentence.lowerBound, let verb = speechVerb(at: before) ?? (before > sentence.lowerBound ? speechVerb(at: before - 1) : nil),
           verb.upperBound == before + 1 {
            return cue(verb, limit: sentence.upperBound)
        }
        return nil
    }

    /// The cue as written: the verb, an object for verbs of telling ("told CNN"), and a
    /// phrase of medium or occasion ("in a statement", "at a news conference"), but no times.
    func cue(_ verb: Range<Int>, limit: Int) -> Range<Int> {
        var end = verb.upperBound
        let word = tokens[verb.lowerBound].lowered
        if lexicon.verbsTakingAs.contains(word), end < limit, tokens[end].lowered == "as", !coverage.isQuoted(end) {
            end += 1
            return verb.lowerBound..<end
        }
        if Self.objectVerbs.contains(word) {
            var object = end
            var words = 0
            while object < limit, words < 4, tokens[object].isWord, !coverage.isQuoted(object) {
                let lowered = tokens[object].lowered
                let isArticle = ["the", "a", "an", "his", "her", "their", "its"].contains(lowered)
                if !isArticle, lexicon.functionWords.contains(lowered) || lexicon.timeWords.contains(lowered) || speechVerb(at: object) != nil { break }
                // "warned six months ago": a number begins a time, not whom he warned.
                if lowered.first?.isNumber == true || Self.numberWords.contains(lowered) { break }
                object += 1
                words += 1
                if !isArticle, !tokens[object - 1].isCapitalized, !(object < limit && tokens[object].isWord && !lexicon.functionWords.contains(tokens[object].lowered) && !lexicon.timeWords.contains(tokens[object].lowered)) { break }
            }
            // The object ends on a word, not on an article.
            while object > end, ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[object - 1].lowered) { object -= 1 }
            end = object
        }
        for _ in 0..<2 {
            guard end < limit, tokens[end].isWord, !coverage.isQuoted(end), let nouns = lexicon.cueComplements[tokens[end].lowered] else { break }
            var index = end + 1
            if index < limit, ["a", "an", "the", "its", "his", "her", "their"].contains(tokens[index].lowered) { index += 1 }
            var last: Int?
            var scanned = 0
            while index < limit, scanned < 3, tokens[index].isWord, !coverage.isQuoted(index) {
                let lowered = tokens[index].lowered
                if lexicon.timeWords.contains(lowered) { break }
                if nouns.contains(lowered) || nouns.contains(tokens[index].stem) || last != nil && ["conference", "briefing", "television", "tv", "media", "statement", "interview"].contains(lowered) { last = index }
                index += 1
                scanned += 1
            }
            guard let last else { break }
            end = last + 1
        }
        return verb.lowerBound..<end
    }
}
