extension QuoteCollection.Found {
    /// A reviewed quotation as one to add: as the reviewer left it, with its article as source.
    /// A day the article does not settle is written as it stands in, with a TODO beside it.
    public init(reviewed item: ReviewItem, of article: ReviewArticle) {
        self.init(
            text: item.text, speaker: item.speaker, date: item.date, url: article.url, outlet: article.outlet)
        pieces = item.pieces.count > 1 ? item.pieces : []
        context = item.cue
        partial = item.partial
        role = item.role
        speakerIsBody = item.speakerIsBody
        sourceTitle = article.title
        sourceFile = article.sourceFile
        if let unsettled = item.unsettledDate {
            notes.append("TODO: date — \(VisibleText.escaped(unsettled)); \(item.date) stands in")
        }
    }
}
