extension QuoteCollection.Found {
    /// A quote of one dossier (another week of a desk) as one to keep in another: its words
    /// and pieces, speaker, day, cue and source as that dossier gives them. The engagement and
    /// issues are the other week's, so they are left to be chosen again.
    public init(dossierQuote quote: Quote, in dossier: Dossier) {
        let speaker = dossier.speaker(quote.speaker)
        let source = dossier.source(quote.source)
        self.init(text: quote.text, speaker: speaker.name, date: quote.date, url: source?.url, outlet: source?.outlet)
        pieces = quote.pieces
        context = quote.context
        partial = quote.partial
        role = speaker.role
        speakerIsBody = dossier.person(quote.speaker) == nil
        sourceTitle = source?.title
    }
}
