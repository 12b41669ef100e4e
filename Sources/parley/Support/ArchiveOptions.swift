#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ParleyModel
import Foundation

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
            let bar = ProgressBar(file: path, enabled: Console.errorIsTerminal)
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
