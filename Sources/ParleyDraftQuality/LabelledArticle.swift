/// An article of the draft evaluation set, with every direct quotation marked by hand.
///
/// The file format: header lines `%% key: value` (`style:`, `marks:`, and `qN: SPEAKER` for
/// each quotation, `-` when the article names nobody, `| partial` for a fragment), a blank
/// line, then the article with each run of quoted words wrapped as `⟦N:words⟧`. The
/// markers are removed to give the article's text; their positions give the gold spans.
public struct LabelledArticle: Sendable {
    /// One quotation as labelled.
    public struct Quote: Sendable, Equatable {
        public var number: Int
        /// Scalar ranges of its pieces in `text`.
        public var pieces: [Range<Int>]
        /// The full name of the speaker; nil when the article does not name one.
        public var speaker: String?
        public var partial: Bool
    }

    public var name: String
    public var style: String
    public var marks: String
    public var text: String
    public var quotes: [Quote]

    /// Why a labelled file cannot be read.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public static func parse(_ source: String, name: String) throws(Problem) -> LabelledArticle {
        var style = "", marks = ""
        var speakers: [Int: (String?, Bool)] = [:]
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.first, line.hasPrefix("%% ") {
            lines = lines.dropFirst()
            let entry = line.dropFirst(3)
            guard let colon = entry.firstIndex(of: ":") else { throw Problem(description: "\(name): header line without a colon: \(line)") }
            let key = entry[..<colon].trimmingCharacters(in: " ")
            let value = entry[entry.index(after: colon)...].trimmingCharacters(in: " ")
            switch key {
            case "style": style = value
            case "marks": marks = value
            default:
                guard key.hasPrefix("q"), let number = Int(key.dropFirst()) else { throw Problem(description: "\(name): unknown header '\(key)'") }
                let parts = value.split(separator: "|").map { $0.trimmingCharacters(in: " ") }
                let speaker = parts[0] == "-" ? nil : parts[0]
                speakers[number] = (speaker, parts.dropFirst().contains("partial"))
            }
        }
        guard !style.isEmpty else { throw Problem(description: "\(name): no style") }
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        let body = lines.joined(separator: "\n")

        var text = String.UnicodeScalarView()
        var pieces: [Int: [Range<Int>]] = [:]
        var open: (number: Int, start: Int)?
        var scalars = Array(body.unicodeScalars)[...]
        var count = 0
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "⟦" {
                guard open == nil else { throw Problem(description: "\(name): a marker opens inside another") }
                var digits = ""
                while let next = scalars.first, next != ":" {
                    digits.unicodeScalars.append(next)
                    scalars = scalars.dropFirst()
                }
                scalars = scalars.dropFirst()
                guard let number = Int(digits) else { throw Problem(description: "\(name): marker without a number") }
                open = (number, count)
            } else if scalar == "⟧" {
                guard let current = open else { throw Problem(description: "\(name): a marker closes that never opened") }
                pieces[current.number, default: []].append(current.start..<count)
                open = nil
            } else {
                text.append(scalar)
                count += 1
            }
        }
        guard open == nil else { throw Problem(description: "\(name): a marker never closes") }
        guard Set(pieces.keys) == Set(speakers.keys) else {
            throw Problem(description: "\(name): quotations \(pieces.keys.sorted()) but headers for \(speakers.keys.sorted())")
        }
        let quotes = pieces.keys.sorted().map { number in
            Quote(number: number, pieces: pieces[number] ?? [], speaker: speakers[number]?.0, partial: speakers[number]?.1 ?? false)
        }
        let ordered = quotes.sorted { $0.pieces[0].lowerBound < $1.pieces[0].lowerBound }
        guard ordered.map(\.number) == quotes.map(\.number) else { throw Problem(description: "\(name): quotations are not numbered in the order they appear") }
        return LabelledArticle(name: name, style: style, marks: marks, text: String(text), quotes: quotes)
    }
}

extension StringProtocol {
    func trimmingCharacters(in characters: String) -> String {
        var view = Substring(self)
        while let first = view.first, characters.contains(first) { view = view.dropFirst() }
        while let last = view.last, characters.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
