import Foundation
import GRDB
import ParleyArchive
import ParleyArchiveGenerator
import Testing
@testable import ParleyArchiveMemory
@testable import ParleyArchiveSQLite
@testable import ParleyModel
#if canImport(Glibc)
import Glibc
#endif

/// The built index: several files make one, bad files are refused with their reason, and an
/// interrupted build leaves nothing behind (what it answers is `ArchiveConformanceTests`'s).
struct IndexedArchiveTests {
    /// A folder of its own for each use, removed afterwards.
    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-index-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    static let lines = SyntheticArchive(quotes: 3000, seed: 11, damagedEvery: 97).lines()

    /// The generated archive in memory and as an index, named alike so their quotes compare equal.
    static let engines: (memory: QuoteArchive, index: IndexedArchive, folder: String) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-index-shared-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let source = folder + "/archive.jsonl"
        try! (lines.joined(separator: "\n") + "\n").write(toFile: source, atomically: true, encoding: .utf8)
        let memory = try! ArchiveLoader.load(path: source).archive
        _ = try! IndexBuilder.build(inputs: [source], output: folder + "/archive.index")
        let index = try! IndexedArchive.open(path: folder + "/archive.index")
        return (memory, index, folder)
    }()

    @Test func severalFilesMakeTheIndexTheirConcatenationMakes() throws {
        try Self.withFolder { folder in
            let parts = [Array(Self.lines[0..<1000]), Array(Self.lines[1000..<1001]), Array(Self.lines[1001...])]
            var inputs: [String] = []
            for (number, part) in parts.enumerated() {
                let path = folder + "/part\(number).jsonl"
                try (part.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
                inputs.append(path)
            }
            let split = try IndexBuilder.build(inputs: inputs, output: folder + "/split.index")
            let whole = try IndexBuilder.build(inputs: [Self.engines.folder + "/archive.jsonl"], output: folder + "/whole.index")
            #expect(split.quotes == whole.quotes)
            #expect(split.skippedLines == whole.skippedLines)
            // Warnings name the file and the line within it.
            #expect(split.warnings.first?.description == "\(folder)/part0.jsonl:97: warning: not a Quotebank quote: the line ends inside a string (column 47)")
            let one = try IndexedArchive.open(path: folder + "/split.index")
            let other = try IndexedArchive.open(path: folder + "/whole.index")
            #expect(try ArchiveConformanceTests.all(one, SearchQuery(), pageSize: 500) == ArchiveConformanceTests.all(other, SearchQuery(), pageSize: 500))
        }
    }

    @Test func damagedLinesAreReportedAsTheMemoryLoaderReportsThem() throws {
        let source = Self.engines.folder + "/archive.jsonl"
        let loaded = try ArchiveLoader.load(path: source)
        try Self.withFolder { folder in
            let built = try IndexBuilder.build(inputs: [source], output: folder + "/a.index")
            #expect(built.warnings == loaded.warnings)
            #expect(built.skippedLines == loaded.skippedLines)
            #expect(built.quotes == loaded.archive.count)
        }
    }

    private static func refusal(_ path: String) -> ArchiveLoadFailure? {
        do {
            _ = try IndexedArchive.open(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aForeignSQLiteFileIsRefused() throws {
        try Self.withFolder { folder in
            let path = folder + "/other.sqlite"
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
            try queue.close()
            let failure = try #require(Self.refusal(path))
            #expect(failure.kind == .invalid)
            #expect(failure.description == "\(path): error: an SQLite database, but not a quote index built by parley (`parley archive build` makes one)")
        }
    }

    /// Writes four big-endian bytes into a copy of the shared index's header.
    private static func patchedCopy(in folder: String, offset: Int, value: UInt32) throws -> String {
        let path = folder + "/patched.index"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: engines.folder + "/archive.index")))
        for index in 0..<4 { bytes[offset + index] = UInt8(value >> (24 - 8 * UInt32(index)) & 0xFF) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anIndexOfANewerFormatIsRefused() throws {
        try Self.withFolder { folder in
            let newer = IndexFormat.version + 1
            let path = try Self.patchedCopy(in: folder, offset: 60, value: UInt32(newer))
            let failure = try #require(Self.refusal(path))
            #expect(failure.description == "\(path): error: a quote index of format version \(newer), newer than this parley reads (version \(IndexFormat.version)): update parley, or build the index again with this one")
        }
    }

    @Test func anUnfinishedIndexIsRefused() throws {
        try Self.withFolder { folder in
            let path = try Self.patchedCopy(in: folder, offset: 60, value: 0)
            let failure = try #require(Self.refusal(path))
            #expect(failure.description == "\(path): error: an unfinished quote index (its build was interrupted): build it again")
        }
    }

    @Test func aTruncatedIndexIsRefused() throws {
        try Self.withFolder { folder in
            let path = folder + "/cut.index"
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.engines.folder + "/archive.index"))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
            let failure = try #require(Self.refusal(path))
            #expect(failure.description == "\(path): error: a damaged quote index: \(bytes.count / 2) bytes where its header promises \(bytes.count) (cut short?)")
            let header = folder + "/header.index"
            try bytes.prefix(40).write(to: URL(fileURLWithPath: header))
            #expect(Self.refusal(header)?.description == "\(header): error: not a parley quote index: the SQLite header is missing or cut short")
        }
    }

    /// Damage inside the file is found when a search reads it: an error, never a crash.
    @Test func damageInsideTheIndexIsAnErrorNotACrash() throws {
        try Self.withFolder { folder in
            let path = folder + "/damaged.index"
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.engines.folder + "/archive.index")))
            var random = SplitMix64(seed: 5)
            for page in stride(from: 4096 * 2, to: bytes.count, by: 4096) {
                for _ in 0..<64 { bytes[page + random.next(below: 4096)] = UInt8(random.next(below: 256)) }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                let index = try IndexedArchive.open(path: path)
                for text in ["the", "s", "-security", "", "\"united states\""] {
                    do {
                        _ = try ArchiveConformanceTests.all(index, try QueryParser.parse(text), pageSize: 1000)
                    } catch let failure as ArchiveStoreFailure {
                        #expect(failure.kind == .damaged)
                        #expect(failure.description.hasPrefix("\(path): error: a damaged quote index: "))
                    }
                }
            } catch let failure as ArchiveLoadFailure {
                #expect(failure.kind == .invalid)
            }
        }
    }

    @Test func anInterruptedBuildLeavesNothing() throws {
        try Self.withFolder { folder in
            let output = folder + "/archive.index"
            var asked = 0
            #expect {
                _ = try IndexBuilder.build(inputs: [Self.engines.folder + "/archive.jsonl"], output: output, interruption: {
                    asked += 1
                    return asked > 1 ? SIGINT : nil
                })
            } throws: { error in
                guard let failure = error as? ArchiveBuildFailure, case .interrupted(SIGINT) = failure.kind else { return false }
                return true
            }
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder)) == [])
        }
    }

    @Test func anUnreadableInputFailsAndLeavesNothing() throws {
        try Self.withFolder { folder in
            #expect {
                _ = try IndexBuilder.build(inputs: [folder + "/missing.jsonl"], output: folder + "/archive.index")
            } throws: { error in
                (error as? ArchiveBuildFailure)?.description == "parley: \(folder)/missing.jsonl: no such file"
            }
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder)) == [])
        }
    }

    @Test(arguments: ["https://www.example.org/a/b?c=1", "https://www.example.org", "http://x.example/", "not a url", "mailto:a@b.example", "https:///path", "ftp://host/é"])
    func sourceAddressesJoinBackExactly(url: String) {
        let address = SourceAddress(Array(url.utf8))
        #expect((address.site ?? "") + (address.path ?? "") == url)
    }

    @Test func dateRangesBecomeFewWords() {
        let words = IndexWords.dateRange(from: Day("2015-03-30")!, through: Day("2018-02-02")!)
        #expect(words == ["§d20150330", "§d20150331", "§m201504", "§m201505", "§m201506", "§m201507", "§m201508",
                          "§m201509", "§m201510", "§m201511", "§m201512", "§y2016", "§y2017", "§m201801",
                          "§d20180201", "§d20180202"])
        #expect(IndexWords.dateRange(from: Day("2016-02-01")!, through: Day("2016-02-29")!) == ["§m201602"])
    }
}
