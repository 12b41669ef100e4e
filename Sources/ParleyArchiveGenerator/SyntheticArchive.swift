/// Writes deterministic, realistic Quotebank-shaped archives for benchmarks and tests.
///
/// The same seed and size always give the same bytes. Words follow a Zipf distribution over a
/// vocabulary of common English words and a long tail of invented ones, as news text does;
/// speakers repeat with a skew (a few are quoted often), some are unknown (`"None"`), a few
/// quotes carry accented words and JSON escapes, and each line is padded with `qids`,
/// `probas` and `urls` to Quotebank's typical line length (about 500 bytes).
import ParleySystem
public struct SyntheticArchive: Sendable {
    public var quotes: Int
    public var seed: UInt64
    /// Lines that are not valid quotes, one in this many (0 for none).
    public var damagedEvery: Int

    public init(quotes: Int, seed: UInt64 = 20220110, damagedEvery: Int = 0) {
        self.quotes = quotes
        self.seed = seed
        self.damagedEvery = damagedEvery
    }

    static let common = """
    the of and to a in that is for it as was with be by on not he i this are or his from at which but have an they \
    you were her she there been one all we their has would when if so no will more about up out what can who said \
    them do into than then only other new some could time these two may first like also now very over even just most \
    years people made after back way many where well through work still being good must make before here because \
    country government security president minister talks russia ukraine nato united states europe war peace troops \
    border military forces agreement deal sanctions dialogue meeting council week year today support policy world \
    economic crisis talks alliance treaty missile weapons nuclear attack defence defense leaders foreign state \
    national international public political future important clear never ever always together against between \
    believe think know want need going every right important decision decisions important important freedom \
    democracy sovereignty independence pressure threat risk risks negotiations negotiation guarantees commitment
    """.split(separator: " ").map(String.init)

    static let syllables = ["ka", "lo", "mi", "ra", "ten", "vor", "sul", "pe", "dra", "nik", "os", "ta", "bel", "gri", "fu", "zan", "mor", "li", "sta", "ve"]
    static let firstNames = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jonas", "Karin", "Luis", "Maria", "Nikolai", "Olga", "Pedro", "Qin", "Rosa", "Sergei", "Tomas", "Ursula", "Viktor", "Wendy", "Xavier", "Yusuf", "Zoë"]
    static let lastNames = ["Adams", "Becker", "Castro", "Dubois", "Evans", "Fischer", "García", "Hansen", "Ivanov", "Jensen", "Kowalski", "Larsen", "Müller", "Novak", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Ueda", "Volkov", "Weber", "Xu", "Yilmaz", "Zhang"]
    static let accented = ["Genève", "Zürich", "café", "naïve", "São", "Kraków", "résumé", "Köln"]

    /// The archive as JSON Lines, one quote per line.
    public func lines() -> [String] {
        var random = SplitMix64(seed: seed)
        var vocabulary = Self.common
        // A long tail of invented words, so the vocabulary grows with the archive as real text's does.
        for index in 0..<max(2000, quotes / 10) {
            var word = ""
            var value = index
            repeat {
                word += Self.syllables[value % Self.syllables.count]
                value /= Self.syllables.count
            } while value > 0
            vocabulary.append(word)
        }
        let speakerCount = max(20, quotes / 50)
        var result: [String] = []
        result.reserveCapacity(quotes)
        for number in 0..<quotes {
            if damagedEvery > 0, number % damagedEvery == damagedEvery - 1 {
                result.append((number / damagedEvery) % 2 == 0 ? "{\"quoteID\": \"broken-\(number)\", \"quotation\": \"cut off" : "{\"quoteID\": \"no-quote-\(number)\", \"speaker\": \"None\"}")
                continue
            }
            let length = 8 + random.next(below: 40)
            var words: [String] = []
            for _ in 0..<length {
                // Zipf: the k-th word is chosen with weight about 1/k.
                let rank = Int(Double(vocabulary.count) * pow(random.unit(), 6.0))
                words.append(vocabulary[min(rank, vocabulary.count - 1)])
            }
            if random.next(below: 25) == 0 { words.insert(Self.accented[random.next(below: Self.accented.count)], at: random.next(below: words.count)) }
            var text = words.joined(separator: " ")
            text = text.prefix(1).uppercased() + text.dropFirst() + "."
            if random.next(below: 30) == 0 { text = "\\\"" + text + "\\\" he said" }
            if random.next(below: 40) == 0 { text += " Caf\\u00e9 talks \\u2014 again" }
            let speakerIndex = Int(Double(speakerCount) * pow(random.unit(), 2.0))
            let speaker = random.next(below: 12) == 0 ? "None" : Self.speakerName(speakerIndex)
            let year = 2015 + random.next(below: 6)
            let month = 1 + random.next(below: 12)
            let day = 1 + random.next(below: 28)
            let date = "\(year)-\(Self.two(month))-\(Self.two(day))"
            let occurrences = 1 + Int(-log(max(random.unit(), 1e-9)) * 2)
            let id = "\(date)-\(String(number, radix: 10))"
            let site = "www.news-\(random.next(below: 500)).example"
            let url = "https://\(site)/\(year)/\(Self.two(month))/\(Self.two(day))/\(words.prefix(5).joined(separator: "-").lowercased())-\(number)"
            let qid = "Q\(1000 + speakerIndex * 7)"
            let line = """
            {"quoteID": "\(id)", "quotation": "\(text)", "speaker": "\(speaker)", "qids": ["\(qid)"], "date": "\(date) \(Self.two(random.next(below: 24))):00:00", "numOccurrences": \(occurrences), "probas": [["\(speaker)", "0.\(5000 + random.next(below: 4999))"], ["None", "0.\(1000 + random.next(below: 3000))"]], "urls": ["\(url)", "https://www.wire-\(random.next(below: 90)).example/story/\(number)"], "phase": "E"}
            """
            result.append(line)
        }
        return result
    }

    /// The archive's bytes, lines joined by newlines.
    public func text() -> String { lines().joined(separator: "\n") + "\n" }

    static func speakerName(_ index: Int) -> String {
        let first = firstNames[index % firstNames.count]
        let last = lastNames[(index / firstNames.count) % lastNames.count]
        let suffix = index >= firstNames.count * lastNames.count ? " \(index / (firstNames.count * lastNames.count) + 1)" : ""
        return "\(first) \(last)\(suffix)"
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

/// A small, fast, deterministic random number generator (SplitMix64).
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func next(below bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// A number in `0..<1`.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
