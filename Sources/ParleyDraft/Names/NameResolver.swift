/// Turns a mention into a speaker: a surname, "Mr. Ryabkov", "he" or "the minister" into the
/// full name the article gives, with the role it gives.
///
/// Built once per article from every mention in order. Full names are registered with their
/// roles; a surname finds the person of that surname mentioned most recently (or, failing
/// that, first mentioned later); a pronoun finds the most recent person it can refer to
/// (never one whose honorific or given name says otherwise); a description finds the most
/// recent person whose role has its noun. What cannot be settled stays unnamed.
struct NameResolver {
    struct Person {
        var name: [String]
        var role: String?
        var gender: Lexicon.Gender?
        /// What follows the name and says where the person is from: "(R-Fla.)", "of Ohio".
        var affiliation: String?
        var surname: String { name.last?.lowercased() ?? "" }
        /// Role and affiliation together, lowercased, for matching descriptions.
        var described: String { [role, affiliation].compactMap { $0?.lowercased() }.joined(separator: " ") }
        var fullName: String { name.joined(separator: " ") }
    }

    let tokens: [ArticleToken]
    let lexicon: Lexicon
    let classes: WordClasses
    private(set) var people: [Person] = []
    private var byName: [[String]: Int] = [:]
    private var bySurname: [String: [Int]] = [:]
    /// People named in full, by their given name lowercased.
    private var byGivenName: [String: [Int]] = [:]
    /// Where each person or institution is mentioned: token index and whom, in text order.
    private var sightings: [(index: Int, person: Int?, institution: String?, subject: Bool)] = []
    /// Where each person is mentioned, in text order.
    private var sightingsOf: [[Int]] = []
    /// How many mentions back a pronoun or a description looks at most.
    static let lookback = 200

    /// - Parameters:
    ///   - speakers: where the mentions of speakers begin (token indices): a single name
    ///     there is a person.
    ///   - subjects: where the mentions that are their sentence's subject begin, which a
    ///     pronoun refers to first.
    init(tokens: [ArticleToken], mentions: [Mention], lexicon: Lexicon, classes: WordClasses, speakers: Set<Int> = [], subjects: Set<Int> = []) {
        self.tokens = tokens
        self.lexicon = lexicon
        self.classes = classes
        for mention in mentions {
            switch mention.kind {
            case .name:
                guard let range = mention.name else { continue }
                let words = range.map { tokens[$0].text }
                // A full name starts with a capital; "van der Berg" alone is a surname.
                if words.count >= 2, tokens[range.lowerBound].isCapitalized {
                    let person = register(words, role: mention.role, gender: mention.gender)
                    if people[person].affiliation == nil { people[person].affiliation = affiliation(after: range.upperBound) }
                    sightings.append((range.lowerBound, person, nil, subjects.contains(mention.extent.lowerBound)))
                }
            case .institution:
                sightings.append((mention.tokens.lowerBound, nil, institutionName(mention), subjects.contains(mention.extent.lowerBound)))
            default:
                continue
            }
        }
        // Surnames alone are seen too, once every full name is known; a single name with a
        // role or an honorific ("Princess Isabella", "Mr. Haas") is a person in its own right.
        for mention in mentions where mention.kind == .name {
            guard let range = mention.name, range.count == 1 || !tokens[range.lowerBound].isCapitalized else { continue }
            let surname = tokens[range.upperBound - 1].stem
            if let person = person(surname: surname, before: range.lowerBound) {
                sightings.append((range.lowerBound, person, nil, subjects.contains(mention.extent.lowerBound)))
                if people[person].gender == nil, let gender = mention.gender { people[person].gender = gender }
            } else if mention.role != nil || mention.gender != nil || !tokens[range.lowerBound].isCapitalized
                        || speakers.contains(mention.extent.lowerBound) && !classes.isPlace(range.lowerBound) {
                // A single name that speaks or is what its sentence is about ("Obama said") is
                // a person too, whom a pronoun may mean.
                let person = register(range.map { tokens[$0].text }, role: mention.role, gender: mention.gender)
                sightings.append((range.lowerBound, person, nil, subjects.contains(mention.extent.lowerBound)))
            }
        }
        sightings.sort { $0.index < $1.index }
        for sighting in sightings {
            if let person = sighting.person { sightingsOf[person].append(sighting.index) }
        }
    }

