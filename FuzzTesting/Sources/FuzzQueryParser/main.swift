import FuzzSupport
import ParleyModel

/// Parses arbitrary text as a query and runs it on the bundled week: a malformed query is an
/// error with a column inside the text, a valid one searches without a crash, and every match
/// range it reports lies inside the field it points at.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: FuzzDriver.bytes(start, count), as: UTF8.self)
    let query: SearchQuery
    do {
        query = try QueryParser.parse(text)
    } catch {
        if error.column < 1 || error.column > text.count + 1 { fatalError("an error column outside the query: \(error.column)") }
        return 0
    }
    guard let week = try? BundledDossier.load() else { fatalError("the bundled week does not load") }
    let search = QuoteSearch(dossier: week)
    for match in search.search(query) {
        let quote = search.quotes[match.index]
        for range in match.ranges(in: .text) where range.lowerBound < 0 || range.upperBound > quote.text.count {
            fatalError("a match range outside the quote: \(range)")
        }
    }
    return 0
}

@_cdecl("FuzzQueryParser_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
