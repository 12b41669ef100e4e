import ParleyArchive
import ParleyModel
import Testing

/// What a progress display derives from a report, and which reports it is shown.
struct ArchiveProgressTests {
    static func report(_ stage: ArchiveProgress.Stage = .indexing(totalBytes: 1000), bytes: Int = 0, quotes: Int = 0, elapsed: Double, stageElapsed: Double? = nil) -> ArchiveProgress {
        ArchiveProgress(stage: stage, bytes: bytes, quotes: quotes, elapsed: elapsed, stageElapsed: stageElapsed ?? elapsed)
    }

    @Test func indexingHasAFractionAndTimeLeftAtThisStagesPace() throws {
        // A second of reading, then 2 s to index a quarter: 6 s more at that pace.
        let progress = Self.report(bytes: 250, quotes: 500, elapsed: 3, stageElapsed: 2)
        #expect(progress.fraction == 0.25)
        #expect(try #require(progress.secondsLeft) == 6)
        #expect(progress.quotesPerSecond == 250)
        #expect(progress.bytesPerSecond == 125)
    }

    @Test func readingHasNeitherFractionNorTimeLeft() {
        let progress = Self.report(.reading, bytes: 4096, elapsed: 2)
        #expect(progress.fraction == nil)
        #expect(progress.secondsLeft == nil)
        #expect(progress.bytesPerSecond == 2048)
    }

    @Test func edgesOfTheFraction() {
        #expect(Self.report(.indexing(totalBytes: 0), elapsed: 1).fraction == 1)
        #expect(Self.report(bytes: 0, elapsed: 1).secondsLeft == nil)
        #expect(Self.report(bytes: 2000, elapsed: 1).fraction == 1)
        #expect(Self.report(bytes: 0, elapsed: 0).quotesPerSecond == 0)
    }

    @Test func pacerShowsNothingInTheFirstHalfSecondThenAtMostTenASecond() {
        let pacer = ProgressPacer()
        let shown = [0.0, 0.2, 0.49, 0.5, 0.55, 0.59, 0.61, 0.65, 0.72, 2.0].filter { pacer.admits(Self.report(elapsed: $0)) }
        #expect(shown == [0.5, 0.61, 0.72, 2.0])
    }
}
