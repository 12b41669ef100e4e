import ParleyDraft
import ParleyModel

extension FuzzCheck {
    /// Drafts the bytes as an article: every piece of every quotation lies inside the text, the
    /// draft's YAML carries no raw control character, and it loads as a dossier.
    public static let articleDraft = FuzzCheck(target: "FuzzArticleDraft") { bytes in
        let text = ArticleText.read(bytes: bytes)
        let draft = ArticleDrafter.draft(text)
        for quote in draft.quotes {
            for piece in quote.pieces
            where piece.lowerBound < 0 || piece.upperBound > text.scalars.count || piece.isEmpty {
                return "a piece outside the text: \(piece) of \(text.scalars.count)"
            }
        }
        let article = DraftedArticle(
            file: "fuzz.txt", draft: draft, overrides: ArticleMetadata(date: Day("2031-01-01")))
        let yaml = DossierDraft(articles: [article]).yaml()
        if hasRawControl(yaml) { return "a raw control character in the YAML" }
        do {
            _ = try DossierLoader.load(yaml: yaml, file: "fuzz.yaml")
        } catch {
            return "the draft does not load: \(error)"
        }
        _ = DraftJSON.document([article]).serialized()
        return nil
    }
}
