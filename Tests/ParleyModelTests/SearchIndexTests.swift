import ParleySystem
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The index only narrows a search: with it and without it, every query finds the same quotes
/// with the same scores and highlights, and it does narrow.
struct SearchIndexTests {
    /// Queries built from the quotes' own words: each word whole and begun, pairs, phrases,
    /// alternatives, negations, fields and weeks, and words no quote has.
    static func queries(for dossier: Dossier, weeks: [String]) -> [String] {
        let words = Array(Set(dossier.quotes.flatMap { Tokenizer.words(in: $0.text) })).sorted()
        var queries = ["", "zzzz", "-zzzz", "\"no such phrase\""]
        for (offset, word) in words.enumerated() {
            let next = words[(offset + 7) % words.count]
            queries += [
                word, String(word.prefix(1)), String(word.prefix(2)), String(word.prefix(3)), "\(word) \(next)",
                "\"\(word) \(next)\"", "\(word) | \(next)", "-\(word)", "\(word) -\(next)",
                "speaker:\(word.prefix(3)) \(next)",
                "\(word) | -\(next)", "date:2022-01-10..2022-01-12 \(word.prefix(2))",
            ]
        }
        for week in weeks {
            queries += ["week:\(week)", "week:\(week.prefix(8)) \(words[0].prefix(1))", "week:\(week) | zzzz"]
        }
        for quote in dossier.quotes {
            // A whole quotation as a phrase, and its first words still being typed.
            let quoteWords = Tokenizer.words(in: quote.text)
            queries.append("\"" + quoteWords.joined(separator: " ") + "\"")
            queries.append(
                quoteWords.prefix(3).joined(separator: " ") + String(quoteWords.dropFirst(3).first?.prefix(2) ?? ""))
        }
        return queries
    }

    static func expectSameAnswers(_ search: QuoteSearch, _ queries: [String]) throws {
        var narrowed = 0
        for text in queries {
            let query = try QueryParser.parse(text)
            let full = search.search(query, narrowing: false)
            let indexed = search.search(query, narrowing: true)
            #expect(indexed == full, "\(text)")
            if (indexed?.count ?? 0) < search.quotes.count { narrowed += 1 }
        }
        #expect(narrowed > queries.count / 2)
    }

    @Test func theBundledWeekFindsTheSameWithAndWithoutTheIndex() throws {
        let dossier = try BundledDossier.load()
        try Self.expectSameAnswers(QuoteSearch(dossier: dossier), Self.queries(for: dossier, weeks: [dossier.id]))
    }

    @Test func aDeskFindsTheSameWithAndWithoutTheIndex() throws {
        let reading = try DeskLoader.read(directory: DeskFixture.folder).get()
        let desk = try #require(reading.assembly.desk)
        let weeks = desk.weeks.map(\.id) + ["2030-03-09", "zenda-"]
        try Self.expectSameAnswers(QuoteSearch(desk: desk), Self.queries(for: desk.combined, weeks: weeks))
    }

    @Test func wordsWrittenEitherWayAreFoundByTheirBeginning() throws {
        // Korean written as separate jamo (decomposed) and an accent as a combining mark,
        // then searched for as composed characters, and the other way about.
        let yaml = """
            parley: 1
            id: forms
            title: Forms
            parties: [{id: k, name: Party K}]
            people: [{id: p, name: Zoe\u{0308} Example, party: k}]
            sources: [{id: s, outlet: S}]
            engagements: [{id: talks, title: Talks, date: 2030-01-01}]
            quotes:
              - {id: q, text: "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} and 서울 talks", speaker: p, date: 2030-01-01, engagement: talks, source: s}
            """
        let search = QuoteSearch(dossier: try DossierLoader.load(yaml: yaml).dossier)
        for text in ["한국", "한", "하", "\u{1109}\u{1165}", "서울", "zoë", "zoe", "\"한국 and\""] {
            let query = try QueryParser.parse(text)
            let full = search.search(query, narrowing: false)
            #expect(search.search(query, narrowing: true) == full, "\(text)")
        }
        #expect(search.search(try QueryParser.parse("한국"), narrowing: true)?.count == 1)
        #expect(search.search(try QueryParser.parse("서"), narrowing: true)?.count == 1)
        #expect(search.search(try QueryParser.parse("zoë ex"), narrowing: true)?.count == 1)
    }

    @Test func asciiTextIsTokenizedAsAnyTextIs() {
        // The same text with a non-ASCII word after it takes the general path: every word
        // before that one must come out the same, positions and all.
        let texts = [
            "", "a", "Ryabkov said: \"Never, never, ever.\"", "line one\r\nline two\n\r\n3rd", "  x1-y2_z3  ",
            "U.S.-Russia talks; 2022-01-10 @ 09:30", "tab\tand\u{7F}delete", "ABC def GHI",
        ]
        for text in texts {
            let general = Tokenizer.tokens(in: text + " é")
            #expect(Tokenizer.tokens(in: text) == Array(general.dropLast()), "\(text.debugDescription)")
            #expect(general.last?.folded == "e")
        }
        #expect(Tokenizer.tokens(in: "a\r\nb").map(\.range) == [0..<1, 2..<3])
    }

    @Test func bitsetsJoinMeetAndComplementBitByBit() {
        var odd = Bitset(capacity: 130)
        odd.insert([1, 3, 63, 64, 129])
        var low = Bitset(capacity: 130)
        low.insert([0, 1, 2, 3, 64])
        var both = odd
        both.formIntersection(low)
        #expect(both.members == [1, 3, 64])
        odd.formUnion(low)
        #expect(odd.members == [0, 1, 2, 3, 63, 64, 129])
        #expect(odd.complement().count == 130 - 7)
        #expect(!odd.complement().contains(129) && odd.complement().contains(128))
        #expect(Bitset(capacity: 0).members == [])
    }
}
