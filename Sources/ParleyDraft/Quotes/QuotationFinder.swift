/// Finds the quotation spans of an article's body, whatever marks its publisher uses.
///
/// Works paragraph by paragraph, tracking only the outermost quotation: inside it, marks of
/// another family are a quote within the quote and cannot end it. A paragraph that ends
/// inside a quotation continues into the next when that one opens with the same mark (the
/// news convention for long quotations). Two quotations of one paragraph separated only by a
/// short attribution ("“We need guarantees,” Ryabkov said, “and we need them now.”") are one.
public enum QuotationFinder {
    public static func spans(_ tokens: [ArticleToken], lexicon: Lexicon = .standard) -> [QuotationSpan] {
        var spans: [QuotationSpan] = []
        var carried: QuotationSpan?
        for paragraph in paragraphRanges(tokens) {
            var index = paragraph.lowerBound
            let lastCloser = lastSingleCloser(tokens, paragraph)
            if var open = carried {
                carried = nil
                if index < paragraph.upperBound, opens(tokens, index, paragraph) == open.family {
                    // The quotation runs on: this paragraph's opening mark continues it.
                    let (piece, next) = scanPiece(tokens, from: index, family: open.family, paragraph: paragraph, lastCloser: lastCloser)
                    if let piece { open.pieces.append(piece) }
                    index = next
                    if piece?.closing == nil, next >= paragraph.upperBound {
                        carried = open
                        continue
                    }
                }
                spans.append(open)
            }
            while index < paragraph.upperBound {
                guard let family = opens(tokens, index, paragraph) else {
                    index += 1
                    continue
                }
                let (piece, next) = scanPiece(tokens, from: index, family: family, paragraph: paragraph, lastCloser: lastCloser)
                index = next
                guard let piece else { continue }
                let span = QuotationSpan(pieces: [piece], family: family, interruptions: [])
                if piece.closing == nil {
                    carried = span
                } else {
                    spans.append(span)
                }
            }
        }
        if let carried { spans.append(carried) }
        return trimmingFinalCommas(joinInterrupted(spans, tokens, lexicon: lexicon), tokens)
    }

