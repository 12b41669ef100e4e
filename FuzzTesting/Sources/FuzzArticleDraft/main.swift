import ParleyDraft
import ParleyModel

/// Drafts arbitrary bytes as an article and checks what no input may break: every piece of
/// every quotation lies inside the text, the draft's YAML carries no raw control character,
/// and it loads as a dossier.
func fuzzOne(_ bytes: [UInt8]) {
    let text = ArticleText.read(bytes: bytes)
    let draft = ArticleDrafter.draft(text)
    for quote in draft.quotes {
        for piece in quote.pieces where piece.lowerBound < 0 || piece.upperBound > text.scalars.count || piece.isEmpty {
            fatalError("a piece outside the text: \(piece) of \(text.scalars.count)")
        }
    }
    let article = DraftedArticle(file: "fuzz.txt", draft: draft, overrides: ArticleMetadata(date: Day("2031-01-01")))
    let yaml = DossierDraft(articles: [article], today: Day("2031-01-01")!).yaml()
    if yaml.unicodeScalars.contains(where: { VisibleText.isUnsafe($0) && $0 != "\n" }) { fatalError("a raw control character in the YAML") }
    do {
        _ = try DossierLoader.load(yaml: yaml, file: "fuzz.yaml")
    } catch {
        fatalError("the draft does not load: \(error)")
    }
    _ = DraftJSON.document([article]).serialized()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

/// libFuzzer's driver, run from this target's entry point (SwiftPM points `main` here).
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("FuzzArticleDraft_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { start, size in testOneInput(start, size) }
}
