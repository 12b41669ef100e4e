/// The baseline the draft pipeline is measured against: every span between a pair of
/// quotation marks is a quotation, and its speaker is the nearest run of capitalised words.
///
/// Marks pair simply: `“…”`, `‘…’`, ``` ``…'' ```, `«…»`, and straight `"` in turn; a `'`
/// or `’` between letters is an apostrophe. Nothing is joined, filtered or resolved.
public enum BaselineDrafter {
    public static func quotes(in text: String) -> [FoundQuote] {
        let scalars = Array(text.unicodeScalars)
        var found: [FoundQuote] = []
        var open: (closer: Unicode.Scalar, start: Int)?
        var index = 0
        func isLetter(_ at: Int) -> Bool { at >= 0 && at < scalars.count && scalars[at].properties.isAlphabetic }
        while index < scalars.count {
            let scalar = scalars[index]
            if let current = open {
                if scalar == current.closer, !(current.closer == "’" && isLetter(index - 1) && isLetter(index + 1)) {
                    if index > current.start { found.append(FoundQuote(pieces: [current.start..<index], speaker: nil, partial: false)) }
                    open = nil
                } else if scalar == "'", current.closer == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                    found.append(FoundQuote(pieces: [current.start..<index], speaker: nil, partial: false))
                    open = nil
                    index += 1
                } else if scalar == "\n" {
                    open = nil
                }
            } else {
                switch scalar {
                case "“": open = ("”", index + 1)
                case "\"": open = ("\"", index + 1)
                case "«": open = ("»", index + 1)
                case "‘" where !isLetter(index - 1): open = ("’", index + 1)
                case "'" where !isLetter(index - 1) && isLetter(index + 1): open = ("'", index + 1)
                case "`" where index + 1 < scalars.count && scalars[index + 1] == "`":
                    open = ("'", index + 2)
                    index += 1
                default: break
                }
            }
            index += 1
        }
        // The nearest capitalised run outside the quotation, before or after it.
        let runs = capitalisedRuns(scalars)
        return found.map { quote in
            var quote = quote
            let span = quote.pieces[0]
            let nearest = runs.filter { $0.upperBound <= span.lowerBound - 1 || $0.lowerBound >= span.upperBound + 1 }
                .min { distance($0, span) < distance($1, span) }
            quote.speaker = nearest.map { String(String.UnicodeScalarView(scalars[$0])) }
            return quote
        }
    }

    private static func distance(_ run: Range<Int>, _ span: Range<Int>) -> Int {
        run.upperBound <= span.lowerBound ? span.lowerBound - run.upperBound : run.lowerBound - span.upperBound
    }

    /// Runs of capitalised words ("Julianne Smith", "White House").
    static func capitalisedRuns(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        var current: Range<Int>?
        while index < scalars.count {
            guard scalars[index].properties.isAlphabetic else {
                if scalars[index] != " " || index + 1 >= scalars.count || !scalars[index + 1].properties.isUppercase {
                    if let run = current { runs.append(run) }
                    current = nil
                }
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "-" { index += 1 }
            if scalars[start].properties.isUppercase {
                current = (current?.lowerBound ?? start)..<index
            } else {
                if let run = current { runs.append(run) }
                current = nil
            }
        }
        if let run = current { runs.append(run) }
        return runs
    }
}
