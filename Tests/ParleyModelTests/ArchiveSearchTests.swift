import ParleyArchiveGenerator
import Testing
@testable import ParleyModel

/// Archive search through the index gives exactly what a plain scan with `QuoteMatcher` gives.
struct ArchiveSearchTests {
    static let archive: QuoteArchive = {
        var bytes = Array(SyntheticArchive(quotes: 4000, seed: 7).text().utf8)
        return bytes.withUnsafeMutableBytes { ArchiveLoader.load(bytes: UnsafeRawBufferPointer($0), path: "generated.jsonl", chunks: 3).archive }
    }()

    /// Every quote checked one by one with the query language's own definition.
    static func linearScan(_ query: SearchQuery) -> [Int] {
        (0..<archive.count).filter { number in
            QuoteMatcher.match(query, SearchDocument(archiveQuote: archive.quote(number)), index: number) != nil
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
            let text = Self.archive.text(number)
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
        let results = corpus.search(try QueryParser.parse("security"))
        // Grushko speaks of "our security" in the dossier; archive quotes follow it.
        #expect(results.dossier.count == 1)
        let occurrences = (results.dossier.count..<results.count).map { position -> Int in
            guard case let .archive(_, number) = results.item(at: position) else { return -1 }
            return Self.archive.quote(number).occurrences
        }
        #expect(occurrences == occurrences.sorted(by: >))
        #expect(results.count - results.dossier.count == Self.linearScan(try QueryParser.parse("security")).count)
    }

    @Test func dossierQuotesComeBeforeArchiveQuotes() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        let results = corpus.search(try QueryParser.parse("nato"))
        #expect(results.dossier.count == 8)
        if case .dossier = results.item(at: 7) {} else { Issue.record("position 7 should be a dossier quote") }
        if results.count > 8, case .dossier = results.item(at: 8) { Issue.record("position 8 should be an archive quote") }
        #expect(corpus.count == 16 + Self.archive.count)
    }

    @Test func cancelledSearchGivesUp() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        #expect(corpus.search(try QueryParser.parse("security the"), isCancelled: { true }) == nil)
    }

    @Test func highlightsOfAnArchiveQuoteComeFromTheMatcher() throws {
        let corpus = QuoteCorpus(dossier: try BundledDossier.load(), archives: [Self.archive])
        let query = try QueryParser.parse("security")
        let results = corpus.search(query)
        guard case let .archive(_, number) = results.item(at: 0) else { return }
        let quote = Self.archive.quote(number)
        let match = corpus.match(query, archiveQuote: quote)
        let characters = Array(quote.text)
        #expect(!match.ranges(in: .text).isEmpty)
        for range in match.ranges(in: .text) {
            #expect(String(characters[range]).lowercased() == "security")
        }
    }
}
