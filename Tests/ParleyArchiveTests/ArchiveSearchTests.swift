import ParleyArchive
import ParleyArchiveGenerator
import Testing
@testable import ParleyArchiveMemory
@testable import ParleyModel
@testable import ParleyQuotebank

/// Archive search through the index gives exactly what a plain scan with `QuoteMatcher` gives.
struct ArchiveSearchTests {
    static let archive: QuoteArchive = {
        var bytes = Array(SyntheticArchive(quotes: 4000, seed: 7).text().utf8)
        return bytes.withUnsafeMutableBytes { ArchiveLoader.load(bytes: UnsafeRawBufferPointer($0), path: "generated.jsonl", chunks: 3).archive }
    }()

    /// Every quote checked one by one with the query language's own definition.
    static func linearScan(_ query: SearchQuery) -> [Int] {
        (0..<archive.count).filter { number in
            QuoteMatcher.match(query, SearchDocument(archiveQuote: archive.quote(atPosition: number)), index: number) != nil
        }
    }

    @Test(arguments: [
        "security", "the", "kalomi", "pe", "s", "neg", "zzzz", "",
        "\"united states\"", "\"the the\"", "security -russia", "sanctions | treaty", "-the",
        "speaker:anna", "speaker:\"Zoë Müller\"", "speaker:zoe", "anna adams", "müller", "MULLER", "Genève", "cafe",
        "date:2018", "date:2018-03..2018-06", "date:..2015-06-30", "party:russia", "meeting:geneva",
        "de-escalate", "kr", "\"he said\"", "talks | -the", "security speaker:a",
    ])
    func indexAgreesWithALinearScan(text: String) throws {
        let query = try QueryParser.parse(text)
        let indexed = try #require(Self.archive.matches(query)).members
        #expect(indexed == Self.linearScan(query), "query \(text)")
    }

    @Test func byteTokenizerAgreesWithTheTokenizer() {
        for number in stride(from: 0, to: Self.archive.count, by: 3) {
            let text = Self.archive.quote(atPosition: number).text
            var bytes: [String] = []
            var utf8 = Array(text.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                ByteTokenizer.forEachWord(in: UnsafeBufferPointer(buffer)) { bytes.append(String(decoding: $0, as: UTF8.self)) }
            }
            #expect(bytes == Tokenizer.words(in: text), "quote \(number)")
        }
    }

    @Test func resultsComeMostQuotedFirst() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        let results = try #require(try corpus.search(try QueryParser.parse("security"), pageSize: Self.archive.count))
        // Grushko speaks of "our security" in the dossier; archive quotes follow it.
        #expect(results.dossier.count == 1)
        let occurrences = (results.dossier.count..<results.count).map { position -> Int in
            guard case let .archive(_, quote) = results.item(at: position) else { return -1 }
            return quote.occurrences
        }
        #expect(occurrences == occurrences.sorted(by: >))
        #expect(results.count - results.dossier.count == Self.linearScan(try QueryParser.parse("security")).count)
    }

    @Test func dossierQuotesComeBeforeArchiveQuotes() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        let results = try #require(try corpus.search(try QueryParser.parse("nato")))
        #expect(results.dossier.count == 8)
        if case .dossier = results.item(at: 7) {} else { Issue.record("position 7 should be a dossier quote") }
        if results.count > 8, case .dossier = results.item(at: 8) { Issue.record("position 8 should be an archive quote") }
        #expect(corpus.count == 16 + Self.archive.count)
    }

    @Test func cancelledSearchGivesUp() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        #expect(try corpus.search(try QueryParser.parse("security the"), isCancelled: { true }) == nil)
    }

    /// Fetching a page at a time gives the same list as fetching it all at once, and the list
    /// only ever grows at its end.
    @Test(arguments: ["security", "the", "-the", "speaker:anna", "s"])
    func pagesJoinUpToTheWholeList(text: String) throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        let query = try QueryParser.parse(text)
        let whole = try #require(try corpus.search(query, pageSize: Self.archive.count))
        var paged = try #require(try corpus.search(query, pageSize: 37))
        while paged.hasMore {
            let before = paged.count
            paged = try #require(try corpus.more(paged, pageSize: 37))
            #expect(paged.count > before || !paged.hasMore)
        }
        #expect(paged.count == whole.count)
        #expect(paged.total == whole.total)
        for position in 0..<whole.count { #expect(paged.item(at: position) == whole.item(at: position)) }
        let numbers = whole.archives[0].quotes.map(\.number)
        #expect(numbers == numbers.sorted(), "quote numbers follow rank order")
    }

    @Test func highlightsOfAnArchiveQuoteComeFromTheMatcher() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        let query = try QueryParser.parse("security")
        let results = try #require(try corpus.search(query))
        guard case let .archive(_, quote) = results.item(at: results.dossier.count) else {
            Issue.record("an archive quote should follow the dossier's")
            return
        }
        let match = corpus.match(query, archiveQuote: quote)
        let characters = Array(quote.text)
        #expect(!match.ranges(in: .text).isEmpty)
        for range in match.ranges(in: .text) {
            #expect(String(characters[range]).lowercased() == "security")
        }
    }
}