    /// ArticleToken index ranges of each paragraph.
    static func paragraphRanges(_ tokens: [ArticleToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index > 0 && tokens[index].paragraph != tokens[index - 1].paragraph {
            ranges.append(start..<index)
            start = index
        }
        if !tokens.isEmpty { ranges.append(start..<tokens.count) }
        return ranges
    }

    /// The family of quotation the mark at `index` opens, if it can open one.
    static func opens(_ tokens: [ArticleToken], _ index: Int, _ paragraph: Range<Int>) -> QuotationMark.Family? {
        let token = tokens[index]
        guard let mark = token.mark else { return nil }
        switch mark.role {
        case .opening:
            return mark.family
        case .closing:
            return nil
        case .either:
            // A straight mark opens when it leans on the word after it.
            guard !token.spaceAfter, index + 1 < paragraph.upperBound else { return nil }
            let before = index > paragraph.lowerBound ? tokens[index - 1] : nil
            let leansRight = token.spaceBefore || before.map { $0.kind == .punctuation && "([{—–-/".contains($0.text) || $0.mark != nil } ?? true
            if leansRight { return mark.family }
            return mark.family == .double ? .double : nil
        }
    }

    /// The last mark of a paragraph that could close a single-mark quotation (leaning on the
    /// word before it), so that deciding about each apostrophe does not rescan the paragraph.
    static func lastSingleCloser(_ tokens: [ArticleToken], _ paragraph: Range<Int>) -> Int? {
        paragraph.last { tokens[$0].mark?.family == .single && tokens[$0].mark?.role != .opening && !tokens[$0].spaceBefore }
    }

    /// True when the mark at `index` closes an open quotation of `family`.
    static func closes(_ tokens: [ArticleToken], _ index: Int, family: QuotationMark.Family, paragraph: Range<Int>, lastSingleCloser: Int?) -> Bool {
        let token = tokens[index]
        guard let mark = token.mark, mark.family == family, mark.role != .opening else { return false }
        if mark.role == .either, family == .single, token.spaceBefore { return false }
        guard family == .single else { return true }
        // "the allies’ position": a plural's apostrophe, unless no other mark could close.
        if !token.spaceBefore, token.spaceAfter, index > paragraph.lowerBound, index + 1 < paragraph.upperBound,
           tokens[index - 1].isWord, tokens[index - 1].text.last == "s" || tokens[index - 1].text.last == "S",
           tokens[index + 1].isWord, !tokens[index + 1].isCapitalized {
            return (lastSingleCloser ?? index) <= index
        }
        return true
    }

    /// Reads one piece from its opening mark at `start`; returns it and where to carry on.
    static func scanPiece(_ tokens: [ArticleToken], from start: Int, family: QuotationMark.Family, paragraph: Range<Int>, lastCloser: Int?) -> (QuotationSpan.Piece?, Int) {
        var index = start + 1
        while index < paragraph.upperBound {
            if closes(tokens, index, family: family, paragraph: paragraph, lastSingleCloser: lastCloser) {
                return (piece(tokens, opening: start, contents: (start + 1)..<index, closing: index), index + 1)
            }
            index += 1
        }
        return (piece(tokens, opening: start, contents: (start + 1)..<paragraph.upperBound, closing: nil), paragraph.upperBound)
    }

    private static func piece(_ tokens: [ArticleToken], opening: Int, contents: Range<Int>, closing: Int?) -> QuotationSpan.Piece? {
        // Only words make a quotation: marks with nothing (or only punctuation) between are not one.
        guard contents.contains(where: { tokens[$0].isWord }) else { return nil }
        let range = tokens[contents.lowerBound].range.lowerBound..<tokens[contents.upperBound - 1].range.upperBound
        return QuotationSpan.Piece(range: range, tokens: contents, opening: opening, closing: closing)
    }

    /// Joins quotations of one paragraph that only an attribution separates.
    static func joinInterrupted(_ spans: [QuotationSpan], _ tokens: [ArticleToken], lexicon: Lexicon) -> [QuotationSpan] {
        var joined: [QuotationSpan] = []
        for span in spans {
            guard var previous = joined.last, previous.family == span.family,
                  let closing = previous.pieces.last?.closing,
                  tokens[closing].paragraph == tokens[span.firstToken].paragraph,
                  isInterruption(tokens, (closing + 1)..<span.firstToken, before: previous.pieces[previous.pieces.count - 1], lexicon: lexicon) else {
                joined.append(span)
                continue
            }
            previous.interruptions.append((closing + 1)..<span.firstToken)
            previous.pieces.append(contentsOf: span.pieces)
            previous.interruptions.append(contentsOf: span.interruptions)
            joined[joined.count - 1] = previous
        }
        return joined
    }

    /// True when the tokens between two quotations are only a short attribution that leaves
    /// the sentence open: a speech verb, no full stop, and a comma, colon or dash at the end.
    static func isInterruption(_ tokens: [ArticleToken], _ gap: Range<Int>, before piece: QuotationSpan.Piece, lexicon: Lexicon) -> Bool {
        guard !gap.isEmpty, let lastWord = tokens[piece.tokens].last, !lastWord.endsSentence else { return false }
        let words = gap.filter { tokens[$0].isWord }
        guard !words.isEmpty, words.count <= 12, !gap.contains(where: { tokens[$0].endsSentence || tokens[$0].mark != nil }) else { return false }
        let last = tokens[gap.upperBound - 1]
        guard last.text == "," || last.text == ":" || last.isDash || last.text == ";" else { return false }
        // The first part hands over with a comma or a dash ("“We need guarantees,” he said,"), not
        // with words ("‘Iron Viktor’ by colleagues, added:").
        let first = tokens[gap.lowerBound]
        guard ["," , "…", "...", "—", "–", "--"].contains(lastWord.text) || first.text == "," || first.isDash else { return false }
        // "“A,” she said, adding later, “B.”": two statements, not one interrupted.
        let verbs = words.filter { lexicon.speechVerbs.contains(tokens[$0].lowered) }
        if verbs.count > 1 || words.contains(where: { Self.separateStatementWords.contains(tokens[$0].lowered) }) { return false }
        return !verbs.isEmpty || words.indices.dropLast().contains {
            lexicon.phrasalSpeechVerbs.contains(tokens[words[$0]].lowered + " " + tokens[words[$0 + 1]].lowered)
        }
    }

    /// Words in an attribution that say the next words were said at another moment.
    static let separateStatementWords: Set<String> = ["later", "then", "afterward", "afterwards", "subsequently", "earlier", "also", "again", "before", "after"]

    /// A quotation's final comma belongs to the sentence around it, not to the words quoted.
    static func trimmingFinalCommas(_ spans: [QuotationSpan], _ tokens: [ArticleToken]) -> [QuotationSpan] {
        spans.map { span in
            var span = span
            var last = span.pieces[span.pieces.count - 1]
            var contents = last.tokens
            while contents.count > 1, let final = contents.last.map({ tokens[$0] }), final.kind == .punctuation, final.text == "," || final.text == ";" {
                contents = contents.lowerBound..<(contents.upperBound - 1)
            }
            last.range = last.range.lowerBound..<tokens[contents.upperBound - 1].range.upperBound
            span.pieces[span.pieces.count - 1] = last
            return span
        }
    }
}
