import ParleyModel
import ParleySystem
import Testing

/// When a followed file counts as saved: after it changes and then holds still, or after it
/// has been gone a while; never from the watch's own clock or a real file system.
struct FileWatchTests {
    /// A file system of one file whose signature the test sets.
    final class FakeFile {
        var signature: FileSignature?
        init(_ version: Int64) { signature = Self.version(version) }
        static func version(_ number: Int64, inode: UInt64 = 1) -> FileSignature {
            FileSignature(device: 1, inode: inode, size: 100 + number, modifiedSeconds: number, modifiedNanoseconds: 0)
        }
    }

    @Test func aChangeIsReportedOnceItHoldsStill() {
        let file = FakeFile(1)
        var watch = FileWatch(path: "/nonexistent/week.yaml", interval: 200, missingAfter: 1_000, now: 0)
        let read = { (_: String) in file.signature }
        // The watch began with no file; the first version is a change like any other.
        #expect(watch.poll(now: 200, signature: read) == nil)
        #expect(watch.poll(now: 400, signature: read) == .saved)
        #expect(watch.poll(now: 600, signature: read) == nil)
        file.signature = FakeFile.version(2)
        #expect(watch.poll(now: 800, signature: read) == nil)
        #expect(watch.poll(now: 1_000, signature: read) == .saved)
        #expect(watch.poll(now: 1_200, signature: read) == nil)
    }

    @Test func aSaveStillBeingWrittenWaitsForTheLastWrite() {
        let file = FakeFile(1)
        var watch = FileWatch(path: "/nonexistent/week.yaml", interval: 200, now: 0)
        let read = { (_: String) in file.signature }
        _ = watch.poll(now: 200, signature: read)
        _ = watch.poll(now: 400, signature: read)
        file.signature = FakeFile.version(2)
        #expect(watch.poll(now: 600, signature: read) == nil)
        file.signature = FakeFile.version(3)
        #expect(watch.poll(now: 800, signature: read) == nil)
        #expect(watch.poll(now: 1_000, signature: read) == .saved)
    }

    @Test func aRenameOverTheFileIsASave() {
        let file = FakeFile(1)
        var watch = FileWatch(path: "/nonexistent/week.yaml", interval: 200, now: 0)
        let read = { (_: String) in file.signature }
        _ = watch.poll(now: 200, signature: read)
        _ = watch.poll(now: 400, signature: read)
        // Same size and time, another inode: an editor wrote a new file and renamed it over.
        file.signature = FakeFile.version(1, inode: 2)
        #expect(watch.poll(now: 600, signature: read) == nil)
        #expect(watch.poll(now: 800, signature: read) == .saved)
    }

    @Test func looksAreNoMoreFrequentThanTheInterval() {
        let file = FakeFile(1)
        var looks = 0
        var watch = FileWatch(path: "/nonexistent/week.yaml", interval: 200, now: 0)
        for now in stride(from: UInt64(0), through: 1_000, by: 10) {
            _ = watch.poll(now: now) { _ in looks += 1; return file.signature }
        }
        #expect(looks == 5)
    }

    @Test func aFileGoneForAWhileIsReportedOnceAndItsReturnIsASave() {
        let file = FakeFile(1)
        var watch = FileWatch(path: "/nonexistent/week.yaml", interval: 200, missingAfter: 1_000, now: 0)
        let read = { (_: String) in file.signature }
        _ = watch.poll(now: 200, signature: read)
        _ = watch.poll(now: 400, signature: read)
        file.signature = nil
        var reports: [FileWatch.Change?] = []
        for now in stride(from: UInt64(600), through: 2_000, by: 200) { reports.append(watch.poll(now: now, signature: read)) }
        #expect(reports.compactMap { $0 } == [.missing])
        #expect(reports.firstIndex(of: .missing) == 5)
        file.signature = FakeFile.version(1)
        #expect(watch.poll(now: 2_200, signature: read) == nil)
        #expect(watch.poll(now: 2_400, signature: read) == .saved)
    }

    @Test func aBriefAbsenceIsNotReported() {
        let file = FakeFile(1)
        var watch = FileWatch(path: "/nonexistent/week.yaml", interval: 200, missingAfter: 1_000, now: 0)
        let read = { (_: String) in file.signature }
        _ = watch.poll(now: 200, signature: read)
        _ = watch.poll(now: 400, signature: read)
        file.signature = nil
        #expect(watch.poll(now: 600, signature: read) == nil)
        file.signature = FakeFile.version(2)
        #expect(watch.poll(now: 800, signature: read) == nil)
        #expect(watch.poll(now: 1_000, signature: read) == .saved)
    }
}
