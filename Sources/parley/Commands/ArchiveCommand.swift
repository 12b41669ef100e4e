import ArgumentParser
import ParleyArchive
import ParleyModel
import ParleySystem
import ParleyUI

/// `parley archive`: quote archives kept beyond one process's memory.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Build quote archives that open at once, whatever their size.",
        subcommands: [ArchiveBuildCommand.self]
    )
}

/// `parley archive build FILE... --output INDEX`: Quotebank JSON Lines into an index file.
struct ArchiveBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build an index from Quotebank JSON Lines, for --quotes INDEX.",
        discussion: """
        Reads the files in order (- is standard input; pipes such as <(bzcat quotes-2019.json.bz2) \
        work) into one index. Damaged lines are skipped with a warning. The index is written \
        beside INDEX and renamed into place when complete: an interrupted build leaves nothing \
        at INDEX. With --output postgresql://USER@HOST:PORT/DB the quotes are loaded into that \
        database instead (schema parley), in one transaction.
        """
    )

    @Argument(help: ArgumentHelp("Quotebank JSON Lines files, read in order (- for standard input).", valueName: "FILE"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The index file to write, or a postgresql:// database to load.", valueName: "INDEX"))
    var output: String

    @Flag(name: .long, help: "Replace INDEX if it exists.")
    var force = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one Quotebank file to read (- for standard input).") }
    }

    func run() throws {
        let engine = ArchiveEngine.building(output)
        if !engine.isDatabase { try OutputFile.checkReplaceable(output, force: force, inputs: files) }
        // SIGINT and SIGTERM are held back and looked for between lines, so an interrupted
        // build removes its temporary files before it ends with 128 + the signal.
        var held = sigset_t()
        sigemptyset(&held)
        sigaddset(&held, SIGINT)
        sigaddset(&held, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &held, nil)
        // Each step has its own bar, the first drawn only once the build has taken half a second.
        let reading = ProgressBar(file: files.count == 1 ? files[0] : "\(files.count) files", action: "reading", enabled: Console.errorIsTerminal)
        let shownOutput = engine.shownName(output)
        let indexing = ProgressBar(file: shownOutput, action: "indexing the words of", enabled: Console.errorIsTerminal)
        let start = ContinuousClock.now
        var indexingStart: ContinuousClock.Instant?
        let summary: ArchiveBuildSummary
        do {
            let report = { (step: ArchiveBuildStep) in
                switch step {
                case let .reading(progress):
                    reading.update(progress)
                case let .ranking(quotes):
                    reading.say("ranking \(quotes) quotes, most quoted first")
                case let .indexing(done, total):
                    let now = ContinuousClock.now
                    let stageStart = indexingStart ?? now
                    indexingStart = stageStart
                    indexing.update(ArchiveProgress(stage: .indexing(totalBytes: total), bytes: done, quotes: done,
                                                    elapsed: ArchiveProgress.seconds(from: start, to: now), stageElapsed: ArchiveProgress.seconds(from: stageStart, to: now)))
                case .optimizing:
                    indexing.say("merging the index of \(VisibleText.escaped(shownOutput))")
                }
            }
            let interruption = { () -> Int32? in
                var pending = sigset_t()
                sigpending(&pending)
                if sigismember(&pending, SIGINT) == 1 { return SIGINT }
                if sigismember(&pending, SIGTERM) == 1 { return SIGTERM }
                return nil
            }
            summary = try engine.build(inputs: files, output: output, replace: force, report: report, interruption: interruption)
        } catch {
            reading.finish()
            indexing.finish()
            throw fail(error)
        }
        reading.finish()
        indexing.finish()
        for warning in summary.warnings { Console.error(VisibleText.escaped(warning.description)) }
        let unreported = summary.skippedLines - summary.warnings.count
        if unreported > 0 {
            Console.error("warning: \(unreported) more damaged line\(unreported == 1 ? "" : "s") skipped (\(summary.skippedLines) in all)")
        }
        Console.error("\(VisibleText.escaped(shownOutput)): \(summary.quotes) quote\(summary.quotes == 1 ? "" : "s") indexed")
    }
}
