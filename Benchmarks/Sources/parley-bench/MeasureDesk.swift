import ArgumentParser
import Foundation
import ParleyDashboard
import ParleyModel
import ParleySystem
import ParleyUI

/// `parley-bench desk`: a desk of many weeks — its first frame, a keystroke on every screen,
/// and what following its files costs while nothing changes.
struct MeasureDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Generate a desk of many weeks and measure its first frame, keystrokes and idle following.")

    @Option(help: "How many weeks (one file each).")
    var weeks = 200

    @Option(help: "Engagements per week.")
    var engagements = 10

    @Option(help: "Quotes per week.")
    var quotes = 200

    @Option(help: "How many times the first frame is drawn by a fresh `parley render`.")
    var launches = 10

    @Option(help: "Seconds the files are followed with nothing changing.")
    var idleSeconds = 10.0

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-desk-\(weeks)").path
        try SyntheticDesk(weeks: weeks, engagements: engagements, quotes: quotes).write(to: folder)
        print("parley-bench desk on \(Machine.description)")
        print("desk: \(weeks) weeks, \(weeks * engagements) engagements, \(weeks * quotes) quotes in \(folder)\n")

        // The first frame, as a user gets it: a fresh process reads, checks and draws the desk.
        let parley = BuiltProducts.folder + "/parley"
        var frames: [String: Sample] = [:]
        for screen in ["home", "timeline"] {
            let arguments = ["render", "--desk", folder, "--size", "200x60", "--screen", screen]
            let warm = Child.run(parley, arguments)
            guard warm.status == 0 else { throw ValidationError("parley render failed (status \(warm.status))") }
            frames[screen] = Sample(values: (0..<launches).map { _ in Child.run(parley, arguments).milliseconds })
        }

        // Keystrokes in this process, as the dashboard's loop takes them: the key reduced and
        // its frame drawn; a search it asks for answered at once over a small desk, and in the
        // background over one as large as this, its results drawn when they come.
        let reading = try DeskLoader.read(directory: folder).get()
        guard let desk = reading.assembly.desk else { throw ValidationError("the generated desk does not assemble") }
        let context = DashboardContext(desk: desk)
        // What the loop works out in the background as the desk opens.
        let preparing = Clock.milliseconds { context.corpus.prepare() }
        let preparingHistories = Clock.milliseconds { context.prepareHistories() }
        var store = DashboardStore(size: Size(width: 200, height: 60), context: context)
        var perScreen: [(String, Sample)] = []
        var answered: [Double] = []
        var narrowed: [Double] = []
        var scanned: [Double] = []
        let scripts: [(String, [KeyEvent])] = [
            ("home", [.character("1")] + Array(repeating: .right, count: 8) + [.tab, .down, .down, .tab]),
            ("weeks < >", Array(repeating: .character("<"), count: 6) + Array(repeating: .character(">"), count: 6)),
            ("timeline", [.character("4")] + Array(repeating: .down, count: 20) + [.pageDown, .pageUp, .end, .home]),
            ("meeting", [.character("1"), .enter, .down, .down, .escape]),
            ("positions", [.character("3"), .down, .down, .character("a"), .character("a")]),
            (
                "quotes, typing a week",
                [.character("2"), .character("/")] + "week:bench-0100 monitors".map { .character($0) } + [.enter]
            ),
            (
                "quotes, typing a common word",
                [.escape, .character("/")] + "border line".map { .character($0) } + [.enter, .down]
            ),
            (
                "quotes, typing a rare number",
                [.escape, .character("/")] + "number 137".map { .character($0) } + [.enter, .down]
            ),
        ]
        for (name, keys) in scripts {
            var times: [Double] = []
            for _ in 0..<5 {
                for key in keys {
                    let start = Clock.now()
                    _ = store.press(key)
                    var effects = store.takeEffects()
                    _ = store.render()
                    times.append(Double(Clock.now() - start) / 1e6)
                    while !effects.isEmpty {
                        for case let .search(request) in effects {
                            store.send(SearchRunner.run(request, in: store.context))
                            _ = store.render()
                            answered.append(Double(Clock.now() - start) / 1e6)
                            // The same query with and without the index narrowing it first.
                            if let query = try? QueryParser.parse(request.query) {
                                let search = context.corpus.dossierSearch
                                narrowed.append(Clock.milliseconds { _ = search.search(query, narrowing: true) })
                                scanned.append(Clock.milliseconds { _ = search.search(query, narrowing: false) })
                            }
                        }
                        effects = store.takeEffects()
                    }
                }
            }
            perScreen.append((name, Sample(values: times)))
        }
        let all = Sample(values: perScreen.flatMap { $0.1.values })

        // Following the files while nothing changes, at the loop's idle pace, beside the
        // same loop following nothing: the difference is what following costs.
        var follower = DeskFollower(desk: desk, folder: folder, now: DashboardLoop.monotonicMilliseconds())
        var events = 0
        let idle = Self.idleCPU(seconds: idleSeconds) {
            events += follower.poll(now: DashboardLoop.monotonicMilliseconds()).count
        }
        let baseline = Self.idleCPU(seconds: idleSeconds) {}

        func row(_ name: String, _ sample: Sample) {
            print(
                name.padding(toLength: 46, withPad: " ", startingAt: 0)
                    + "\(rounded(sample.median)) ms".padding(toLength: 14, withPad: " ", startingAt: 0)
                    + "\(rounded(sample.p99)) ms")
        }
        print(
            "measure".padding(toLength: 46, withPad: " ", startingAt: 0)
                + "median".padding(toLength: 14, withPad: " ", startingAt: 0) + "p99")
        row("first frame, home (parley render)", frames["home"]!)
        row("first frame, timeline (parley render)", frames["timeline"]!)
        row("keystroke to frame, all screens", all)
        for (name, sample) in perScreen { row("  " + name, sample) }
        row("keystroke to its search's results shown", Sample(values: answered))
        row("  the search alone, narrowed by index", Sample(values: narrowed))
        row("  the search alone, every quote read", Sample(values: scanned))
        print(
            "preparing the search of \(desk.combined.quotes.count) quotes (in the background as the desk opens): \(rounded(preparing)) ms"
        )
        print("preparing every issue's stance history across the weeks (the same): \(rounded(preparingHistories)) ms")
        print(
            "following \(follower.files.count) files idle for \(rounded(idle.wall)) s: \(rounded(idle.cpu * 1_000)) ms of CPU (\(rounded(idle.cpu / idle.wall * 100)) %), \(follower.looks) files looked at, \(events) changes seen;"
                + " the loop following nothing: \(rounded(baseline.cpu * 1_000)) ms (\(rounded(baseline.cpu / baseline.wall * 100)) %)"
        )
    }

    /// The CPU time and wall time of `seconds` of a loop that runs `body` and sleeps as the
    /// dashboard's loop does when idle.
    static func idleCPU(seconds: Double, _ body: () -> Void) -> (cpu: Double, wall: Double) {
        let before = cpuSeconds()
        let start = Clock.now()
        while Double(Clock.now() - start) / 1e9 < seconds {
            body()
            usleep(UInt32(DashboardLoop.idlePoll) * 1_000)
        }
        return (cpuSeconds() - before, Double(Clock.now() - start) / 1e9)
    }

    /// User and system CPU time of this process so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// A made-up desk written for the benchmark: weeks of engagements, quotes and positions that