    /// The bracket or the "of" phrase right after a name: "(R-Fla.)", "of New Jersey".
    private func affiliation(after end: Int) -> String? {
        guard end < tokens.count else { return nil }
        if tokens[end].text == "(", let close = (end..<min(tokens.count, end + 8)).first(where: { tokens[$0].text == ")" }) {
            return text((end + 1)..<close).lowercased()
        }
        if tokens[end].lowered == "of", end + 1 < tokens.count, tokens[end + 1].isCapitalized {
            var last = end + 1
            while last + 1 < tokens.count, last < end + 3, tokens[last + 1].isCapitalized, tokens[last + 1].isWord { last += 1 }
            return text((end + 1)..<(last + 1)).lowercased()
        }
        return nil
    }

    /// Adds a person (or adds to one already known by the same name); returns its index.
    private mutating func register(_ words: [String], role: String?, gender: Lexicon.Gender?) -> Int {
        var clean = words
        if let last = clean.last { clean[clean.count - 1] = Self.withoutPossessive(last) }
        let key = clean.map { $0.lowercased() }
        // The same name again, or "Sergei Ryabkov" after "Sergei A. Ryabkov": one person.
        if let existing = byName[key] ?? bySurname[key.last ?? ""]?.first(where: { people[$0].name.first?.lowercased() == key.first }) {
            if people[existing].role == nil { people[existing].role = role }
            if people[existing].gender == nil { people[existing].gender = gender }
            return existing
        }
        let given = lexicon.givenNames[key.first ?? ""]
        people.append(Person(name: clean, role: role, gender: gender ?? given))
        sightingsOf.append([])
        byName[key] = people.count - 1
        bySurname[key.last ?? "", default: []].append(people.count - 1)
        if clean.count > 1 { byGivenName[key.first ?? "", default: []].append(people.count - 1) }
        return people.count - 1
    }

