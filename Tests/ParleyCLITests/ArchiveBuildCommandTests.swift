import Foundation
import ParleyArchiveGenerator
import Testing

/// `parley archive build` and `--quotes INDEX` from the command line: the same answers as the
/// JSON Lines, and every refusal with its message and exit status.
struct ArchiveBuildCommandTests {
    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-build-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    @Test func anIndexAnswersAsItsJSONLinesDo() throws {
        try Self.withFolder { folder in
            let source = folder + "/q.jsonl"
            try SyntheticArchive(quotes: 400, damagedEvery: 50).text().write(toFile: source, atomically: true, encoding: .utf8)
            let built = try ParleyProcess.run(["archive", "build", source, "--output", folder + "/q.index"])
            #expect(built.status == 0)
            #expect(built.stdout == "")
            #expect(built.stderr.hasPrefix("\(source):50: warning: not a Quotebank quote: the line ends inside a string"))
            #expect(built.stderr.hasSuffix("\(folder)/q.index: 392 quotes indexed\n"))
            for query in ["the", "security -russia", "speaker:anna", "date:2018", "s", "\"united states\""] {
                let fromLines = try ParleyProcess.run(["quotes", query, "--quotes", source], directory: URL(fileURLWithPath: folder))
                let fromIndex = try ParleyProcess.run(["quotes", query, "--quotes", folder + "/q.index"])
                #expect(fromIndex.status == 0)
                #expect(fromIndex.stdout == fromLines.stdout.replacingOccurrences(of: source, with: folder + "/q.index"), "query \(query)")
                let count = try ParleyProcess.run(["quotes", query, "--count", "--quotes", folder + "/q.index"])
                let expected = try ParleyProcess.run(["quotes", query, "--count", "--quotes", source])
                #expect(count.stdout == expected.stdout)
            }
        }
    }

    @Test func anExistingIndexIsReplacedOnlyWithForce() throws {
        try Self.withFolder { folder in
            let source = folder + "/q.jsonl"
            try SyntheticArchive(quotes: 20).text().write(toFile: source, atomically: true, encoding: .utf8)
            try "keep me".write(toFile: folder + "/q.index", atomically: true, encoding: .utf8)
            let refused = try ParleyProcess.run(["archive", "build", source, "--output", folder + "/q.index"])
            #expect(refused.status == 73)
            #expect(refused.stderr == "parley: \(folder)/q.index exists already; --force replaces it\n")
            #expect(try String(contentsOfFile: folder + "/q.index", encoding: .utf8) == "keep me")
            let forced = try ParleyProcess.run(["archive", "build", source, "--output", folder + "/q.index", "--force"])
            #expect(forced.status == 0)
            let ownInput = try ParleyProcess.run(["archive", "build", source, "--output", source, "--force"])
            #expect(ownInput.status == 64)
            #expect(ownInput.stderr == "parley: \(source) is one of the files read; parley never writes a file it reads\n")
        }
    }

    @Test func aPipeAndStandardInputAreRead() throws {
        try Self.withFolder { folder in
            let text = SyntheticArchive(quotes: 30).text()
            let built = try ParleyProcess.run(["archive", "build", "-", "--output", folder + "/q.index"], input: text)
            #expect(built.status == 0)
            #expect(built.stderr == "\(folder)/q.index: 30 quotes indexed\n")
            let count = try ParleyProcess.run(["quotes", "--count", "--quotes", folder + "/q.index"])
            #expect(count.stdout == "46\n")
        }
    }

    @Test func aForeignOrDamagedIndexIsExit65() throws {
        try Self.withFolder { folder in
            // An SQLite file that is not parley's: sqlite3's own header with another application.
            var header = Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0, count: 84)
            header[16] = 0x10
            header[31] = 1
            try Data(header + [UInt8](repeating: 0, count: 4096 - 100)).write(to: URL(fileURLWithPath: folder + "/other.db"))
            let foreign = try ParleyProcess.run(["quotes", "the", "--quotes", folder + "/other.db"])
            #expect(foreign.status == 65)
            #expect(foreign.stderr == "\(folder)/other.db: error: an SQLite database, but not a quote index built by parley (`parley archive build` makes one)\n")
            let missing = try ParleyProcess.run(["archive", "build", folder + "/none.jsonl", "--output", folder + "/x.index"])
            #expect(missing.status == 66)
            #expect(missing.stderr == "parley: \(folder)/none.jsonl: no such file\n")
            #expect(!FileManager.default.fileExists(atPath: folder + "/x.index"))
        }
    }

    @Test func aDatabaseAnswersAsItsJSONLinesDo() throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        try Self.withFolder { folder in
            let source = folder + "/q.jsonl"
            try SyntheticArchive(quotes: 300).text().write(toFile: source, atomically: true, encoding: .utf8)
            let built = try ParleyProcess.run(["archive", "build", source, "--output", cluster.url])
            #expect(built.status == 0)
            #expect(built.stderr == "\(cluster.url): 300 quotes indexed\n")
            for query in ["the", "security -russia", "speaker:anna", "date:2018", "s", "\"united states\""] {
                // As JSON, so that the longer archive name wraps no line differently.
                let fromLines = try ParleyProcess.run(["quotes", "--json", query, "--quotes", source])
                let fromDatabase = try ParleyProcess.run(["quotes", "--json", query, "--quotes", cluster.url])
                #expect(fromDatabase.status == 0)
                #expect(fromDatabase.stdout == fromLines.stdout.replacingOccurrences(of: source, with: cluster.url), "query \(query)")
            }
            let again = try ParleyProcess.run(["archive", "build", source, "--output", cluster.url])
            #expect(again.status == 73)
            #expect(again.stderr == "parley: \(cluster.url) holds a parley archive already; --force replaces it\n")
        }
    }

    @Test func anUnreachableServerIs69AndAMissingDatabase66() throws {
        let cluster = try PostgresCluster()
        let missing = "postgresql://postgres:secret@127.0.0.1:\(cluster.port)/nosuch"
        let noDatabase = try ParleyProcess.run(["quotes", "the", "--quotes", missing])
        #expect(noDatabase.status == 66)
        #expect(noDatabase.stderr.hasPrefix("postgresql://postgres@127.0.0.1:\(cluster.port)/nosuch: error: cannot connect: "))
        #expect(!noDatabase.stderr.contains("secret"))
        cluster.stop()
        let gone = try ParleyProcess.run(["quotes", "the", "--quotes", cluster.url])
        #expect(gone.status == 69)
        #expect(gone.stderr.hasPrefix("\(cluster.url): error: cannot connect: "))
        #expect(gone.stderr.split(separator: "\n").count == 1)
        let build = try ParleyProcess.run(["archive", "build", "-", "--output", cluster.url], input: "")
        #expect(build.status == 69)
    }
}