/// move, over four parties and five issues.
struct SyntheticDesk {
    var weeks: Int
    var engagements: Int
    var quotes: Int

    static let parties = ["north", "south", "east", "west"]
    static let issues = ["border", "monitors", "trade", "water", "prisoners"]
    static let words = [
        "border", "line", "monitors", "trade", "water", "talks", "commission", "ceasefire", "envoy", "guarantees",
        "soldiers", "river", "treaty", "summit", "patience",
    ]

    /// Writes one file per week into `folder`, replacing what a previous run left there.
    func write(to folder: String) throws {
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = calendar.date(from: DateComponents(year: 2030, month: 1, day: 7))!
        let format = DateFormatter()
        format.calendar = calendar
        format.timeZone = calendar.timeZone
        format.dateFormat = "yyyy-MM-dd"
        for week in 0..<weeks {
            let day = { (offset: Int) in
                format.string(from: calendar.date(byAdding: .day, value: week * 7 + offset, to: first)!)
            }
            let id = String(format: "bench-%04d", week)
            var lines = [
                "parley: 1", "id: \(id)", "title: Benchmark week \(week + 1)",
                "period: {start: \(day(0)), end: \(day(6))}", "parties:",
            ]
            lines += Self.parties.map {
                "  - {id: \($0), name: \($0.capitalized) Republic, short: \($0.prefix(2).uppercased()), kind: state}"
            }
            lines.append("people:")
            lines += Self.parties.map {
                "  - {id: \($0)-envoy, name: Envoy of \($0.capitalized), role: Envoy, party: \($0)}"
            }
            lines += [
                "sources:", "  - {id: wire, outlet: The Wire, title: Week \(week + 1), date: \(day(6))}",
                "engagements:",
            ]
            for engagement in 0..<engagements {
                let parties = [Self.parties[engagement % 4], Self.parties[(engagement + 1) % 4]]
                lines += [
                    "  - id: \(id)-e\(engagement)", "    title: Round \(engagement + 1) of week \(week + 1)",
                    "    date: \(day(engagement % 7))",
                    "    city: City \(engagement % 5)", "    parties: [\(parties.joined(separator: ", "))]",
                    "    sources: [wire]",
                ]
            }
            lines.append("issues:")
            lines += Self.issues.map { "  - {id: \($0), title: The \($0), question: \"What of the \($0)?\"}" }
            lines.append("quotes:")
            for quote in 0..<quotes {
                let words = (0..<8).map { Self.words[(week * 7 + quote * 3 + $0 * 5) % Self.words.count] }.joined(
                    separator: " ")
                lines += [
                    "  - id: \(id)-q\(quote)", "    text: \"On the \(words), number \(quote).\"",
                    "    speaker: \(Self.parties[quote % 4])-envoy", "    date: \(day(quote % 7))",
                    "    engagement: \(id)-e\(quote % engagements)",
                    "    source: wire", "    issues: [\(Self.issues[quote % 5])]",
                ]
            }
            lines.append("positions:")
            let answers = ["yes", "no", "qualified", "unclear"]
            for (p, party) in Self.parties.enumerated() {
                for (i, issue) in Self.issues.enumerated() {
                    // Every few weeks a party moves, so the histories have steps.
                    let answer = answers[(p + i + week / (3 + p)) % answers.count]
                    lines.append(
                        "  - {party: \(party), issue: \(issue), answer: \(answer), stance: Stance \(answer) on the \(issue).}"
                    )
                }
            }
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: folder + "/" + id + ".yaml", atomically: true, encoding: .utf8)
        }
    }
}
