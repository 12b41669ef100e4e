import ParleyArchive
import ParleyModel
import ParleyUI
import Testing

/// The words shown while an archive loads, on the command line's bar and the status line.
struct ProgressTextTests {
    /// 40% of 1000 bytes indexed, 40,000 quotes, 2 s into indexing: 20,000 a second, 3 s left.
    static let indexing = ArchiveLoading(file: "/data/quotes.jsonl", progress: ArchiveProgress(
        stage: .indexing(totalBytes: 1000), bytes: 400, quotes: 40_000, elapsed: 2.5, stageElapsed: 2))
    /// 12 MiB read from a pipe in 3 s.
    static let reading = ArchiveLoading(file: "/dev/fd/63", progress: ArchiveProgress(
        stage: .reading, bytes: 12 << 20, quotes: 0, elapsed: 3, stageElapsed: 3))

    @Test func barWhileIndexingHasPercentCountRateAndTimeLeft() {
        let bar = String(repeating: "█", count: 9) + String(repeating: "░", count: 15)
        #expect(ProgressText.bar(Self.indexing, width: 200) == "loading quotes.jsonl \(bar)  40%  40000 quotes  20000/s  3.0 s left")
    }

    @Test func theBarSaysWhatIsBeingDone() {
        var building = Self.indexing
        building.action = "indexing the words of"
        let bar = String(repeating: "█", count: 9) + String(repeating: "░", count: 15)
        #expect(ProgressText.bar(building, width: 200) == "indexing the words of quotes.jsonl \(bar)  40%  40000 quotes  20000/s  3.0 s left")
    }

    @Test func barWhileReadingAPipeHasBytesAndRate() {
        #expect(ProgressText.bar(Self.reading, width: 200) == "loading /dev/fd/63  12.0 MiB read  4.0 MiB/s")
    }

    @Test func statusNoteSaysTheSameThings() {
        // Without the rate: the note shares its line with key hints.
        #expect(ProgressText.statusNote(Self.indexing, separator: "·") == "loading quotes.jsonl 40% · 40000 quotes · 3 s left")
        #expect(ProgressText.statusNote(Self.reading, separator: "·") == "loading /dev/fd/63 · 12.0 MiB read")
    }

    @Test func barGraphicShrinksBeforeAnyWordIsCut() {
        // 20 columns of name, 38 of numbers, 3 of spaces: 9 left for the graphic at 70.
        let bar = String(repeating: "█", count: 3) + String(repeating: "░", count: 6)
        #expect(ProgressText.bar(Self.indexing, width: 70) == "loading quotes.jsonl \(bar)  40%  40000 quotes  20000/s  3.0 s left")
        // Too narrow for a graphic: the words alone, then cut.
        #expect(ProgressText.bar(Self.indexing, width: 64) == "loading quotes.jsonl  40%  40000 quotes  20000/s  3.0 s left")
        let narrow = ProgressText.bar(Self.indexing, width: 30)
        #expect(narrow == "loading quotes.jsonl  40%  40…")
        #expect(DisplayWidth.of(narrow) == 30)
    }

    @Test func hostileFileNameIsShownNotObeyed() {
        let loading = ArchiveLoading(file: "/tmp/a\u{1B}]52;c;eA==\u{07}b.jsonl", progress: Self.reading.progress)
        let line = ProgressText.bar(loading, width: 200)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(line.hasPrefix("loading a"))
    }

    @Test func statusLineShowsTheLoadWhileNothingElseIsSaid() throws {
        var store = try TestDossiers.store(size: Size(width: 100, height: 24))
        store.send(.archiveProgress(Self.indexing))
        let frame = DashboardView.render(store.state, context: store.context)
        let status = try #require(frame.lines.last)
        #expect(status.hasSuffix("loading quotes.jsonl 40% · 40000 quotes · 3 s left "))
        #expect(status.hasPrefix(" Tab pane"))
    }
}
