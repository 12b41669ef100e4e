import ParleyArchiveMemory
import ParleyModel

extension FuzzCheck {
    /// Loads the bytes as a Quotebank archive: every line is kept or skipped with a warning,
    /// and what is kept reads back and searches.
    public static let quotebankLine = FuzzCheck(target: "FuzzQuotebankLine") { input in
        var bytes = input
        let lines = bytes.isEmpty ? 0 : bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        let loaded = bytes.withUnsafeMutableBytes {
            ArchiveLoader.load(bytes: UnsafeRawBufferPointer($0), path: "fuzz.jsonl", chunks: 1)
        }
        if loaded.archive.count + loaded.skippedLines > lines { return "more quotes and skips than lines" }
        for number in 0..<loaded.archive.count { _ = loaded.archive.quote(atPosition: number) }
        if let query = try? QueryParser.parse("the") { _ = loaded.archive.matches(query, isCancelled: { false }) }
        return nil
    }
}
