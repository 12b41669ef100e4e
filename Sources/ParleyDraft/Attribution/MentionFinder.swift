/// Finds the mentions of possible speakers in a stretch of text outside quotations: names with
/// the roles written before or beside them, pronouns, descriptions, institutions and unnamed
/// sources.
///
/// A mention is a chunk of words that may hold a role ("US Ambassador to NATO", "Russia's
/// deputy foreign minister"), an honorific and a name; the name is the run of name words at
/// the chunk's end. An apposition on either side of a name ("Julianne Smith, the US ambassador
/// to NATO, said") gives its role too.
struct MentionFinder {
    let classes: WordClasses
    let coverage: QuoteCoverage
    var tokens: [ArticleToken] { classes.tokens }

    /// Every mention in `range`, in order.
    func mentions(in range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // A short bracketed aside ("(D-N.Y.)", "(R-Texas)") names a party or a place, not a speaker.
            if tokens[index].text == "(", let close = (index..<min(range.upperBound, index + 8)).first(where: { tokens[$0].text == ")" }) {
                index = close + 1
                continue
            }
            guard !coverage.isQuoted(index), tokens[index].isWord else {
                index += 1
                continue
            }
            let lowered = tokens[index].lowered
            // "he said"; "Jo Lee, who told Congress"; "his statement that …".
            if WordClasses.pronouns.contains(lowered) || isRelativeSpeaker(index, after: found.last) || isPossessiveSpeaker(index, limit: range.upperBound) {
                found.append(Mention(kind: .pronoun, tokens: index..<(index + 1), extent: index..<(index + 1)))
                index += 1
                continue
            }
            guard let (mention, end) = chunk(at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            found.append(mention)
            index = max(end, index + 1)
        }
        return joiningAppositions(found, limit: range.upperBound)
    }

    /// "who" right after a name and its comma ("Loretta Lynch, who told Congress"): the
    /// relative pronoun standing for the person, as the subject of what follows.
    private func isRelativeSpeaker(_ index: Int, after previous: Mention?) -> Bool {
        guard tokens[index].lowered == "who", index >= 2, tokens[index - 1].text == ",", let previous,
              previous.kind == .name || previous.kind == .description, previous.extent.upperBound == index - 1 else { return false }
        return true
    }

    /// "his", "her", "their" before a noun of speech ("his statement", "her remarks"): the
    /// owner of the words.
    private func isPossessiveSpeaker(_ index: Int, limit: Int) -> Bool {
        guard WordClasses.possessivePronouns.contains(tokens[index].lowered), tokens[index].lowered != "its" else { return false }
        var next = index + 1
        // "his own", "her latest", "their joint": one word may stand between.
        if next < limit, tokens[next].isWord, !Self.speechNouns.contains(tokens[next].stem) { next += 1 }
        return next < limit && tokens[next].isWord && Self.speechNouns.contains(tokens[next].stem)
    }

    /// True when a noun of speech follows, perhaps after one word ("Trump's claim", "Smith's
    /// earlier remarks").
    private func ownsWords(after index: Int) -> Bool {
        guard index < tokens.count else { return false }
        var next = index
        if tokens[next].isWord, !Self.speechNouns.contains(tokens[next].stem), next + 1 < tokens.count { next += 1 }
        return tokens[next].isWord && !coverage.isQuoted(next) && Self.speechNouns.contains(tokens[next].stem)
    }

    /// Nouns for what someone said, which a possessive before them attributes.
    static let speechNouns: Set<String> = [
        "statement", "statements", "remarks", "remark", "comments", "comment", "words", "claim", "claims", "promise", "promises", "call",
        "warning", "speech", "tweet", "tweets", "message", "letter", "post", "vow", "pledge", "insistence", "assertion", "description",
        "declaration", "argument", "response", "reply", "answer", "assessment", "view", "testimony", "interview", "address", "slogan",
        "catchphrase", "refrain", "mantra", "motto", "demand", "plea", "boast", "charge", "accusation", "criticism", "complaint",
    ]

