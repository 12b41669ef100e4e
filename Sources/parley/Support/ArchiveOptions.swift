import ArgumentParser
import Foundation
import ParleyArchive
import ParleyModel
import ParleySystem

/// The `--quotes FILE` option (repeatable): Quotebank archives searched beside the dossier.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .customLong("quotes"), help: ArgumentHelp("A quote archive to search beside the dossier: Quotebank JSON Lines, an index built by `parley archive build`, or a postgresql:// database it loaded (repeatable).", valueName: "FILE"))
    var files: [String] = []

    /// Opens every archive named, with a progress bar on a terminal when loading takes a while.
    ///
    /// Damaged lines are reported (the first few, then a count). A file that cannot be read
    /// ends the command with 66, an index that is damaged or not parley's with 65.
    func load() throws -> [any ArchiveStore] {
        var archives: [any ArchiveStore] = []
        for path in files {
            let bar = ProgressBar(file: path, enabled: Console.errorIsTerminal)
            let loaded: OpenedArchive
            do {
                loaded = try ArchiveEngine.open(path) { bar.update($0) }
            } catch {
                bar.finish()
                throw fail(error)
            }
            bar.finish()
            for warning in loaded.warnings { Console.error(VisibleText.escaped(warning.description)) }
            let unreported = loaded.skippedLines - loaded.warnings.count
            if unreported > 0 {
                Console.error("\(VisibleText.escaped(path)): warning: \(unreported) more damaged line\(unreported == 1 ? "" : "s") skipped (\(loaded.skippedLines) in all)")
            }
            archives.append(loaded.store)
        }
        return archives
    }

    /// Refuses (66) a file named that cannot be read, without opening any archive: for the
    /// dashboard, which opens them in the background once it is up, and for the commands
    /// that take `--quotes` like every other but show nothing from an archive.
    func checkReadable() throws {
        for path in files where !ArchiveEngine.holding(path).isDatabase && access(path, R_OK) != 0 {
            Console.error("parley: \(VisibleText.escaped(path)): \(FileReader.reason(errno))")
            throw ExitStatus.noInput
        }
    }
}
