/// What each word of one article is, for the mention finder: a function word, part of a
/// role, a place, part of an institution's name, or a word that can be part of a name.
///
/// Beyond the lexicon it learns two things from the article itself: words it also writes in
/// lower case (so "Talks" opening a sentence is not a name), and single capitalised words it
/// uses as places ("in Valdoria", "Valdoria's foreign minister").
struct WordClasses {
    let tokens: [ArticleToken]
    let lexicon: Lexicon
    /// Stems the article writes in lower case somewhere.
    let lowercaseVocabulary: Set<String>
    /// Stems the article capitalises somewhere other than at the start of a sentence.
    let midSentenceCapitals: Set<String>
    /// Single capitalised words the article uses as places.
    let guessedPlaces: Set<String>
    /// Words the article writes second in a run of capitalised words: surnames, mostly.
    let surnames: Set<String>
    /// ArticleToken indices that begin a sentence (or follow an opening mark or a colon).
    let sentenceInitial: Set<Int>
    /// Words the article writes after "Mr." or "Ms.": surnames, even where they are also
    /// roles or places ("Mr. King" makes "Larry King" a name).
    let titledSurnames: Set<String>
    // Each token's classes, worked out once: the rules ask about the same words many times.
    private var roleHeads: [Bool] = []
    private var roleModifiers: [Bool] = []
    private var placeLengths: [UInt8] = []
    private var institutionLengths: [UInt8] = []
    private var nameWords: [Bool] = []