    /// The mention that starts at `start`, and where its chunk ends.
    func chunk(at start: Int, limit: Int) -> (Mention, Int)? {
        var end = start
        var sawName = false
        var sawRole = false
        var sawInstitution = false
        while end < limit, !coverage.isQuoted(end) {
            let token = tokens[end]
            guard token.isWord else { break }
            let lowered = token.lowered
            let position = end - start
            if position == 0, WordClasses.determiners.contains(lowered) {
                end += 1
                continue
            }
            if classes.isParticle(end) {
                end += 1
                continue
            }
            if ["of", "to", "for", "and", "at", "the", "in"].contains(lowered) {
                // Inside a role ("Ambassador to NATO") or an institution's name ("Council for
                // Security in the North"), never after a person's name.
                let inside = sawInstitution || sawRole && lowered != "in"
                guard position > 0, !sawName || sawInstitution, inside || lowered == "the" && end > start && ["of", "to", "for", "at", "in"].contains(tokens[end - 1].lowered),
                      end + 1 < limit, tokens[end + 1].isCapitalized || classes.isRoleWord(end + 1) && !sawInstitution || tokens[end + 1].lowered == "the" else { break }
                end += 1
                continue
            }
            if token.isCapitalized {
                if classes.isFunctionWord(end), position == 0 || !(tokens[end - 1].lowered == "the") {
                    // "The", "However": a capital that only opens the sentence.
                    if position == 0, lowered == "the" {
                        end += 1
                        continue
                    }
                    break
                }
                if classes.isRoleWord(end) { sawRole = true }
                if classes.lexicon.institutionHeads.contains(token.stem) || classes.institutionLength(at: end) > 1 { sawInstitution = true }
                let isName = classes.isNameWord(end)
                end += 1
                if token.isPossessive, isName {
                    // "Smith's decision" ends here; "Valdoria's president" and "Estavia’s furious
                    // prime minister" go on to the role, whose holder the possessor is not.
                    let leadsToRole = end < limit && (classes.isRoleWord(end) || classes.lexicon.institutionHeads.contains(tokens[end].stem)
                        || tokens[end].isWord && !tokens[end].isCapitalized && !classes.isFunctionWord(end) && opensNoun(after: end, limit: limit))
                    if !leadsToRole { break }
                    continue
                }
                if isName { sawName = true }
                continue
            }
            if classes.isNameWord(end) {
                // "al-Rashid": a name that starts with a lowercase particle.
                sawName = true
                end += 1
                continue
            }
            if classes.isRoleWord(end) || classes.lexicon.institutionHeads.contains(token.stem) || position == 0 && WordClasses.possessivePronouns.contains(lowered) {
                if classes.isRoleWord(end) { sawRole = true }
                end += 1
                continue
            }
            // "the energy ministry", "Estavia’s furious prime minister": a plain word before
            // the noun of a role or a body, perhaps with role words between.
            if !sawName, !classes.isFunctionWord(end), !classes.lexicon.speechVerbs.contains(token.lowered), opensNoun(after: end, limit: limit) {
                end += 1
                continue
            }
            break
        }
        guard end > start else { return nil }
        return classify(start..<end).map { ($0, end) }
    }

    /// True when the words after `index` (role words at most) lead to a role's or a body's
    /// noun: "furious [prime minister]", "energy [ministry]".
    private func opensNoun(after index: Int, limit: Int) -> Bool {
        var next = index + 1
        while next < limit, next <= index + 3, tokens[next].isWord, !tokens[next].isCapitalized || classes.isRoleWord(next) {
            if classes.isRoleHead(next) || classes.lexicon.institutionHeads.contains(tokens[next].stem) { return true }
            guard classes.isRoleModifier(next) else { return false }
            next += 1
        }
        return false
    }

