/// The small word lists the draft pipeline reads: speech verbs, honorifics, role words,
/// institutions, places, given names, cue words and words of time.
///
/// They live in text files beside this one (compiled into the binary), so a reader can see
/// and extend what the rules know without reading Swift. Matching ignores case unless a
/// list says otherwise.
public struct Lexicon: Sendable {
    /// Single-word speech verbs ("said", "told"), lowercased.
    public let speechVerbs: Set<String>
    /// Two-word speech verbs ("pointed out"), lowercased, as "first second".
    public let phrasalSpeechVerbs: Set<String>
    /// Verbs that take "as" before what they quote ("described as").
    public let verbsTakingAs: Set<String>
    /// Honorifics, lowercased, with the gender some of them tell.
    public let honorifics: [String: Gender?]
    /// Nouns that head a role ("minister"), lowercased.
    public let roleHeads: Set<String>
    /// Words that modify a role ("deputy", "foreign"), lowercased.
    public let roleModifiers: Set<String>
    /// Whole institution names as word sequences ("white house"), lowercased, by first word,
    /// longest first.
    public let institutionNames: [String: [[String]]]
    /// Nouns that make an institution of the words before them ("ministry"), lowercased.
    public let institutionHeads: Set<String>
    /// Nouns that end the name of a thing or a place only when capitalised ("Election Day",
    /// "Trump Tower", "Paris Agreement"), lowercased: such a name is not a person's.
    public let properNameHeads: Set<String>
    /// Countries, capitals and nationalities as word sequences, lowercased, by first word,
    /// longest first.
    public let places: [String: [[String]]]
    /// Given names that tell gender, lowercased.
    public let givenNames: [String: Gender]
    /// Words that may introduce a cue's complement, lowercased, with the nouns they allow.
    public let cueComplements: [String: Set<String>]
    /// Words of time, lowercased.
    public let timeWords: Set<String>
    /// Words never part of a name, lowercased.
    public let functionWords: Set<String>

    /// A person's gender as far as an article tells it, only to keep pronouns straight.
    public enum Gender: Sendable, Hashable {
        case female, male
    }

    /// The lists compiled into parley.
    public static let standard = Lexicon(
        speechVerbs: PackageResources.speech_verbs_txt,
        honorifics: PackageResources.honorifics_txt,
        roleWords: PackageResources.role_words_txt,
        institutions: PackageResources.institutions_txt,
        places: PackageResources.places_txt,
        givenNames: PackageResources.first_names_txt,
        cueWords: PackageResources.cue_words_txt,
        timeWords: PackageResources.time_words_txt,
        functionWords: PackageResources.function_words_txt
    )

    init(speechVerbs verbList: [UInt8], honorifics honorificList: [UInt8], roleWords roleList: [UInt8], institutions institutionList: [UInt8],
         places placeList: [UInt8], givenNames nameList: [UInt8], cueWords cueList: [UInt8], timeWords timeList: [UInt8],
         functionWords functionList: [UInt8]) {
        var single = Set<String>(), phrasal = Set<String>(), takingAs = Set<String>()
        for line in Self.lines(verbList) {
            let words = line.lowercased().split(separator: " ").map(String.init)
            if words.count == 2, words[1] == "as" {
                takingAs.insert(words[0])
                single.insert(words[0])
            } else if words.count == 2 {
                phrasal.insert(words.joined(separator: " "))
            } else if let word = words.first {
                single.insert(word)
            }
        }
        speechVerbs = single
        phrasalSpeechVerbs = phrasal
        verbsTakingAs = takingAs

        var titles: [String: Gender?] = [:]
        for line in Self.lines(honorificList) {
            let parts = line.split(separator: " ")
            let gender: Gender? = parts.count > 1 ? (parts[1] == "f" ? .female : .male) : nil
            titles[parts[0].lowercased()] = gender
        }
        honorifics = titles

        var heads = Set<String>(), modifiers = Set<String>()
        for line in Self.lines(roleList) {
            let parts = line.lowercased().split(separator: " ")
            if parts.count > 1, parts[1] == "head" { heads.insert(String(parts[0])) } else { modifiers.insert(String(parts[0])) }
        }
        roleHeads = heads
        roleModifiers = modifiers

        var names: [[String]] = [], bodies = Set<String>(), properBodies = Set<String>()
        var section = "names"
        for line in Self.lines(institutionList) {
            if line == "heads" || line == "capitalised" {
                section = line
            } else if section == "heads" {
                bodies.insert(line.lowercased())
            } else if section == "capitalised" {
                properBodies.insert(line.lowercased())
            } else {
                names.append(line.lowercased().split(separator: " ").map(String.init))
            }
        }
        institutionNames = Self.byFirstWord(names)
        institutionHeads = bodies
        properNameHeads = properBodies

        places = Self.byFirstWord(Self.lines(placeList).map { $0.lowercased().split(separator: " ").map(String.init) })

        var given: [String: Gender] = [:]
        for line in Self.lines(nameList) {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            given[parts[1].lowercased()] = parts[0] == "f" ? .female : .male
        }
        givenNames = given

        var complements: [String: Set<String>] = [:]
        for line in Self.lines(cueList) {
            let parts = line.lowercased().split(separator: " ").map(String.init)
            guard parts.count == 2 else { continue }
            complements[parts[0], default: []].insert(parts[1])
        }
        cueComplements = complements
        timeWords = Set(Self.lines(timeList).map { $0.lowercased() })
        functionWords = Set(Self.lines(functionList).map { $0.lowercased() })
    }

    /// Phrases grouped by their first word, longest first, so "Elysee Palace" wins over "Elysee".
    static func byFirstWord(_ phrases: [[String]]) -> [String: [[String]]] {
        var grouped: [String: [[String]]] = [:]
        for phrase in phrases where !phrase.isEmpty { grouped[phrase[0], default: []].append(phrase) }
        return grouped.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The meaningful lines of a list: trimmed, without blanks and `#` comments.
    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: " \t\r")
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}

extension Substring {
    /// The text without the given characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        var view = self[...]
        while let first = view.first, characters.contains(first) { view = view.dropFirst() }
        while let last = view.last, characters.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
