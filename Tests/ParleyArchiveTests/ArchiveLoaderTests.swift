import Foundation
import ParleyArchive
import ParleyArchiveGenerator
import Synchronization
import Testing
@testable import ParleyArchiveMemory
@testable import ParleyModel
@testable import ParleyQuotebank

/// Reading Quotebank JSON Lines: fields, damaged lines, counts.
struct ArchiveLoaderTests {
    static func load(_ text: String, chunks: Int? = nil, path: String = "test.jsonl") -> LoadedArchive {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { ArchiveLoader.load(bytes: UnsafeRawBufferPointer($0), path: path, chunks: chunks) }
    }

    static let good = """
    {"quoteID": "2020-01-01-000001", "quotation": "We will \\"never\\" give up \\u2014 caf\\u00e9 and \\ud83d\\ude00.", "speaker": "Anna Adams", "qids": ["Q1"], "date": "2020-01-01 10:00:00", "numOccurrences": 7, "probas": [["Anna Adams", "0.9"]], "urls": ["https://www.example.org/a/b?c=1", "https://other.example/x"], "phase": "E", "extra": {"nested": [1, 2, {"k": null}]}}
    {"quoteID": "2020-01-02-000002", "quotation": "Nobody knows who said this.", "speaker": "None", "qids": [], "date": "2020-01-02 00:00:00", "numOccurrences": 1, "probas": [], "urls": [], "phase": "E"}
    """

    @Test func fieldsAreReadAndUnescaped() throws {
        let loaded = Self.load(Self.good)
        #expect(loaded.skippedLines == 0)
        let archive = loaded.archive
        #expect(archive.count == 2)
        let first = archive.quote(atPosition: 0)
        #expect(first.id == "2020-01-01-000001")
        #expect(first.text == "We will \"never\" give up — café and 😀.")
        #expect(first.speaker == "Anna Adams")
        #expect(first.date == Day("2020-01-01"))
        #expect(first.occurrences == 7)
        #expect(first.url == "https://www.example.org/a/b?c=1")
        #expect(first.outlet == "www.example.org")
        #expect(first.archive == "test.jsonl")
        let second = archive.quote(atPosition: 1)
        #expect(second.speaker == nil)
        #expect(second.url == nil)
    }

