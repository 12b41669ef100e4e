import Foundation
import ParleyArchive
import ParleyArchiveGenerator
import Testing

@testable import ParleyArchiveMemory
@testable import ParleyArchivePostgres
@testable import ParleyArchiveSQLite
@testable import ParleyModel

/// What every archive engine must do, whichever it is: for every operator and field, the same
/// quotes in the same order, and the same count, as checking each quote in turn gives — whole,
/// and a page of 7 at a time. A new engine is one more case here.
struct ArchiveConformanceTests {
    /// The engines, each holding the same generated archive.
    enum Engine: String, CaseIterable, Sendable {
        case memory, index, postgres
    }

    static func all(_ store: any ArchiveStore, _ query: SearchQuery, pageSize: Int) throws -> [ArchiveQuote] {
        var quotes: [ArchiveQuote] = []
        try store.forEachMatch(query, pageSize: pageSize) { quote in
            // Named alike, so quotes of the two engines compare equal.
            var same = quote
            same.archive = "archive"
            quotes.append(same)
        }
        return quotes
    }

    /// Every operator and field, alone and combined, as every engine must answer them.
    static let queries = [
        "", "security", "the", "kalomi", "pe", "s", "neg", "zzzz", "\"united states\"", "\"the the\"",
        "security -russia", "sanctions | treaty", "-the", "-\"united states\"", "talks | -the", "-zzzz",
        "speaker:anna", "speaker:\"Zoë Müller\"", "speaker:zoe", "speaker:\"anna a\"", "-speaker:anna",
        "anna adams", "müller", "MULLER", "Genève", "cafe", "de-escalate", "kr", "\"he said\"",
        "date:2018", "date:2018-03..2018-06", "date:..2015-06-30", "date:2019-02-28..", "date:2016-02-01..2016-02-29",
        "-date:2018", "date:2018 | security", "date:1999", "party:russia", "-party:russia", "meeting:geneva | the",
        "security speaker:a", "issue:nato -the", "\"security the\"", "\"the security of\"", "the secu", "the s",
        "speaker:\"jonas ad\"", "-\"the security\"", "secur", "securit", "kalom", "müll", "genev", "adam",
        "speaker:adam",
        "secur -russia", "treat | sanct", "-secur", "\"anna adams\"", "\"adams the\"",
        "nuclear weapons | \"prime minister\" -date:2017",
        "speaker:an", "speaker:th", "-speaker:ann", "speaker:zz | kalomi", "speaker:\"anna adams\"",
        "speaker:ad security",
    ]

    /// What `query` must give: every quote checked in turn, ranked most quoted first and then
    /// in the archive's order, named alike for comparing.
    static func expected(_ query: SearchQuery, in archive: QuoteArchive) -> [ArchiveQuote] {
        let quotes = (0..<archive.count).map { archive.quote(atPosition: $0) }
        let ranked = quotes.indices.sorted { (quotes[$0].occurrences, $1) > (quotes[$1].occurrences, $0) }
        return ranked.enumerated().compactMap { rank, position in
            var quote = quotes[position]
            guard quote.number == rank else {
                Issue.record("the quote at \(position) is numbered \(quote.number), ranked \(rank)")
                return nil
            }
            quote.archive = "archive"
            return QuoteMatcher.match(query, SearchDocument(archiveQuote: quote), index: quote.number) == nil
                ? nil : quote
        }
    }

    /// Runs `body` with the engine's archive open (a throwaway PostgreSQL cluster for that one).
    static func withStore(_ engine: Engine, _ body: (any ArchiveStore) throws -> Void) throws {
        let (memory, index, folder) = IndexedArchiveTests.engines
        switch engine {
        case .memory: try body(memory)
        case .index: try body(index)
        case .postgres:
            let cluster = try PostgresCluster()
            defer { cluster.stop() }
            _ = try PostgresBuilder.build(
                inputs: [folder + "/archive.jsonl"], address: PostgresAddress(cluster.url), replace: false)
            try body(try PostgresArchive.open(PostgresAddress(cluster.url)))
        }
    }

    /// One test per engine, so PostgreSQL's cluster is started once for all of it.
    @Test(arguments: Engine.allCases)
    func answersAsCheckingEachQuoteDoes(engine: Engine) throws {
        let memory = IndexedArchiveTests.engines.memory
        try Self.withStore(engine) { store in
            #expect(store.count == memory.count)
            for text in Self.queries {
                let query = try QueryParser.parse(text)
                let expected = Self.expected(query, in: memory)
                #expect(try Self.all(store, query, pageSize: 100_000) == expected, "\(engine): query \(text)")
                #expect(try Self.all(store, query, pageSize: 7) == expected, "\(engine): query \(text), pages of 7")
                #expect(try store.count(query, isCancelled: { false }) == expected.count, "\(engine): query \(text)")
            }
            // A first page that holds every match says how many there are; a full one does not end.
            let rare = try QueryParser.parse("kalomi")
            let whole = try #require(try store.page(rare, after: nil, limit: 100_000, isCancelled: { false }))
            #expect(whole.isLast && whole.total == Self.expected(rare, in: memory).count, "\(engine)")
            let first = try #require(
                try store.page(try QueryParser.parse("the"), after: nil, limit: 5, isCancelled: { false }))
            #expect(first.quotes.count == 5 && !first.isLast, "\(engine)")
            // Cancelled from the start, an engine may still finish a little work, never give a
            // wrong answer.
            for text in ["the", "\"the security of\"", "secur -russia"] {
                let query = try QueryParser.parse(text)
                if let page = try store.page(query, after: nil, limit: 100_000, isCancelled: { true }) {
                    #expect(
                        page.quotes.map(\.number) == Self.expected(query, in: memory).map(\.number),
                        "\(engine): \(text)")
                }
            }
        }
    }
}
