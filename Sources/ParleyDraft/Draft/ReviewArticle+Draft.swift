import ParleyModel

extension ReviewArticle {
    /// A drafted article as the review screen shows it: its text with paragraphs reflowed,
    /// each quotation at its place in it, and the people it names.
    ///
    /// - Parameter sourceFile: the article's path relative to the dossier's folder, for its
    ///   source's `file:`; nil when the article has no file of its own (standard input).
    public init(drafted article: DraftedArticle, sourceFile: String?) {
        let scalars = article.draft.text.scalars
        // A line break inside a paragraph becomes a space, so the text wraps to the pane; a
        // blank line still parts paragraphs. One scalar for one, so offsets stay where they were.
        // A CR is read past, so a file with CR LF line ends keeps its paragraphs too.
        func isBreak(_ index: Int, step: Int) -> Bool {
            var at = index + step
            while at >= 0, at < scalars.count, scalars[at] == "\r" { at += step }
            return at >= 0 && at < scalars.count && scalars[at] == "\n"
        }
        var view = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let lone = scalar == "\n" && !isBreak(index, step: -1) && !isBreak(index, step: 1)
            view.append(lone || scalar == "\r" ? " " : scalar)
        }
        let text = String(view)
        // The character each scalar belongs to: ranges are kept in characters, as drawn.
        var characterOf: [Int] = []
        characterOf.reserveCapacity(scalars.count + 1)
        for (index, character) in text.enumerated() {
            for _ in character.unicodeScalars { characterOf.append(index) }
        }
        let count = text.count
        func characters(_ range: Range<Int>) -> Range<Int> {
            guard !range.isEmpty, range.lowerBound < characterOf.count else {
                let at = range.lowerBound < characterOf.count ? characterOf[max(0, range.lowerBound)] : count
                return at..<at
            }
            return characterOf[range.lowerBound]..<(characterOf[min(range.upperBound, characterOf.count) - 1] + 1)
        }
        var people = article.draft.people
        var items: [ReviewItem] = []
        for quote in article.draft.quotes {
            let speaker = quote.speaker
            let named = speaker?.name != nil && (speaker?.kind == .person || speaker?.kind == .institution)
            if let speaker, let name = speaker.name, named, !people.contains(where: { $0.name == name }) {
                people.append(Person(name: name, role: speaker.role, isBody: speaker.kind == .institution))
            }
            items.append(
                ReviewItem(
                    pieces: quote.pieceTexts(in: article.draft.text), ranges: quote.pieces.map(characters),
                    speaker: named ? speaker?.name : nil, role: speaker?.role,
                    speakerIsBody: speaker?.kind == .institution, mention: speaker?.mention,
                    mentionRange: speaker.map { characters($0.range) }, cue: quote.cue,
                    date: article.day(of: quote) ?? article.placeholderDay(of: quote) ?? DossierDraft.placeholderDate,
                    unsettledDate: article.unsettledDay(of: quote), partial: quote.partial,
                    confidence: quote.confidence, reason: quote.reason))
        }
        self.init(
            file: article.file, text: text, title: article.title, outlet: article.outlet, date: article.date,
            url: article.url, sourceFile: sourceFile, people: people, items: items)
    }
}
