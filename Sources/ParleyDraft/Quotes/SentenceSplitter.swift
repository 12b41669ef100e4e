/// Splits body paragraphs into sentences, treating each quotation as one unit.
///
/// A full stop inside a quotation does not end the sentence around it ("“We need guarantees.
/// Now,” he said." is one sentence); a quotation that ends with a full stop ends its sentence
/// unless its attribution follows ("“Are you serious?” he asked.").
public enum SentenceSplitter {
    public static func sentences(_ tokens: [ArticleToken], coverage: QuoteCoverage, lexicon: Lexicon) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        for paragraph in QuotationFinder.paragraphRanges(tokens) {
            var start = paragraph.lowerBound
            var index = paragraph.lowerBound
            while index < paragraph.upperBound {
                let next = index + 1
                var boundary = false
                if let quote = coverage.quote(at: index) {
                    // The last token of a quotation piece in this paragraph.
                    let endsPiece = next >= paragraph.upperBound || coverage.quote(at: next) != quote
                    if endsPiece, next < paragraph.upperBound {
                        let lastWord = tokens[index].mark != nil ? index - 1 : index
                        if lastWord >= start, tokens[lastWord].endsSentence || tokens[lastWord].text.hasSuffix(".") && tokens[lastWord].isWord && !isAbbreviation(tokens[lastWord]) {
                            boundary = !attributionFollows(tokens, from: next, in: paragraph, lexicon: lexicon)
                        }
                    }
                } else if tokens[index].endsSentence, next < paragraph.upperBound {
                    let following = tokens[next]
                    boundary = following.isCapitalized || following.mark != nil || following.text.first?.isNumber == true
                    if following.mark != nil, let mark = following.mark, mark.role == .closing { boundary = false }
                }
                if boundary {
                    sentences.append(start..<next)
                    start = next
                }
                index = next
            }
            if start < paragraph.upperBound { sentences.append(start..<paragraph.upperBound) }
        }
        return sentences
    }

    private static func isAbbreviation(_ token: ArticleToken) -> Bool {
        let bare = token.text.dropLast().lowercased()
        return ArticleTokenizer.abbreviations.contains(bare) || token.text.count == 2
    }

    /// True when the words after a quotation attribute it ("he said", "Ryabkov told reporters").
    static func attributionFollows(_ tokens: [ArticleToken], from start: Int, in paragraph: Range<Int>, lexicon: Lexicon) -> Bool {
        var index = start
        if index < paragraph.upperBound, tokens[index].text == "," || tokens[index].isDash { index += 1 }
        guard index < paragraph.upperBound, tokens[index].isWord else { return false }
        // A lower-case word goes on with the same sentence ("he said", "said Smith"); a
        // capitalised pronoun starts the next ("“Mediator.” He calls himself…").
        if !tokens[index].isCapitalized { return true }
        if ["He", "She", "They", "It", "We", "I", "The", "This", "That", "But", "And"].contains(tokens[index].text) { return false }
        var seen = 0
        while index < paragraph.upperBound, seen < 8 {
            let token = tokens[index]
            if token.isWord {
                let lowered = token.lowered
                if lexicon.speechVerbs.contains(lowered) { return true }
                seen += 1
            } else if token.text != "," {
                return false
            }
            index += 1
        }
        return false
    }
}