    /// What a chunk of words is: a name (with its role), an institution, a description, or nothing.
    func classify(_ chunk: Range<Int>) -> Mention? {
        var body = chunk
        var determiner: String?
        let first = tokens[body.lowerBound].lowered
        if WordClasses.determiners.contains(first) || WordClasses.possessivePronouns.contains(first) {
            determiner = WordClasses.possessivePronouns.contains(first) ? "the" : first
            body = (body.lowerBound + 1)..<body.upperBound
        }
        guard !body.isEmpty else { return nil }
        // A possessor is not a speaker ("Smith's decision"): the chunk ended on a possessive
        // name; unless what follows is the possessor's words ("Trump's claim that …").
        if tokens[body.upperBound - 1].isPossessive, classes.isNameWord(body.upperBound - 1) || classes.isPlace(body.upperBound - 1) {
            guard classes.isNameWord(body.upperBound - 1), ownsWords(after: body.upperBound) else { return nil }
            var nameStart = body.upperBound - 1
            while nameStart > body.lowerBound, classes.isNameWord(nameStart - 1) || classes.isInitial(nameStart - 1) { nameStart -= 1 }
            let name = nameStart..<body.upperBound
            return Mention(kind: .name, tokens: name, extent: chunk, name: name)
        }

        let written = body
        // "the Council for Security in the North", "the Ministry of Foreign Affairs".
        if tokens[body.lowerBound].isCapitalized, classes.lexicon.institutionHeads.contains(tokens[body.lowerBound].stem), body.count > 1,
           !body.contains(where: { classes.isRoleHead($0) }) {
            return Mention(kind: .institution, tokens: written, extent: chunk)
        }
        if classes.institutionLength(at: body.lowerBound) == body.count
            || body.count > 1 && tokens[body.lowerBound].isPossessive && classes.institutionLength(at: body.lowerBound + 1) == body.count - 1 {
            return Mention(kind: .institution, tokens: written, extent: chunk)
        }
        if body.count == classes.placeLength(at: body.lowerBound) || body.count == 1 && classes.guessedPlaces.contains(tokens[body.lowerBound].stem) {
            return Mention(kind: .institution, tokens: written, extent: chunk)
        }
        // "the Washington Post Trump said": a body's whole name, then a person's.
        let leading = classes.institutionLength(at: body.lowerBound)
        if leading > 0, leading < body.count, (body.lowerBound + leading..<body.upperBound).allSatisfy({ classes.isNameWord($0) }) {
            let name = (body.lowerBound + leading)..<body.upperBound
            return Mention(kind: .name, tokens: name, extent: name, name: name)
        }
        // The name: the run of name words (and particles, initials) at the end.
        var nameStart = body.upperBound
        while nameStart > body.lowerBound {
            let previous = nameStart - 1
            if classes.isNameWord(previous) || classes.isInitial(previous) || classes.isParticle(previous) && nameStart < body.upperBound {
                nameStart = previous
            } else {
                break
            }
        }
        // "secretary general of the Compact": a name after "the" inside a role is a body's;
        // "the spokesman for President Dmitri Sokolov": a name after a second role is that role's.
        if nameStart > body.lowerBound, nameStart < body.upperBound, tokens[nameStart - 1].lowered == "the" {
            nameStart = body.upperBound
        }
        if nameStart < body.upperBound, let connector = (body.lowerBound..<nameStart).first(where: { ["for", "to", "of"].contains(tokens[$0].lowered) }),
           (connector + 1..<nameStart).contains(where: { classes.isRoleHead($0) }), (body.lowerBound..<connector).contains(where: { classes.isRoleHead($0) }) {
            let head = (body.lowerBound..<connector).last { classes.isRoleHead($0) }!
            let definite = determiner == "the" || tokens[body.lowerBound].isPossessive
            return Mention(kind: definite ? .description : .anonymous, tokens: chunk, extent: chunk, head: tokens[head].stem)
        }
        if nameStart < body.upperBound {
            let name = nameStart..<body.upperBound
            var before = body.lowerBound..<nameStart
            var gender: Lexicon.Gender?
            if let last = before.last, classes.honorific(last).found {
                gender = classes.honorific(last).gender
                before = before.lowerBound..<last
            }
            let hasRole = before.contains { classes.isRoleHead($0) } || before.contains { classes.isRoleModifier($0) } && before.contains { tokens[$0].isCapitalized }
            // "the Northern Compact": a name after "the", with no role, names a body, not a person.
            if determiner == "the", nameStart == body.lowerBound {
                return Mention(kind: .institution, tokens: body, extent: chunk)
            }
            let honorific = (body.lowerBound..<nameStart).last.flatMap { classes.honorific($0).found ? $0 : nil }
            // "Sen. Jo Lee": a title of office is the role when nothing else is.
            let office = honorific.flatMap { classes.honorific($0).gender == nil && !WordClasses.courtesyTitles.contains(tokens[$0].lowered) ? text($0..<($0 + 1)) : nil }
            let role = hasRole ? text(before) : office
            let written = hasRole ? body.lowerBound : (honorific ?? nameStart)
            return Mention(kind: .name, tokens: written..<name.upperBound, extent: chunk, name: name, role: role, gender: gender)
        }
        if let head = body.last(where: { classes.isRoleHead($0) }) {
            let stem = tokens[head].stem
            let plural = stem.hasSuffix("s") && !stem.hasSuffix("ss")
            let definite = determiner == "the" || tokens[body.lowerBound].isPossessive
            let kind: Mention.Kind = definite && !plural ? .description : .anonymous
            return Mention(kind: kind, tokens: chunk, extent: chunk, head: stem)
        }
        // "the Valdorian government", "Ostland's foreign ministry", "the Paris Agreement".
        let last = tokens[body.upperBound - 1]
        if classes.lexicon.institutionHeads.contains(last.stem) || last.isCapitalized && classes.lexicon.properNameHeads.contains(last.stem) {
            return Mention(kind: .institution, tokens: written, extent: chunk)
        }
        return nil
    }