    static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        return word
    }

    /// The person with this surname seen last before `index`, else the first seen after it.
    func person(surname: String, before index: Int) -> Int? {
        guard let matching = bySurname[surname], let first = matching.first else {
            // "Isabella" for "Princess Isabella of Aurelia": a given name used alone, when only one person has it.
            let given = byGivenName[surname] ?? []
            return given.count == 1 ? given[0] : nil
        }
        guard matching.count > 1 else { return first }
        // Of several people with one surname, the one seen last before the mention.
        let latest = matching.map { person -> (Int, Int) in
            guard sightingsOf.indices.contains(person) else { return (person, -1) }
            let seen = sightingsOf[person]
            let before = Self.count(in: seen, before: index + 1)
            return (person, before > 0 ? seen[before - 1] : -1)
        }
        return latest.max { $0.1 < $1.1 }.flatMap { $0.1 >= 0 ? $0.0 : nil } ?? first
    }

    /// An institution's name as written, without a leading article.
    func institutionName(_ mention: Mention) -> String {
        var range = mention.tokens
        if let first = range.first, ["the", "a", "an"].contains(tokens[first].lowered) { range = (first + 1)..<range.upperBound }
        return text(range)
    }

    /// The speaker a mention at token `index` stands for.
    func resolve(_ mention: Mention, article: ArticleText) -> DraftSpeaker {
        let written = text(mention.tokens)
        let range = tokens[mention.tokens.lowerBound].range.lowerBound..<tokens[mention.tokens.upperBound - 1].range.upperBound
        var speaker = DraftSpeaker(kind: .unresolved, name: nil, role: mention.role, mention: written, range: range)
        let index = mention.tokens.lowerBound
        switch mention.kind {
        case .name:
            guard let name = mention.name else { return speaker }
            let words = name.map { tokens[$0].text }
            if words.count >= 2, tokens[name.lowerBound].isCapitalized {
                let key = words.map { Self.withoutPossessive($0).lowercased() }
                let person = byName[key] ?? person(surname: key.last ?? "", before: index)
                speaker.kind = .person
                speaker.name = person.map { people[$0].fullName } ?? words.joined(separator: " ")
                speaker.role = mention.role ?? person.flatMap { people[$0].role }
                speaker.resolution = .fullName
                return speaker
            }
            let word = tokens[name.upperBound - 1]
            if let person = person(surname: word.stem, before: index) {
                speaker.kind = .person
                speaker.name = people[person].fullName
                speaker.role = mention.role ?? people[person].role
                speaker.resolution = people[person].name.count > 1 ? .surname : .singleName
            } else if classes.isPlace(name.lowerBound) {
                speaker.kind = .institution
                speaker.name = Self.withoutPossessive(word.text)
                speaker.resolution = .body
            } else {
                speaker.kind = .person
                speaker.name = Self.withoutPossessive(text(name))
                speaker.resolution = .singleName
            }
        case .institution:
            speaker.kind = .institution
            speaker.name = fullInstitutionName(mention, before: index)
            speaker.role = nil
            speaker.resolution = .body
        case .anonymous:
            speaker.kind = .anonymous
            speaker.role = text(mention.tokens.dropFirstArticle(tokens))
        case .pronoun:
            // "he" and "she" (and "his", "her") mean a person of their gender; "who" the person
            // just named; "it" and "they" a body, as does "who" after one.
            let person: Int?
            switch tokens[index].lowered {
            case "who": person = recentPerson(before: index, nearestOnly: true)
            case "he", "his": person = recentPerson(before: index, gender: .male)
            case "she", "her": person = recentPerson(before: index, gender: .female)
            default: person = nil
            }
            let gendered = ["he", "his", "she", "her"].contains(tokens[index].lowered)
            if let person {
                speaker.kind = .person
                speaker.name = people[person].fullName
                speaker.role = people[person].role
                speaker.resolution = .pronoun
            } else if !gendered, let institution = recentInstitution(before: index) {
                speaker.kind = .institution
                speaker.name = institution
                speaker.resolution = .pronoun
            }
        case .description:
            let places = qualifiers(mention.tokens)
            if let head = mention.head,
               let person = describedPerson(before: index, roleHead: head, places: places) ?? nextPerson(after: mention.tokens.upperBound, roleHead: head) {
                speaker.kind = .person
                speaker.name = people[person].fullName
                speaker.role = people[person].role ?? text(mention.tokens.dropFirstArticle(tokens))
                speaker.resolution = .description
            } else {
                speaker.role = text(mention.tokens.dropFirstArticle(tokens))
            }
        }
        return speaker
    }

    /// How far back, in paragraphs, a pronoun or description may look for whom it means.
    static let reach = 4

    /// True when nothing ends a sentence between two tokens of one paragraph.
    private func inOneSentence(_ first: Int, _ second: Int) -> Bool {
        let range = min(first, second)..<max(first, second)
        guard tokens[range.lowerBound].paragraph == tokens[range.upperBound].paragraph else { return false }
        return !range.contains { tokens[$0].endsSentence }
    }

    /// The places a description names ("the Florida senator" → "florida"), lowercased.
    private func qualifiers(_ range: Range<Int>) -> [String] {
        var places: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let length = classes.placeLength(at: index)
            if length > 0, tokens[index].isCapitalized, index + length <= range.upperBound {
                places.append(((index..<(index + length)).map { tokens[$0].stem }).joined(separator: " "))
                index += length
            } else {
                index += 1
            }
        }
        return places
    }

    /// - Parameter places: places the description names: a person whose role or affiliation
    ///   names another place is not meant, one who names none is meant only when nobody names it.
    private func recentPerson(before index: Int, gender: Lexicon.Gender? = nil, roleHead: String? = nil, places: [String] = [], nearestOnly: Bool = false) -> Int? {
        if nearestOnly {
            return sightings(before: index).first { $0.person != nil && inOneSentence($0.index, index) }?.person
        }
        let paragraph = tokens[index].paragraph
        var unknownRole: Int?
        var nearest: Int?
        var unplaced: Int?
        for sighting in sightings(before: index) {
            guard tokens[sighting.index].paragraph + Self.reach >= paragraph else { break }
            guard let person = sighting.person else { continue }
            if let gender, let known = people[person].gender, known != gender { continue }
            if roleHead == nil {
                // A pronoun means the person its sentence, or one just before, is about: the
                // nearest subject ("Obama said after meeting Putin. He…" is Obama), else the
                // nearest person of its gender.
                if sighting.subject, tokens[sighting.index].paragraph + 1 >= paragraph { return person }
                if nearest == nil { nearest = person }
                continue
            }
            if let roleHead {
                // "the minister": someone whose role says so; failing that, the latest person
                // whose role the article has not given.
                let role = people[person].role?.lowercased()
                if let role, !Self.matches(role, head: roleHead) { continue }
                if !places.isEmpty {
                    // "the Florida senator": the senator the article places in Florida, else
                    // one it places nowhere.
                    let described = people[person].described
                    if places.contains(where: { PlaceQualifier.names($0, in: described) }) { return person }
                    if unplaced == nil, !PlaceQualifier.namesAnyPlace(described, places: lexicon.places) { unplaced = person }
                    continue
                }
                if role == nil {
                    // Not someone named in the description's own sentence ("Ann Cole was told
                    // by the inspector"): a description there is someone else.
                    if unknownRole == nil, !inOneSentence(sighting.index, index) { unknownRole = person }
                    continue
                }
            }
            return person
        }
        return nearest ?? unplaced ?? unknownRole
    }

    /// Whom a description means ("the minister", "the Florida senator", "the New York
    /// businessman"): the latest person whose role says so (and who is from the place it
    /// names); failing that, of the people whose role or place the article leaves open, the
    /// one it mentions most — a description stands for someone the story is about — never
    /// one named in the description's own sentence, nor one of the other gender.
    private func describedPerson(before index: Int, roleHead: String, places: [String]) -> Int? {
        let gender = Self.headGenders[roleHead]
        let paragraph = tokens[index].paragraph
        var open: [Int] = []
        var seen = Set<Int>()
        for sighting in sightings(before: index) {
            guard let person = sighting.person, !seen.contains(person) else { continue }
            if let gender, let known = people[person].gender, known != gender { continue }
            let near = tokens[sighting.index].paragraph + Self.reach >= paragraph
            let role = people[person].role?.lowercased()
            if let role, !Self.matches(role, head: roleHead) { continue }
            let described = people[person].described
            let placed = places.isEmpty || places.contains { PlaceQualifier.names($0, in: described) }
            if role != nil, placed, near { return person }
            seen.insert(person)
            let unplaced = places.isEmpty || !PlaceQualifier.namesAnyPlace(described, places: lexicon.places)
            if placed || unplaced, !inOneSentence(sighting.index, index) { open.append(person) }
        }
        // The most mentioned of them before the description; the latest on a tie.
        var best: (person: Int, count: Int)?
        for person in open {
            let count = Self.count(in: sightingsOf[person], before: index)
            if best.map({ count > $0.count }) ?? true { best = (person, count) }
        }
        return best?.person
    }

    /// How many of the sorted positions come before `index` (a binary search: a long hostile
    /// text may mention one name thousands of times).
    static func count(in sorted: [Int], before index: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Role nouns that tell a gender.
    static let headGenders: [String: Lexicon.Gender] = [
        "businessman": .male, "businesswoman": .female, "congressman": .male, "congresswoman": .female, "chairman": .male,
        "chairwoman": .female, "spokesman": .male, "spokeswoman": .female, "actress": .female, "actor": .male, "king": .male,
        "queen": .female, "prince": .male, "princess": .female, "father": .male, "mother": .female, "husband": .male, "wife": .female,
        "son": .male, "daughter": .female, "brother": .male, "sister": .female, "man": .male, "woman": .female, "lady": .female,
    ]

    /// A description before the name it stands for ("Valdoria’s president tore into … Elena
    /// Varga said"): the first person named in the rest of the paragraph or the next one.
    private func nextPerson(after index: Int, roleHead: String) -> Int? {
        guard index < tokens.count else { return nil }
        let paragraph = tokens[index].paragraph
        var low = 0, high = sightings.count
        while low < high {
            let middle = (low + high) / 2
            if sightings[middle].index < index { low = middle + 1 } else { high = middle }
        }
        for sighting in sightings[low...].prefix(Self.lookback) {
            guard tokens[sighting.index].paragraph <= paragraph + 1 else { return nil }
            guard let person = sighting.person else { continue }
            if let role = people[person].role?.lowercased(), !Self.matches(role, head: roleHead) { continue }
            return person
        }
        return nil
    }

    static func matches(_ role: String, head: String) -> Bool {
        role.contains(head) || related(head).contains(where: role.contains) || head == "pm" && role.contains("prime minister")
            || titleForms[head].map { forms in PlaceQualifier.words(role).contains { forms.contains($0) } } == true
    }

    /// The short titles written before names for the offices descriptions name ("Sen." for
    /// "the senator").
    static let titleForms: [String: Set<String>] = [
        "senator": ["sen"], "representative": ["rep"], "congressman": ["rep"], "congresswoman": ["rep"], "lawmaker": ["sen", "rep"],
        "governor": ["gov"], "general": ["gen"], "lieutenant": ["lt"], "colonel": ["col"], "ambassador": ["amb"], "professor": ["prof"],
        "secretary": ["sec"], "president": ["pres"], "commissioner": ["comm"],
    ]

    /// An institution named in short ("the council", "the Compact"), as the article named it
    /// in full earlier ("Council for Security in the North", "Northern Compact").
    private func fullInstitutionName(_ mention: Mention, before index: Int) -> String {
        let short = institutionName(mention)
        let words = short.lowercased().split(separator: " ")
        guard words.count == 1, let word = words.first else { return short }
        for sighting in sightings(before: index) {
            guard let name = sighting.institution else { continue }
            let full = name.lowercased().split(separator: " ")
            if full.count > 1, full.contains(word) { return name }
        }
        return short
    }

    private func recentInstitution(before index: Int) -> String? {
        let paragraph = tokens[index].paragraph
        for sighting in sightings(before: index) {
            guard tokens[sighting.index].paragraph + 1 >= paragraph else { return nil }
            if let institution = sighting.institution { return institution }
        }
        return nil
    }

    /// The sightings before token `index`, latest first, at most `lookback` of them.
    private func sightings(before index: Int) -> ReversedCollection<ArraySlice<(index: Int, person: Int?, institution: String?, subject: Bool)>> {
        var low = 0, high = sightings.count
        while low < high {
            let middle = (low + high) / 2
            if sightings[middle].index < index { low = middle + 1 } else { high = middle }
        }
        return sightings[max(0, low - Self.lookback)..<low].reversed()
    }

    /// Role nouns a more general description covers ("the diplomat" for a minister or an envoy).
    static func related(_ head: String) -> [String] {
        switch head {
        case "diplomat": return ["minister", "ambassador", "envoy", "negotiator", "secretary"]
        case "envoy": return ["ambassador", "representative", "special"]
        case "official": return ["minister", "secretary", "spokes", "director", "official", "adviser", "advisor", "head", "chief"]
        case "chief", "head": return ["chief", "head", "secretary", "director", "leader"]
        case "leader": return ["president", "prime minister", "chancellor", "premier", "leader"]
        case "spokesman", "spokeswoman", "spokesperson": return ["spokes"]
        default: return []
        }
    }

    func text(_ range: Range<Int>) -> String {
        tokens.text(range)
    }
}

extension Range<Int> {
    /// The range without a leading "the", "a" or "an".
    func dropFirstArticle(_ tokens: [ArticleToken]) -> Range<Int> {
        guard let first, count > 1, ["the", "a", "an"].contains(tokens[first].lowered) else { return self }
        return (first + 1)..<upperBound
    }
}
