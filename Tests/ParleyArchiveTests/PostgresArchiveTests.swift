import Foundation
import ParleyArchive
import ParleyArchiveGenerator
import Testing
@testable import ParleyArchiveMemory
@testable import ParleyArchivePostgres
@testable import ParleyModel

/// PostgreSQL gives what the in-memory engine gives; a server, a database or a schema that is
/// not there is said in one line, naming the address without its password. Each test runs its
/// own throwaway cluster.
struct PostgresArchiveTests {
    static func withCluster(_ body: (PostgresCluster) throws -> Void) throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        try body(cluster)
    }

    @Test func aLoadKeepsWhatMemoryKeepsAndReplacesOnlyWhenAsked() throws {
        try Self.withCluster { cluster in
            let source = IndexedArchiveTests.engines.folder + "/archive.jsonl"
            let memory = try ArchiveLoader.load(path: source)
            let built = try PostgresBuilder.build(inputs: [source], address: PostgresAddress(cluster.url), replace: false)
            #expect(built.quotes == memory.archive.count)
            #expect(built.warnings == memory.warnings)
            let database = try PostgresArchive.open(PostgresAddress(cluster.url))
            #expect(database.count == memory.archive.count)
            // What it answers is checked by ArchiveConformanceTests, with the other engines.
            // A second load is refused unless asked to replace, and then replaces.
            #expect {
                _ = try PostgresBuilder.build(inputs: [source], address: PostgresAddress(cluster.url), replace: false)
            } throws: { error in
                (error as? ArchiveBuildFailure)?.message == "parley: \(cluster.url) holds a parley archive already; --force replaces it"
            }
            let again = try PostgresBuilder.build(inputs: [source], address: PostgresAddress(cluster.url), replace: true)
            #expect(again.quotes == built.quotes)
        }
    }

    @Test func anInterruptedLoadLeavesTheDatabaseAsItWas() throws {
        try Self.withCluster { cluster in
            let source = IndexedArchiveTests.engines.folder + "/archive.jsonl"
            var asked = 0
            #expect {
                _ = try PostgresBuilder.build(inputs: [source], address: PostgresAddress(cluster.url), replace: false, interruption: {
                    asked += 1
                    return asked > 1 ? SIGTERM : nil
                })
            } throws: { error in
                guard let failure = error as? ArchiveBuildFailure, case .interrupted(SIGTERM) = failure.kind else { return false }
                return true
            }
            #expect(throws: ArchiveLoadFailure.self) { try PostgresArchive.open(PostgresAddress(cluster.url)) }
            do throws(ArchiveLoadFailure) {
                _ = try PostgresArchive.open(PostgresAddress(cluster.url))
            } catch {
                #expect(error.kind == .noDatabase)
                #expect(error.description == "\(cluster.url): error: no parley archive in this database (`parley archive build FILE --output \(cluster.url)` makes one)")
            }
        }
    }

    @Test func aLineWithANulIsSkippedWithAWarning() throws {
        try Self.withCluster { cluster in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-nul-\(UUID().uuidString).jsonl").path
            defer { try? FileManager.default.removeItem(atPath: file) }
            try """
            {"quoteID": "a", "quotation": "Kept.", "speaker": "X", "date": "2020-01-01 00:00:00", "numOccurrences": 1, "urls": []}
            {"quoteID": "b", "quotation": "A \\u0000 in it.", "speaker": "X", "date": "2020-01-01 00:00:00", "numOccurrences": 1, "urls": []}

            """.write(toFile: file, atomically: true, encoding: .utf8)
            let built = try PostgresBuilder.build(inputs: [file], address: PostgresAddress(cluster.url), replace: false)
            #expect(built.quotes == 1)
            #expect(built.warnings.map(\.description) == ["\(file):2: warning: a NUL character (\\u0000), which PostgreSQL cannot store: skipped"])
        }
    }

    @Test func anotherSchemaVersionIsRefused() throws {
        try Self.withCluster { cluster in
            try cluster.run(["psql", "-h", "127.0.0.1", "-p", String(cluster.port), "-U", "postgres", "-d", "parley", "-c",
                             "CREATE SCHEMA parley; CREATE TABLE parley.meta (key text PRIMARY KEY, value text NOT NULL); INSERT INTO parley.meta VALUES ('schema_version', '99'), ('complete', '1'), ('quotes', '0')"])
            do throws(ArchiveLoadFailure) {
                _ = try PostgresArchive.open(PostgresAddress(cluster.url))
                Issue.record("a schema of version 99 should be refused")
            } catch {
                #expect(error.kind == .invalid)
                #expect(error.description == "\(cluster.url): error: a parley archive of schema version 99; this parley reads version \(PostgresSchema.version): build it again with this parley")
            }
        }
    }

    @Test func aDatabaseThatDoesNotExistIsNamedWithoutItsPassword() throws {
        try Self.withCluster { cluster in
            let address = PostgresAddress("postgresql://postgres:secret@127.0.0.1:\(cluster.port)/nosuch")
            do throws(ArchiveLoadFailure) {
                _ = try PostgresArchive.open(address)
                Issue.record("a missing database should be refused")
            } catch {
                #expect(error.kind == .noDatabase)
                #expect(error.description.hasPrefix("postgresql://postgres@127.0.0.1:\(cluster.port)/nosuch: error: cannot connect: "))
                #expect(error.description.contains("database \"nosuch\" does not exist"))
                #expect(!error.description.contains("secret"))
            }
        }
    }

    @Test func aServerThatIsNotThereIsUnavailable() throws {
        // A port nothing listens on: refused at once.
        let cluster = try PostgresCluster()
        let port = cluster.port
        cluster.stop()
        do throws(ArchiveLoadFailure) {
            _ = try PostgresArchive.open(PostgresAddress("postgresql://ana:pw@127.0.0.1:\(port)/parley"))
            Issue.record("no server should answer")
        } catch {
            #expect(error.kind == .unavailable)
            #expect(error.description.hasPrefix("postgresql://ana@127.0.0.1:\(port)/parley: error: cannot connect: "))
            #expect(!error.description.contains("pw"))
        }
    }

    /// A server that takes the connection and never answers: the connect timeout ends the wait
    /// (this test would hang without it), and the failure says so.
    @Test func aServerThatNeverAnswersTimesOut() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 && listen(listener, 4) == 0
            }
        }
        try #require(listening)
        let port = Int(UInt16(bigEndian: address.sin_port))
        do throws(ArchiveLoadFailure) {
            _ = try PostgresArchive.open(PostgresAddress("postgresql://ana@127.0.0.1:\(port)/parley"))
            Issue.record("a silent server should time out")
        } catch {
            #expect(error.kind == .unavailable)
            #expect(error.description.contains("timeout"))
        }
    }

    @Test func theConnectTimeoutIsAsked() {
        #expect(PostgresAddress("postgresql://ana@db.example/quotes").connectionString == "postgresql://ana@db.example/quotes?connect_timeout=5&application_name=parley")
        #expect(PostgresAddress("postgresql://ana@db.example/quotes?sslmode=require").connectionString == "postgresql://ana@db.example/quotes?sslmode=require&connect_timeout=5&application_name=parley")
    }

    @Test(arguments: [
        ("postgresql://ana:s3cret@db.example:5432/quotes", "postgresql://ana@db.example:5432/quotes"),
        ("postgresql://ana@db.example/quotes", "postgresql://ana@db.example/quotes"),
        ("postgres://u:p:q@h/d?sslmode=require", "postgres://u@h/d?sslmode=require"),
        ("postgresql:///quotes", "postgresql:///quotes"),
    ])
    func addressesAreShownWithoutPasswords(url: String, shown: String) {
        #expect(PostgresAddress(url).description == shown)
    }
}
