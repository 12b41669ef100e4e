/// Splits body paragraphs into words, punctuation and quotation marks.
///
/// The work here is telling an apostrophe from a single quotation mark: one between letters
/// ("don't", "Russia’s") or before a year's digits ("’90s") belongs to the word; every other
/// `'` and `’` is a mark, and the quotation finder decides what it closes. Two straight
/// apostrophes or two backticks in a row are the typewriter's double marks.
public enum ArticleTokenizer {
    /// Abbreviations whose full stop belongs to the word and does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov", "st", "jr", "sr",
        "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "rev", "adm", "sgt", "amb", "inc", "ltd", "co", "corp", "mt", "ft", "pres", "dept", "approx", "mme", "cmdr", "del", "atty", "supt",
    ]

    public static func tokens(_ text: ArticleText, paragraphs: [Paragraph]) -> [ArticleToken] {
        var tokens: [ArticleToken] = []
        for (number, paragraph) in paragraphs.enumerated() {
            tokenize(text.scalars, paragraph.range, paragraph: number, into: &tokens)
        }
        return tokens
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The text of some scalars; ASCII (most words) is copied byte for byte.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (offset, scalar) in scalars.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
                return scalars.count
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// Whitespace, checked without Unicode tables for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func tokenize(_ s: [Unicode.Scalar], _ range: Range<Int>, paragraph: Int, into tokens: inout [ArticleToken]) {
        var index = range.lowerBound
        let end = range.upperBound
        func at(_ position: Int) -> Unicode.Scalar? {
            position >= range.lowerBound && position < end ? s[position] : nil
        }
        func isSpace(_ position: Int) -> Bool {
            guard let scalar = at(position) else { return true }
            return Self.isSpace(scalar)
        }
        func emit(_ kind: ArticleToken.Kind, _ start: Int, _ stop: Int) {
            tokens.append(ArticleToken(kind: kind, range: start..<stop, text: Self.string(s[start..<stop]), spaceBefore: isSpace(start - 1), spaceAfter: isSpace(stop), paragraph: paragraph))
        }
        while index < end {
            let scalar = s[index]
            if Self.isSpace(scalar) {
                index += 1
                continue
            }
            let next = at(index + 1)
            switch scalar {
            case "\"", "“", "”", "„", "«", "»", "‹", "›", "`", "‘", "’", "'":
                if let word = apostropheWord(s, index, range) {
                    // An apostrophe opening a word ("’90s", "'22"): part of the word.
                    let stop = wordEnd(s, from: word, end)
                    emit(.word, index, stop)
                    index = stop
                    continue
                }
                if (scalar == "'" && next == "'") || (scalar == "`" && next == "`") {
                    // ``` `` ``` only opens; two apostrophes face either way, as the New York
                    // Times writes them on both sides (`''like this,'' he said`).
                    emit(.mark(QuotationMark(.double, scalar == "'" ? .either : .opening)), index, index + 2)
                    index += 2
                    continue
                }
                let mark: QuotationMark
                switch scalar {
                case "“", "„": mark = QuotationMark(.double, .opening)
                case "”":
                    // A closing mark typed where an opening one belongs: at the start of a
                    // paragraph or after a space, leaning on the word after it (”Fear. I am…”).
                    let opensParagraph = index == range.lowerBound || isSpace(index - 1)
                    let leansRight = next.map { isLetter($0) } ?? false
                    mark = QuotationMark(.double, opensParagraph && leansRight ? .opening : .closing)
                case "\"": mark = QuotationMark(.double, .either)
                case "«", "‹": mark = QuotationMark(.guillemet, .opening)
                case "»", "›": mark = QuotationMark(.guillemet, .closing)
                case "‘", "`": mark = QuotationMark(.single, .opening)
                case "’": mark = QuotationMark(.single, .closing)
                default: mark = QuotationMark(.single, .either)
                }
                emit(.mark(mark), index, index + 1)
                index += 1
            default:
                if isLetter(scalar) {
                    let stop = wordEnd(s, from: index, end)
                    emit(.word, index, stop)
                    index = stop
                } else if scalar == "-" && next == "-" {
                    var stop = index + 2
                    while stop < end, s[stop] == "-" { stop += 1 }
                    emit(.punctuation, index, stop)
                    index = stop
                } else if scalar == "." && next == "." && at(index + 2) == "." {
                    emit(.punctuation, index, index + 3)
                    index += 3
                } else if (scalar == "?" || scalar == "!") && (next == "!" || next == "?") {
                    emit(.punctuation, index, index + 2)
                    index += 2
                } else {
                    emit(.punctuation, index, index + 1)
                    index += 1
                }
            }
        }
    }

    /// Where an apostrophe at `index` begins a word (before digits, as in "’90s"), the word's start.
    private static func apostropheWord(_ s: [Unicode.Scalar], _ index: Int, _ range: Range<Int>) -> Int? {
        let scalar = s[index]
        guard scalar == "’" || scalar == "'" || scalar == "‘" else { return nil }
        let before = index > range.lowerBound ? s[index - 1] : " "
        guard !isLetter(before), index + 2 < range.upperBound, isDigit(s[index + 1]), isDigit(s[index + 2]) else { return nil }
        // "’90s", "the '22 vote", "in '22."
        let after = index + 3 < range.upperBound ? s[index + 3] : " "
        return after == "s" || after == "," || after == "." || after == " " ? index : nil
    }

    /// The end of the word starting at `start`: letters and digits, joined by apostrophes,
    /// hyphens, and the points of abbreviations and numbers.
    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int, _ end: Int) -> Int {
        var index = start
        if index < end, s[index] == "’" || s[index] == "'" || s[index] == "‘" { index += 1 }
        while index < end {
            let scalar = s[index]
            if isLetter(scalar) || scalar == "\u{00AD}" || scalar.properties.generalCategory == .nonspacingMark {
                index += 1
                continue
            }
            let next = index + 1 < end ? s[index + 1] : " "
            switch scalar {
            case "'", "’":
                // Inside a word ("don't", "Russia’s"), but not a closing mark after a word.
                guard index > start, isLetter(s[index - 1]), isLetter(next) else { return index }
                index += 1
            case "-", "‑", "/":
                guard isLetter(next), index > start else { return index }
                index += 1
            case ".", ",":
                let before = s[index - 1]
                if isDigit(before), isDigit(next) {
                    // "7.5", "100,000"
                    index += 1
                } else if scalar == ".", isLetter(next), next.properties.isUppercase || next.properties.isLowercase, index + 2 <= end,
                          isInitialism(s, segmentStart(s, start, index), index) {
                    // "U.S.", "a.m.": single letters joined by points.
                    index += 1
                } else if scalar == "." {
                    let word = String(String.UnicodeScalarView(s[start..<index])).lowercased()
                    let letters = s[start..<index].filter { $0.properties.isAlphabetic }.count
                    let segment = segmentStart(s, start, index)
                    if abbreviations.contains(word) || (letters == 1 && s[start].properties.isUppercase) || isInitialism(s, segment, index) && index - segment >= 3 {
                        // "Mr.", "J." (an initial), the last point of "U.S.".
                        return index + 1
                    }
                    return index
                } else {
                    return index
                }
            default:
                return index
            }
        }
        return index
    }

    /// Where the part of a word after its last hyphen begins ("D-N.Y": at "N"), so that
    /// initials after a party's letter ("(D-N.Y.)") are read as initials.
    private static func segmentStart(_ s: [Unicode.Scalar], _ start: Int, _ point: Int) -> Int {
        var index = point
        while index > start, s[index - 1] != "-" { index -= 1 }
        return index
    }

    /// True when `s[start..<point]` is single letters joined by points ("U", "U.S").
    private static func isInitialism(_ s: [Unicode.Scalar], _ start: Int, _ point: Int) -> Bool {
        var index = start
        var letters = 0
        while index < point {
            guard s[index].properties.isAlphabetic else { return false }
            letters += 1
            index += 1
            if index < point {
                guard s[index] == "." else { return false }
                index += 1
            }
        }
        return letters >= 1 && (point - start == 1 || letters >= 2)
    }
}
