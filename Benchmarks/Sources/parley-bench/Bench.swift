import ArgumentParser
import Foundation
import ParleyArchiveGenerator
import ParleyModel
import ParleyUI

/// `parley-bench`: parley's speed and memory, measured on this machine.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-bench",
        abstract: "Measure parley's archive loading, search, keystroke-to-frame latency, first frame and memory.",
        discussion:
            "Run as `swift run -c release --package-path Benchmarks parley-bench` from the repository's top folder. Timings are medians and 99th percentiles; nothing here is asserted.",
        subcommands: [
            RunBench.self, GenerateArchive.self, MeasureArchive.self, MeasurePostgres.self, ProfileKeystrokes.self,
            MeasureDrafts.self, MeasurePolnear.self, TrainDrafter.self, MeasureDesk.self,
        ],
        defaultSubcommand: RunBench.self
    )
}

/// Writes a synthetic archive.
struct GenerateArchive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a deterministic synthetic Quotebank archive.")

    @Option(help: "How many quotes.")
    var quotes = 100_000

    @Argument(help: "Where to write it.")
    var file: String

    func run() throws {
        try write(SyntheticArchive(quotes: quotes), to: file)
    }
}

/// Writes an archive in batches, so generating a million lines needs little memory.
func write(_ archive: SyntheticArchive, to file: String) throws {
    guard FileManager.default.createFile(atPath: file, contents: nil), let handle = FileHandle(forWritingAtPath: file)
    else { throw ValidationError("cannot write \(file)") }
    defer { try? handle.close() }
    let batch = 50_000
    var written = 0
    while written < archive.quotes {
        var part = archive
        part.quotes = min(batch, archive.quotes - written)
        part.seed = archive.seed &+ UInt64(written)
        try handle.write(contentsOf: Data(part.text().utf8))
        written += part.quotes
    }
}

/// The whole benchmark: generate, measure in a fresh process, time first frames, print.
struct RunBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Generate an archive and measure everything (the default).")

    @Option(help: "How many quotes in the synthetic archive.")
    var quotes = 100_000

    @Option(help: "The archive file to use (generated there when missing).")
    var file: String?

    @Option(help: "How many times each first-frame command runs.")
    var launches = 30

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func run() throws {
        let path =
            file ?? FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(quotes).jsonl").path
        if !FileManager.default.fileExists(atPath: path) {
            FileHandle.standardError.write(Data("generating \(quotes) quotes in \(path)…\n".utf8))
            try write(SyntheticArchive(quotes: quotes), to: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        // Measured in a fresh process, so its peak memory is the loader's and the searches', not the generator's.
        let measured = Child.run(BuiltProducts.folder + "/parley-bench", ["measure", path], captureOutput: true)
        guard measured.status == 0,
            var result = try JSONSerialization.jsonObject(with: Data(measured.output.utf8)) as? [String: Any]
        else {
            throw ValidationError("the measuring process failed (status \(measured.status))")
        }
        result["peak_rss_mib"] = rounded(measured.peakMiB)
        result["archive_mib"] = rounded(Double(size) / 1_048_576)

        let parley = BuiltProducts.folder + "/parley"
        let bare = BuiltProducts.folder + "/bare-foundation"
        // The first frame is compared with a bare process. Building parley-bench builds both
        // beside it, but a copied or half-built benchmark may lack either; the comparison is
        // then reported as missing rather than divided by nothing.
        let missing = [parley, bare].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        if missing.isEmpty {
            // Warm the page cache first, then interleave, so neither side gets the quieter moments.
            _ = Child.run(parley, ["render", "--size", "200x60"])
            _ = Child.run(bare, [])
            var frames: [Double] = []
            var bases: [Double] = []
            for _ in 0..<launches {
                frames.append(Child.run(parley, ["render", "--size", "200x60"]).milliseconds)
                bases.append(Child.run(bare, []).milliseconds)
            }
            let frame = Sample(values: frames)
            let base = Sample(values: bases)
            result["first_frame_ms"] = rounded(frame.median)
            result["first_frame_p99_ms"] = rounded(frame.p99)
            result["bare_process_ms"] = rounded(base.median)
            result["first_frame_ratio"] =
                base.median > 0 && (frame.median / base.median).isFinite
                ? rounded(frame.median / base.median) : NSNull()
        } else {
            let names = missing.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")
            FileHandle.standardError.write(
                Data(
                    "parley-bench: warning: \(names) not built beside parley-bench (`swift build -c release --package-path Benchmarks` builds them); the first frame is not measured\n"
                        .utf8))
            for key in ["first_frame_ms", "first_frame_p99_ms", "bare_process_ms", "first_frame_ratio"] {
                result[key] = NSNull()
            }
        }
        result["machine"] = Machine.description

        if json {
            let data = try JSONSerialization.data(withJSONObject: result, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            printTable(result)
        }
    }

    private func printTable(_ result: [String: Any]) {
        func value(_ key: String) -> String { result[key].flatMap { $0 is NSNull ? nil : "\($0)" } ?? "-" }
        print("parley-bench on \(value("machine"))")
        print("archive: \(value("quotes")) quotes, \(value("archive_mib")) MiB of JSON Lines\n")
        let rows: [(String, String, String)] = [
            ("load archive", value("load_ms") + " ms", ""),
            ("search (all queries)", value("search_p50_ms") + " ms", value("search_p99_ms") + " ms"),
            ("keystroke to frame, 200×60", value("keystroke_p50_ms") + " ms", value("keystroke_p99_ms") + " ms"),
            (
                "keystroke to frame, bundled week", value("bundled_keystroke_p50_ms") + " ms",
                value("bundled_keystroke_p99_ms") + " ms"
            ),
            ("first frame (parley render)", value("first_frame_ms") + " ms", value("first_frame_p99_ms") + " ms"),
            ("bare Foundation process", value("bare_process_ms") + " ms", ""),
            ("first frame ÷ bare process", value("first_frame_ratio") + "×", ""),
            ("peak resident memory", value("peak_rss_mib") + " MiB", ""),
        ]
        print(
            "measure".padding(toLength: 36, withPad: " ", startingAt: 0)
                + "median".padding(toLength: 14, withPad: " ", startingAt: 0) + "p99")
        for row in rows {
            print(
                row.0.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + row.1.padding(toLength: 14, withPad: " ", startingAt: 0) + row.2)
        }
        if let queries = result["queries"] as? [[String: Any]] {
            print("\nsearch by query (median / p99 ms, matches)")
            for query in queries {
                let name = (query["query"] as? String ?? "").padding(toLength: 36, withPad: " ", startingAt: 0)
                print("  \(name)\(query["p50_ms"] ?? "-") / \(query["p99_ms"] ?? "-")  \(query["matches"] ?? "-")")
            }
        }
    }
}

func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

/// What machine the numbers come from.
enum Machine {
    static var description: String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        var model = "unknown CPU"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let name = line.split(separator: ":", maxSplits: 1).last
        {
            model = name.trimmingCharacters(in: .whitespaces)
        }
        return "\(model), \(cores) cores, \(Int(memory.rounded())) GiB"
    }
}