    /// Gives names the roles of the appositions beside them, and drops those appositions.
    func joiningAppositions(_ mentions: [Mention], limit: Int) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        while index < mentions.count {
            var mention = mentions[index]
            // "Russia's deputy foreign minister, Sergei Ryabkov, said"
            if mention.kind == .description || mention.kind == .anonymous, index + 1 < mentions.count, !classes.followsPreposition(mention.extent.lowerBound),
               mentions[index + 1].kind == .name,
               isComma(mention.extent.upperBound), mentions[index + 1].extent.lowerBound == mention.extent.upperBound + 1 {
                var name = mentions[index + 1]
                // The apposition says more than a title before the name ("Colonel Sapt").
                if name.role.map({ !$0.contains(" ") }) ?? true { name.role = text(mention.tokens.dropFirstArticle(tokens)) }
                name.extent = mention.extent.lowerBound..<name.extent.upperBound
                result.append(name)
                index += 2
                continue
            }
            // "Julianne Smith, the US ambassador to NATO, said" (but not "told The Sun, the minister said")
            if mention.kind == .name, index + 1 < mentions.count, !classes.followsPreposition(mention.extent.lowerBound),
               mentions[index + 1].kind == .description || mentions[index + 1].kind == .anonymous,
               isComma(mention.extent.upperBound), mentions[index + 1].extent.lowerBound == mention.extent.upperBound + 1 {
                let apposition = mentions[index + 1]
                let after = apposition.extent.upperBound
                if after >= limit || isComma(after) || tokens[after].endsSentence || tokens[after].isWord && classes.lexicon.speechVerbs.contains(tokens[after].lowered) {
                    if mention.role == nil { mention.role = text(apposition.tokens.dropFirstArticle(tokens)) }
                    mention.extent = mention.extent.lowerBound..<after
                    result.append(mention)
                    index += 2
                    continue
                }
            }
            result.append(mention)
            index += 1
        }
        return result
    }

    private func isComma(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].text == ","
    }

    /// The text of a token range as written, single-spaced.
    func text(_ range: Range<Int>) -> String {
        tokens.text(range)
    }
}

extension WordClasses {
    static let possessivePronouns: Set<String> = ["its", "his", "her", "their"]
}
