import ArgumentParser
import Foundation
import ParleyArchive
import ParleyArchiveMemory
import ParleyArchivePostgres
import ParleyArchiveSQLite
import ParleyDashboard
import ParleyModel
import ParleyUI

/// Loads an archive and measures load, search and keystroke-to-frame; prints JSON.
struct MeasureArchive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Measure one archive file (run in its own process by `run`).")

    @Argument(help: "A Quotebank JSON Lines file, an index built by `parley archive build`, or a postgresql:// database it loaded.")
    var file: String

    @Option(help: "How many times each search query runs.")
    var rounds = 25

    func run() throws {
        // A built index opens where it is; JSON Lines are loaded into memory, as --quotes does.
        var skipped = 0
        var store: any ArchiveStore
        var rare = "kalomi"
        let engine: String
        let loadMilliseconds: Double
        if PostgresAddress.isAddress(file) {
            var opened: PostgresArchive?
            loadMilliseconds = try Clock.milliseconds { opened = try PostgresArchive.open(PostgresAddress(file)) }
            guard let opened else { return }
            store = opened
            engine = "postgresql"
        } else if IndexFormat.isSQLite(path: file) {
            var opened: IndexedArchive?
            loadMilliseconds = try Clock.milliseconds { opened = try IndexedArchive.open(path: file) }
            guard let opened else { return }
            store = opened
            engine = "index"
        } else {
            var loaded: LoadedArchive?
            loadMilliseconds = try Clock.milliseconds { loaded = try ArchiveLoader.load(path: file) }
            guard let loaded else { return }
            store = loaded.archive
            skipped = loaded.skippedLines
            rare = loaded.archive.rareWord() ?? rare
            engine = "memory"
        }
        let dossier = try BundledDossier.load()
        let corpus = QuoteCorpus(dossier: dossier, archives: [store])

        // Search: each kind of query the issue names, as the engine sees it.
        let middle = try store.page(SearchQuery(), after: store.count / 2, limit: 1, isCancelled: { false })?.quotes.first
        let speaker = middle?.speaker ?? "Anna Adams"
        var countResult = 0
        let countMilliseconds = try Clock.milliseconds { countResult = try store.count(QueryParser.parse("security"), isCancelled: { false }) ?? 0 }
        let queries: [(String, String)] = [
            ("common word", "security"),
            ("rare word", rare),
            ("phrase", "\"united states\""),
            ("negation", "russia -nato"),
            ("either", "sanctions | treaty"),
            ("speaker:", "speaker:\"\(speaker)\""),
            ("party:", "party:russia"),
            ("meeting:", "meeting:geneva"),
            ("issue:", "issue:nato-enlargement"),
            ("date:", "date:2018-03..2018-06"),
            ("1-letter prefix, typing", "s"),
            ("2-letter prefix, typing", "ne"),
            ("3-letter prefix, typing", "neg"),
            ("speaker's name, typing", "speaker:\(speaker.prefix(2))"),
        ]
        var all: [Double] = []
        var perQuery: [[String: Any]] = []
        for (name, text) in queries {
            let query = try QueryParser.parse(text)
            var times: [Double] = []
            var matches = 0
            for _ in 0..<rounds {
                times.append(try Clock.milliseconds { matches = try corpus.search(query)?.count ?? 0 })
            }
            all += times
            let sample = Sample(values: times)
            perQuery.append(["query": "\(name): \(text)", "p50_ms": rounded(sample.median), "p99_ms": rounded(sample.p99), "matches": matches])
        }
        let search = Sample(values: all)

        // Keystroke to frame: type queries into the quotes screen at 200×60; each key is
        // reduced, searched, drawn and diffed against the previous frame, as the terminal would.
        let typed = ["nuclear weapons", "security -russia", "speaker:\(speaker.split(separator: " ").first ?? "a")", "united states peace", "\"prime minister\""]
        // Each query is typed several times, so the 99th percentile rests on hundreds of keys.
        let withArchive = keystrokes(DashboardContext(dossier: dossier, corpus: corpus), Array(repeating: typed, count: 4).flatMap { $0 })
        // As the dashboard runs them: the key's frame is drawn at once, over the results so
        // far; the search runs apart (not timed here), and its results make a frame of their own.
        let background = backgroundKeystrokes(DashboardContext(dossier: dossier, corpus: corpus), Array(repeating: typed, count: 4).flatMap { $0 })
        let bundled = ["ryabkov", "nato ukr", "speaker:sherman", "\"frank and forthright\"", "date:2022-01-12"]
        let bundledOnly = keystrokes(DashboardContext(dossier: dossier), Array(repeating: bundled, count: 10).flatMap { $0 })

        let result: [String: Any] = [
            "engine": engine,
            "quotes": store.count,
            "count_security_ms": rounded(countMilliseconds),
            "count_security": countResult,
            "skipped_lines": skipped,
            "load_ms": rounded(loadMilliseconds),
            "search_p50_ms": rounded(search.median),
            "search_p99_ms": rounded(search.p99),
            "keystroke_p50_ms": rounded(withArchive.sample.median),
            "keystroke_p99_ms": rounded(withArchive.sample.p99),
            "keystroke_slowest": withArchive.slowest,
            "keystroke_background_p50_ms": rounded(background.keys.median),
            "keystroke_background_p99_ms": rounded(background.keys.p99),
            "results_frame_p99_ms": rounded(background.results.p99),
            "bundled_keystroke_p50_ms": rounded(bundledOnly.sample.median),
            "bundled_keystroke_p99_ms": rounded(bundledOnly.sample.p99),
            "queries": perQuery,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// Each key's time from press to a diffed frame with the search left to the runtime, as
    /// the dashboard does with archives; and the time to draw each search's results once it
    /// has finished (the search itself is not timed: it runs off the drawing thread).
    private func backgroundKeystrokes(_ context: DashboardContext, _ queries: [String]) -> (keys: Sample, results: Sample) {
        var keys: [Double] = []
        var results: [Double] = []
        for text in queries {
            var store = DashboardStore(size: Size(width: 200, height: 60), context: context)
            store.press(.character("2"))
            store.press(.character("/"))
            var previous = store.render()
            func frame() {
                let next = store.render()
                previous = FrameDiff.changedCells(from: previous, to: next) >= 0 ? next : previous
            }
            let presses = text.map { KeyEvent.character($0) } + Array(repeating: KeyEvent.backspace, count: text.count)
            for key in presses {
                keys.append(Clock.milliseconds {
                    store.press(key)
                    frame()
                })
                let answers = store.takeEffects().compactMap { effect -> Action? in
                    guard case let .search(request) = effect else { return nil }
                    return SearchRunner.run(request, in: context)
                }
                for answer in answers {
                    results.append(Clock.milliseconds {
                        store.send(answer)
                        frame()
                    })
                }
            }
        }
        return (Sample(values: keys), Sample(values: results))
    }

    /// Each key's time from press to a diffed frame, over several typed queries, with the
    /// query each key left in the search field, so the slowest can be named.
    private func keystrokes(_ context: DashboardContext, _ queries: [String]) -> (sample: Sample, slowest: [String]) {
        var times: [Double] = []
        var typedSoFar: [String] = []
        for text in queries {
            var store = InlineDashboard(size: Size(width: 200, height: 60), context: context)
            store.press(.character("2"))
            store.press(.character("/"))
            var previous = store.render()
            for (index, character) in text.enumerated() {
                typedSoFar.append(String(text.prefix(index + 1)))
                times.append(Clock.milliseconds {
                    store.press(.character(character))
                    let frame = store.render()
                    previous = FrameDiff.changedCells(from: previous, to: frame) >= 0 ? frame : previous
                })
            }
            for index in text.indices.reversed() {
                typedSoFar.append(String(text[..<index]))
                times.append(Clock.milliseconds {
                    store.press(.backspace)
                    let frame = store.render()
                    previous = FrameDiff.changedCells(from: previous, to: frame) >= 0 ? frame : previous
                })
            }
        }
        let slowest = zip(times, typedSoFar).sorted { $0.0 > $1.0 }.prefix(5).map { "\($0.1): \(rounded($0.0)) ms" }
        return (Sample(values: times), Array(slowest))
    }

}