    static let particles: Set<String> = ["de", "da", "del", "della", "di", "du", "van", "der", "den", "von", "le", "la", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das", "y", "zu", "af", "al-", "el-"]
    static let determiners: Set<String> = ["the", "a", "an", "one", "another"]
    static let pronouns: Set<String> = ["he", "she", "they", "it"]
    /// Titles of courtesy that stand before a surname and nothing else.
    static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mme", "mme."]
    /// Offices addressed with a courtesy title ("Mr. President", "Madam Secretary").
    static let addressedOffices: Set<String> = ["president", "speaker", "chairman", "chairwoman", "secretary", "ambassador", "minister", "mayor", "prime", "vice", "justice"]

    init(tokens: [ArticleToken], lexicon: Lexicon, sentenceStarts: [Int]) {
        self.tokens = tokens
        self.lexicon = lexicon
        sentenceInitial = Set(sentenceStarts)
        var lower = Set<String>()
        var places = Set<String>()
        var surnames = Set<String>()
        let placePrepositions: Set<String> = ["in", "to", "from", "across", "against", "toward", "towards", "visit", "visited", "between"]
        var midSentence = Set<String>()
        let starts = Set(sentenceStarts)
        for (index, token) in tokens.enumerated() where token.isWord {
            if !token.isCapitalized { lower.insert(token.stem) }
            if token.isCapitalized, !starts.contains(index) { midSentence.insert(token.stem) }
            guard token.isCapitalized, index > 0 else { continue }
            let before = tokens[index - 1]
            // The second of two capitalised words is a surname more often than a place.
            if before.isCapitalized, before.isWord, !lexicon.functionWords.contains(before.lowered),
               !lexicon.roleHeads.contains(before.stem), !lexicon.roleModifiers.contains(before.stem), !before.isAllCapitals {
                surnames.insert(token.stem)
            }
            let after = index + 1 < tokens.count ? tokens[index + 1] : nil
            let standsAlone = !(after?.isCapitalized ?? false)
            if standsAlone, !before.isCapitalized, placePrepositions.contains(before.lowered) {
                places.insert(token.stem)
            }
            // "Valdoria's foreign minister", "Ostland's defence ministry" (but "Sokolov's spokesman" is a person's).
            if token.isPossessive, let after, after.isWord, lexicon.roleModifiers.contains(after.stem) && !lexicon.roleHeads.contains(after.stem) || lexicon.institutionHeads.contains(after.stem),
               !before.isCapitalized {
                places.insert(token.stem)
            }
        }
        lowercaseVocabulary = lower
        midSentenceCapitals = midSentence
        titledSurnames = Set(tokens.indices.dropFirst().filter { index in
            tokens[index].isCapitalized && Self.courtesyTitles.contains(tokens[index - 1].lowered) && !Self.addressedOffices.contains(tokens[index].stem)
                && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized && tokens[index + 1].isWord)
        }.map { tokens[$0].stem })
        guessedPlaces = places.subtracting(surnames)
        self.surnames = surnames
        roleHeads = tokens.map { $0.isWord && lexicon.roleHeads.contains($0.stem) }
        roleModifiers = tokens.map { $0.isWord && lexicon.roleModifiers.contains($0.stem) }
        placeLengths = tokens.indices.map { UInt8(clamping: matchLength(lexicon.places, at: $0)) }
        institutionLengths = tokens.indices.map { UInt8(clamping: matchLength(lexicon.institutionNames, at: $0)) }
        nameWords = tokens.indices.map(computeIsNameWord)
        // A given name the lists know makes a name of the capitalised word after it, even one
        // that is also an office or a place ("Amy Pope", "Paul Richmond"), and is a name itself before a
        // surname, even where it is also a place ("Chad Myers").
        for index in tokens.indices.dropFirst() where !nameWords[index] && tokens[index].isCapitalized && !tokens[index].isAllCapitals
            && (roleHeads[index] || placeLengths[index] == 1) && nameWords[index - 1] && lexicon.givenNames[tokens[index - 1].lowered] != nil && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized) {
            nameWords[index] = true
        }
        for index in tokens.indices.dropLast() where !nameWords[index] && tokens[index].isCapitalized && lexicon.givenNames[tokens[index].lowered] != nil
            && nameWords[index + 1] && tokens[index + 1].isCapitalized {
            nameWords[index] = true
        }
    }

    func stem(_ index: Int) -> String { tokens[index].stem }

    /// True for a function word; "US" in capitals is a country, not "us".
    func isFunctionWord(_ index: Int) -> Bool {
        !tokens[index].isAllCapitals && lexicon.functionWords.contains(tokens[index].lowered)
    }

    func isRoleHead(_ index: Int) -> Bool { roleHeads[index] }
    func isRoleModifier(_ index: Int) -> Bool { roleModifiers[index] }
    func isRoleWord(_ index: Int) -> Bool { isRoleHead(index) || isRoleModifier(index) }

    func honorific(_ index: Int) -> (found: Bool, gender: Lexicon.Gender?) {
        let key = tokens[index].lowered
        guard tokens[index].isCapitalized, let gender = lexicon.honorifics[key] else { return (false, nil) }
        return (true, gender)
    }

    func isTimeWord(_ index: Int) -> Bool {
        lexicon.timeWords.contains(tokens[index].lowered)
    }

    /// How many words from `index` name a place the lexicon knows (0 when none).
    func placeLength(at index: Int) -> Int {
        Int(placeLengths[index])
    }

    /// How many words from `index` are an institution's whole name (0 when none).
    func institutionLength(at index: Int) -> Int {
        Int(institutionLengths[index])
    }

    private func matchLength(_ grouped: [String: [[String]]], at index: Int) -> Int {
        guard tokens[index].isWord else { return 0 }
        let candidates = (grouped[tokens[index].lowered] ?? []) + (grouped[tokens[index].stem] ?? [])
        for phrase in candidates where index + phrase.count <= tokens.count {
            var matched = true
            for (offset, word) in phrase.enumerated() {
                let token = tokens[index + offset]
                let text = offset == phrase.count - 1 ? token.stem : token.lowered
                if !token.isWord || (text != word && token.lowered != word) {
                    matched = false
                    break
                }
            }
            if matched { return phrase.count }
        }
        return 0
    }

    func isPlace(_ index: Int) -> Bool {
        placeLength(at: index) > 0 || guessedPlaces.contains(stem(index))
    }

    /// Prefixes joined to a capitalised name ("al-Rashid", "d’Estaing").
    static let particlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ibn-", "bin-", "d'", "d’", "l'", "l’"]

    /// True for a name word that starts with a lowercase particle ("al-Rashid").
    func hasParticlePrefix(_ index: Int) -> Bool {
        let text = tokens[index].text
        guard let first = text.utf8.first, (0x61...0x7A).contains(first), text.utf8.contains(where: { $0 == 0x2D || $0 == 0x27 || $0 == 0xE2 }) else { return false }
        for prefix in Self.particlePrefixes where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            return rest.first?.isUppercase == true
        }
        return false
    }

    /// True for a word that can be part of a person's name here.
    func isNameWord(_ index: Int) -> Bool {
        nameWords[index]
    }

    private func computeIsNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.isWord, hasParticlePrefix(index) { return true }
        // "Mr. King", "Ms. Bishop": after a courtesy title a capitalised word is a surname,
        // whatever else it can be, unless it is an office addressed by its title ("Mr. President").
        if index > 0, token.isCapitalized, !token.isAllCapitals, honorific(index - 1).found, Self.courtesyTitles.contains(tokens[index - 1].lowered),
           !Self.addressedOffices.contains(token.stem), !(index + 1 < tokens.count && tokens[index + 1].isCapitalized && tokens[index + 1].isWord) {
            return true
        }
        if titledSurnames.contains(token.stem), index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalized,
           !isFunctionWord(index - 1), !isRoleWord(index - 1), !honorific(index - 1).found, !tokens[index - 1].isAllCapitals {
            return true
        }
        guard token.isCapitalized, !isFunctionWord(index), !isRoleWord(index), !honorific(index).found, !isTimeWord(index) else { return false }
        if token.isAllCapitals, !isInitial(index) { return false }
        if isNationality(index) { return false }
        if isPlace(index) || institutionLength(at: index) > 0 || lexicon.institutionHeads.contains(stem(index)) || lexicon.properNameHeads.contains(stem(index)) { return false }
        // A capital that only opens a sentence, on a word the article also writes in lower case.
        if sentenceInitial.contains(index), lowercaseVocabulary.contains(token.stem) { return false }
        // "Pressed on whether…", "Shortly after…", "Colleagues describe her…": a word the article
        // capitalises only to open a sentence, shaped like a participle, an adverb or a plural,
        // is not a name (unless a name or a speech verb follows: "Lucas Bishop", "Obama said").
        if sentenceInitial.contains(index), !midSentenceCapitals.contains(token.stem), lexicon.givenNames[token.lowered] == nil,
           ["ed", "ing", "ly", "s"].contains(where: token.lowered.hasSuffix), index + 1 < tokens.count,
           !tokens[index + 1].isCapitalized, !lexicon.speechVerbs.contains(tokens[index + 1].lowered) {
            return false
        }
        return true
    }

    /// A capitalised adjective of nationality the lexicon does not know ("Valdorian",
    /// "Ostlandic"), told by its ending and the common noun after it ("Valdorian energy ministry").
    func isNationality(_ index: Int) -> Bool {
        let text = tokens[index].lowered
        guard ["ian", "ic", "ese", "ish", "ean"].contains(where: text.hasSuffix), text.count > 4, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.isWord, !next.isCapitalized || isRoleWord(index + 1) || lexicon.institutionHeads.contains(next.stem) else { return false }
        let lowered = next.lowered
        return !lexicon.functionWords.contains(lowered) && !lexicon.speechVerbs.contains(lowered) && !lowered.hasSuffix("ed")
    }

    /// An initial such as "J.".
    func isInitial(_ index: Int) -> Bool {
        let text = tokens[index].text
        return text.count == 2 && text.hasSuffix(".") && tokens[index].isCapitalized
    }

    /// A lowercase particle inside a name ("van der Berg", "de la Cruz"): followed by a
    /// capitalised word or by another particle.
    func isParticle(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized,
              Self.particles.contains(tokens[index].lowered) else { return false }
        let next = tokens[index + 1]
        if next.isCapitalized { return true }
        return index + 2 < tokens.count && Self.particles.contains(next.lowered) && tokens[index + 2].isCapitalized
    }

    static let prepositions: Set<String> = ["to", "in", "at", "on", "from", "with", "by", "for", "of", "about", "against", "into", "toward", "towards", "between", "among", "over", "under", "after", "before", "during", "near", "outside", "inside"]

    /// True when the word before `index` is a preposition (so a mention there is not a subject).
    func followsPreposition(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].isWord && Self.prepositions.contains(tokens[index - 1].lowered)
    }
}
