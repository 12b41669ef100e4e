import FuzzSupport
import ParleyDraft
import ParleyModel

/// Drafts arbitrary bytes as an article: every piece of every quotation lies inside the text,
/// the draft's YAML carries no raw control character, and it loads as a dossier.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = ArticleText.read(bytes: FuzzDriver.bytes(start, count))
    let draft = ArticleDrafter.draft(text)
    for quote in draft.quotes {
        for piece in quote.pieces where piece.lowerBound < 0 || piece.upperBound > text.scalars.count || piece.isEmpty {
            fatalError("a piece outside the text: \(piece) of \(text.scalars.count)")
        }
    }
    let article = DraftedArticle(file: "fuzz.txt", draft: draft, overrides: ArticleMetadata(date: Day("2031-01-01")))
    let yaml = DossierDraft(articles: [article]).yaml()
    if FuzzDriver.hasRawControl(yaml) { fatalError("a raw control character in the YAML") }
    do {
        _ = try DossierLoader.load(yaml: yaml, file: "fuzz.yaml")
    } catch {
        fatalError("the draft does not load: \(error)")
    }
    _ = DraftJSON.document([article]).serialized()
    return 0
}

@_cdecl("FuzzArticleDraft_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
