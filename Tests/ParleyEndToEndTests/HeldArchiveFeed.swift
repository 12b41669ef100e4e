import Foundation
import ParleyArchiveGenerator

/// An archive fed to parley through a pipe that stays open until the test releases it.
///
/// bash's process substitution writes the archive's lines, then a blank line every twentieth
/// of a second until the file `release` exists. Blank lines are skipped without a count, but
/// each is a read that reports progress: so parley is still loading for exactly as long as
/// the test needs, however fast the machine, and no test depends on how long loading takes.
struct HeldArchiveFeed {
    let folder: String
    /// The day every quote of the feed was said, `YYYY-MM-DD`.
    let day: String

    /// Writes `quotes` copies of one generated quote, ready to be fed.
    init(quotes: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-feed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let line = SyntheticArchive(quotes: 1).lines()[0]
        guard let date = line.firstRange(of: "\"date\": \"") else { throw HarnessError("a generated line has no date: \(line)") }
        day = String(line[date.upperBound...].prefix(10))
        try String(repeating: line + "\n", count: quotes).write(toFile: folder + "/archive.jsonl", atomically: true, encoding: .utf8)
    }

    /// `--quotes <(…)`, to append to parley's command line.
    var quotesOption: String {
        " --quotes <(cat '\(folder)/archive.jsonl'; until [ -e '\(folder)/release' ]; do echo; sleep 0.05; done)"
    }

    /// Lets the feed end, so loading finishes.
    func release() throws {
        guard FileManager.default.createFile(atPath: folder + "/release", contents: nil) else {
            throw HarnessError("could not create \(folder)/release")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
