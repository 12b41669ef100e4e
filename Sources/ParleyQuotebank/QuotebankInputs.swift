import ParleyArchive
import ParleyModel
import ParleySystem

/// Quotebank files read one after another for a build, line by line, whatever their size:
/// the one loop every engine's builder shares, so they skip and report the same lines.
package enum QuotebankInputs {
    /// Calls `body` with each good line and its day, in archive order across `inputs` ("-" is
    /// standard input); damaged lines are counted and the first few kept as warnings. A line
    /// `body` cannot store it skips the same way, by throwing `QuotebankLine.Skipped`.
    ///
    /// - Parameter interruption: asked every few thousand lines; a signal number ends the
    ///   reading with an `.interrupted` failure.
    package static func read(
        _ inputs: [String], report: (ArchiveBuildStep) -> Void, interruption: () -> Int32?,
        _ body: (ScannedLine, Day) throws -> Void
    ) throws -> ArchiveBuildSummary {
        var summary = ArchiveBuildSummary()
        // A percentage only when every input is a file, whose size is known.
        var totalBytes: Int? = 0
        for input in inputs {
            var status = stat()
            if input != "-", stat(input, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
                totalBytes = totalBytes.map { $0 + Int(status.st_size) }
            } else {
                totalBytes = nil
            }
        }
        var bytesBefore = 0
        let start = ContinuousClock.now
        var line = ScannedLine()
        for input in inputs {
            let lines: LineStream
            do {
                lines = try LineStream(path: input)
            } catch {
                throw ArchiveBuildFailure(kind: .unreadableInput, message: "parley: \(input): \(error.reason)")
            }
            defer { lines.close() }
            var failure: (any Error)?
            var bytesSeen = 0
            do throws(LineStream.Failure) {
                try lines.forEachLine { content, number, bytesRead in
                    bytesSeen = bytesRead
                    if QuotebankLine.isBlank(content) { return true }
                    let day: Day
                    do throws(QuotebankLine.Skipped) {
                        day = try QuotebankLine.read(content, into: &line)
                    } catch {
                        summary.skippedLines += 1
                        if summary.warnings.count < OpenedArchive.warningsKept {
                            summary.warnings.append(ArchiveWarning(file: input, line: number, message: error.message))
                        }
                        return true
                    }
                    do {
                        try body(line, day)
                    } catch let skipped as QuotebankLine.Skipped {
                        summary.skippedLines += 1
                        if summary.warnings.count < OpenedArchive.warningsKept {
                            summary.warnings.append(ArchiveWarning(file: input, line: number, message: skipped.message))
                        }
                        return true
                    } catch {
                        failure = error
                        return false
                    }
                    let packed = day.packed
                    summary.days = summary.days.map { min($0.lowerBound, packed)...max($0.upperBound, packed) } ?? packed...packed
                    summary.quotes += 1
                    if summary.quotes % 8192 == 0 {
                        if interruption() != nil { return false }
                        let elapsed = ArchiveProgress.seconds(from: start, to: .now)
                        let stage: ArchiveProgress.Stage = totalBytes.map { .indexing(totalBytes: $0) } ?? .reading
                        report(.reading(ArchiveProgress(stage: stage, bytes: bytesBefore + bytesRead, quotes: summary.quotes, elapsed: elapsed, stageElapsed: elapsed)))
                    }
                    return true
                }
            } catch {
                throw ArchiveBuildFailure(kind: .unreadableInput, message: "parley: \(input): \(error.reason)")
            }
            if let failure { throw failure }
            if let signal = interruption() { throw ArchiveBuildFailure.interrupted(signal) }
            bytesBefore += bytesSeen
        }
        return summary
    }
}

extension ArchiveBuildFailure {
    /// The build was stopped by `signal`.
    package static func interrupted(_ signal: Int32) -> ArchiveBuildFailure {
        ArchiveBuildFailure(kind: .interrupted(signal: signal), message: "interrupted: nothing was written")
    }
}
