#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ParleyModel
import Foundation
import Synchronization

/// The `--quotes FILE` option (repeatable): Quotebank archives searched beside the dossier.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .customLong("quotes"), help: ArgumentHelp("A Quotebank JSON Lines archive to search beside the dossier (repeatable).", valueName: "FILE"))
    var files: [String] = []

    /// Loads every archive named, with a progress bar on a terminal when loading takes a while.
    ///
    /// Damaged lines are reported (the first few, then a count); a file that cannot be read
    /// ends the command with 66.
    func load() throws -> [QuoteArchive] {
        var archives: [QuoteArchive] = []
        for path in files {
            let bar = ProgressBar(label: path, enabled: isatty(2) == 1)
            let loaded: LoadedArchive
            do {
                loaded = try ArchiveLoader.load(path: path) { bar.update($0) }
            } catch {
                bar.finish()
                Console.error("parley: \(error.description)")
                throw ExitStatus.noInput
            }
            bar.finish()
            for warning in loaded.warnings { Console.error(VisibleText.escaped(warning.description)) }
            let unreported = loaded.skippedLines - loaded.warnings.count
            if unreported > 0 {
                Console.error("\(VisibleText.escaped(path)): warning: \(unreported) more damaged line\(unreported == 1 ? "" : "s") skipped (\(loaded.skippedLines) in all)")
            }
            archives.append(loaded.archive)
        }
        return archives
    }
}

/// A one-line progress bar on stderr: count, rate and time left, shown only after half a second.
final class ProgressBar: Sendable {
    private struct State {
        var shown = false
        var lastDraw: UInt64 = 0
    }

    private let label: String
    private let enabled: Bool
    private let start = ProgressBar.now()
    private let state = Mutex(State())

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled
    }

    /// Called from the loading threads; draws at most every tenth of a second.
    func update(_ progress: ArchiveProgress) {
        guard enabled else { return }
        let now = Self.now()
        let elapsed = Double(now - start) / 1e9
        guard elapsed >= 0.5 else { return }
        let line: String? = state.withLock { state in
            guard now - state.lastDraw >= 100_000_000 else { return nil }
            state.lastDraw = now
            state.shown = true
            return Self.line(label: label, progress: progress, elapsed: elapsed)
        }
        if let line { Console.errorRaw("\r\u{1B}[K" + line) }
    }

    /// Clears the bar, if it was drawn.
    func finish() {
        let shown = state.withLock { $0.shown }
        if shown { Console.errorRaw("\r\u{1B}[K") }
    }

    static func line(label: String, progress: ArchiveProgress, elapsed: Double) -> String {
        let fraction = progress.fraction
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = Double(progress.quotes) / max(elapsed, 0.001)
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let name = label.split(separator: "/").last.map(String.init) ?? label
        return "loading \(VisibleText.escaped(name)) \(bar) \(Int(fraction * 100))%  \(progress.quotes) quotes  \(Int(rate))/s  \(String(format: "%.1f", left)) s left"
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
