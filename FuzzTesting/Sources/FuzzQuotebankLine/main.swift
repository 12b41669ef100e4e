import FuzzSupport
import ParleyArchiveMemory
import ParleyModel

/// Loads arbitrary bytes as a Quotebank archive: every line is kept or skipped with a
/// warning, never a crash, and what is kept reads back and searches.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var bytes = FuzzDriver.bytes(start, count)
    let lines = bytes.isEmpty ? 0 : bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    let loaded = bytes.withUnsafeMutableBytes { ArchiveLoader.load(bytes: UnsafeRawBufferPointer($0), path: "fuzz.jsonl", chunks: 1) }
    if loaded.archive.count + loaded.skippedLines > lines { fatalError("more quotes and skips than lines") }
    for number in 0..<loaded.archive.count { _ = loaded.archive.quote(atPosition: number) }
    if let query = try? QueryParser.parse("the") { _ = loaded.archive.matches(query, isCancelled: { false }) }
    return 0
}

@_cdecl("FuzzQuotebankLine_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
