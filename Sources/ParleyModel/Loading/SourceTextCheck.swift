import ParleyYAML

/// Checks that sources' files exist and that each quote citing such a source appears in its text.
enum SourceTextCheck {
    static func check(_ dossier: Dossier, root: YAMLNode, texts: any SourceTextProvider, reader: inout NodeReader) {
        let marks = Marks(root: root)
        for source in dossier.sources {
            guard let file = source.file else { continue }
            let text: String
            switch texts.text(of: file) {
            case let .success(read):
                text = read
            case let .failure(failure):
                let reason: String
                switch failure {
                case let .unreadable(why): reason = why
                case .tooLarge: reason = "larger than 64 MiB"
                }
                reader.error("source file '\(file)' of source '\(source.id)' cannot be read (\(texts.location(of: file)): \(reason))", at: marks.fileMarks[source.id])
                continue
            }
            let haystack = normalized(text)
            for quote in dossier.quotes where quote.source == source.id {
                // Pieces are looked for one by one: what interrupts them is the article's, not the speaker's.
                guard let missing = quote.runs.firstIndex(where: { !haystack.contains(normalized($0)) }) else { continue }
                if quote.pieces.isEmpty {
                    reader.warning("quote '\(quote.id)' does not appear verbatim in '\(file)', the text of source '\(source.id)'", at: marks.quoteTextMarks[quote.id])
                } else {
                    let mark = marks.pieceMarks[quote.id].flatMap { $0.indices.contains(missing) ? $0[missing] : nil } ?? marks.quoteTextMarks[quote.id]
                    reader.warning("piece \(missing + 1) of quote '\(quote.id)' does not appear verbatim in '\(file)', the text of source '\(source.id)'", at: mark)
                }
            }
        }
    }

    /// Text with runs of white space collapsed and typographic quotes made straight, so line
    /// breaks and curly quotes in the source do not make a faithful quote look altered.
    static func normalized(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            switch character {
            case "\u{2018}", "\u{2019}": result.append("'")
            case "\u{201C}", "\u{201D}": result.append("\"")
            default: result.append(character)
            }
        }
        return result
    }

    /// Where sources' `file` values and quotes' `text` values are written, found again in the tree.
    private struct Marks {
        var fileMarks: [String: YAMLMark] = [:]
        var quoteTextMarks: [String: YAMLMark] = [:]
        var pieceMarks: [String: [YAMLMark]] = [:]

        init(root: YAMLNode) {
            collect(root["sources"], valueKey: "file", into: &fileMarks)
            collect(root["quotes"], valueKey: "text", into: &quoteTextMarks)
            if case let .sequence(quotes)? = root["quotes"] {
                for quote in quotes {
                    guard let id = quote["id"]?.string, case let .sequence(pieces)? = quote["pieces"] else { continue }
                    pieceMarks[id] = pieces.compactMap(\.mark)
                }
            }
        }

        private func collect(_ list: YAMLNode?, valueKey: String, into marks: inout [String: YAMLMark]) {
            guard case let .sequence(sequence)? = list else { return }
            for entry in sequence {
                if let id = entry["id"]?.string, let mark = entry[valueKey]?.mark { marks[id] = mark }
            }
        }
    }
}