    @Test func damagedLinesAreSkippedWithTheirLineNumbers() {
        let text = """
        {"quoteID": "a", "quotation": "Kept one.", "speaker": "X", "date": "2020-01-01 00:00:00", "numOccurrences": 1, "urls": []}
        this is not JSON
        {"quoteID": "b", "speaker": "X", "date": "2020-01-01 00:00:00"}

        {"quoteID": "c", "quotation": "Cut off
        {"quoteID": "d", "quotation": "Bad date.", "date": "yesterday"}
        {"quoteID": "e", "quotation": "Kept two.", "speaker": "Y", "date": "2021-05-06 00:00:00", "numOccurrences": 2, "urls": ["https://a.example/"]} trailing
        {"quoteID": "f", "quotation": "Kept three.", "speaker": "Y", "date": "2021-05-06 00:00:00", "numOccurrences": 2, "urls": ["https://a.example/"]}
        """
        let loaded = Self.load(text)
        #expect(loaded.archive.count == 2)
        #expect(loaded.skippedLines == 5)
        #expect(loaded.warnings.map(\.description) == [
            "test.jsonl:2: warning: not a Quotebank quote: expected '{': each line must be one JSON object",
            "test.jsonl:3: warning: not a Quotebank quote: no 'quotation' field",
            "test.jsonl:5: warning: not a Quotebank quote: the line ends inside a string (column 39)",
            "test.jsonl:6: warning: not a Quotebank quote: 'date' should be YYYY-MM-DD HH:MM:SS",
            "test.jsonl:7: warning: not a Quotebank quote: unexpected text after the JSON object (column 144)",
        ])
        #expect(loaded.archive.quote(atPosition: 1).text == "Kept three.")
    }

    @Test func onlyTheFirstFewDamagedLinesAreReported() {
        let archive = SyntheticArchive(quotes: 200, damagedEvery: 10)
        let loaded = Self.load(archive.text())
        #expect(loaded.skippedLines == 20)
        #expect(loaded.warnings.count == OpenedArchive.warningsKept)
        #expect(loaded.warnings.first?.line == 10)
        #expect(loaded.archive.count == 180)
    }

    @Test func anyNumberOfChunksGivesTheSameArchive() throws {
        let text = SyntheticArchive(quotes: 2000, damagedEvery: 97).text()
        let one = Self.load(text, chunks: 1)
        let many = Self.load(text, chunks: 7)
        #expect(one.archive.count == many.archive.count)
        #expect(one.skippedLines == many.skippedLines)
        #expect(one.warnings == many.warnings)
        for number in stride(from: 0, to: one.archive.count, by: 37) {
            #expect(one.archive.quote(atPosition: number) == many.archive.quote(atPosition: number))
        }
        let query = try QueryParser.parse("the -of")
        #expect(one.archive.matches(query)?.members == many.archive.matches(query)?.members)
    }

    @Test func missingFileCannotBeRead() {
        #expect(throws: ArchiveLoadFailure.self) { try ArchiveLoader.load(path: "/no/such/archive.jsonl") }
        do {
            _ = try ArchiveLoader.load(path: "/no/such/archive.jsonl")
        } catch {
            #expect(error.description == "/no/such/archive.jsonl: no such file")
        }
    }

    @Test func emptyFileIsAnEmptyArchive() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ArchiveLoader.load(path: path).archive.count == 0)
    }

    @Test func progressIsReported() {
        let text = SyntheticArchive(quotes: 3000).text()
        let seen = Mutex<[ArchiveProgress]>([])
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { raw in
            ArchiveLoader.load(bytes: UnsafeRawBufferPointer(raw), path: "p", chunks: 3) { progress in
                seen.withLock { $0.append(progress) }
            }
        }
        let reports = seen.withLock { $0 }
        #expect(reports.map(\.quotes).max() == 3000)
        #expect(reports.map(\.bytes).max() == bytes.count)
        #expect(reports.allSatisfy { $0.stage == .indexing(totalBytes: bytes.count) && $0.elapsed >= $0.stageElapsed })
    }

    @Test func aPipeIsReadToItsEndThenIndexed() throws {
        // Small enough to sit in a pipe's buffer whole, so no writer thread is needed.
        let text = SyntheticArchive(quotes: 100, damagedEvery: 31).text()
        let size = text.utf8.count
        try #require(size < 65_536)
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let written = text.utf8CString.withUnsafeBytes { write(ends[1], $0.baseAddress, size) }
        close(ends[1])
        try #require(written == size)

        let seen = Mutex<[ArchiveProgress]>([])
        let path = "/dev/fd/\(ends[0])"
        let piped = try ArchiveLoader.load(path: path) { progress in seen.withLock { $0.append(progress) } }
        let direct = Self.load(text, chunks: 1, path: path)
        #expect(piped.archive.count == direct.archive.count)
        #expect(piped.skippedLines == direct.skippedLines)
        #expect(!piped.warnings.isEmpty)
        #expect(piped.warnings == direct.warnings)
        for number in 0..<direct.archive.count {
            #expect(piped.archive.quote(atPosition: number) == direct.archive.quote(atPosition: number))
        }

        let reports = seen.withLock { $0 }
        let reading = reports.filter { $0.stage == .reading }
        #expect(reading.last?.bytes == size)
        // Reading comes first, and indexing then knows the size.
        #expect(reports.prefix(reading.count) == reading[...])
        #expect(reports.last?.stage == .indexing(totalBytes: size))
        #expect(reports.last?.quotes == direct.archive.count)
    }

    @Test func anEmptyDeviceIsAnEmptyArchive() throws {
        #expect(try ArchiveLoader.load(path: "/dev/null").archive.count == 0)
    }
}

/// Damage is damage wherever it is: a line with a bad number, escape or byte is skipped with a
/// warning whichever field holds it.
struct ArchiveDamageTests {
    @Test func theCountDoesNotDependOnWhichFieldHoldsTheDamage() {
        let fields = ["quotation", "speaker", "phase", "probas"]
        let damage = [("a bad escape", #"\q"#), ("a loose number", "+5"), ("invalid UTF-8", "\u{FFFD}")]
        for (_, text) in damage {
            for field in fields {
                var value = field == "probas" ? #"[["A", "# + text + "]]" : "\"x" + text + "\""
                if text.hasPrefix("+") && field != "probas" { value = text }
                let line = field == "quotation"
                    ? #"{"quoteID": "q", "quotation": "# + value + #", "date": "2020-01-01 00:00:00", "urls": []}"#
                    : #"{"quoteID": "q", "quotation": "fine", ""# + field + #"": "# + value + #", "date": "2020-01-01 00:00:00", "urls": []}"#
                var bytes = Array((line + "\n" + #"{"quoteID": "r", "quotation": "kept", "date": "2020-01-01 00:00:00", "urls": []}"#).utf8)
                // "\u{FFFD}" stands for a byte that is not UTF-8 at all.
                if let replacement = bytes.firstRange(of: Array("\u{FFFD}".utf8)) { bytes.replaceSubrange(replacement, with: [0xFF]) }
                let loaded = bytes.withUnsafeMutableBytes { ArchiveLoader.load(bytes: UnsafeRawBufferPointer($0), path: "t.jsonl") }
                #expect(loaded.archive.count == 1, "\(text) in \(field)")
                #expect(loaded.skippedLines == 1, "\(text) in \(field)")
                #expect(loaded.warnings.first?.description.hasPrefix("t.jsonl:1: warning: not a Quotebank quote: ") == true)
            }
        }
    }
}
