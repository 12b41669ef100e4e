import Foundation

/// One article of PolNeAR (the Political News Attribution Relations corpus) with its labelled
/// attributions: the brat standoff files its compartments hold, read into scalar ranges.
///
/// The corpus is kept outside the repository (`../shared/eval/polnear/`): it is read here to
/// measure the drafter and to train its scorer, and no text or label of it enters the project.
public struct PolnearArticle: Sendable {
    /// One labelled attribution: what was said, who said it and the words that say so.
    public struct Attribution: Sendable, Hashable {
        /// The content's spans (scalar offsets into the text); several when interrupted.
        public var content: [Range<Int>]
        /// The source's spans as written ("he", "Mr. Putin", "the Kremlin"); empty when unlabelled.
        public var source: [Range<Int>]
        /// The source as written.
        public var sourceText: String?
        /// The cue's spans ("said", "told reporters").
        public var cue: [Range<Int>]
        /// True when the content holds a quotation mark: a direct or mixed quotation.
        public var isDirect: Bool
    }

    /// The file's name without `.txt` ("nyt_2016-02-01_…").
    public var name: String
    /// The publisher, from the name ("nyt", "wash-post").
    public var publisher: String
    public var text: String
    public var attributions: [Attribution]

    /// The marks that make a content a direct quotation, as the project's scorer counts them.
    static let marks = ["\"", "\u{201C}", "\u{201D}", "''", "``"]

    /// Reads one compartment ("train", "dev") of the corpus folder: every article with the
    /// first annotator's labels (the first `.ann` in name order), in name order.
    public static func compartment(_ name: String, in folder: String) throws -> [PolnearArticle] {
        let base = folder + "/" + name
        let annotations = try FileManager.default.contentsOfDirectory(atPath: base + "/attributions").filter { $0.hasSuffix(".ann") }.sorted()
        var seen = Set<String>()
        var articles: [PolnearArticle] = []
        for file in annotations {
            // "…_5fec.ann": the stem before the annotator's id.
            guard let underscore = file.dropLast(4).lastIndex(of: "_") else { continue }
            let stem = String(file[..<underscore])
            guard seen.insert(stem).inserted else { continue }
            let text = try String(contentsOfFile: base + "/text/" + stem + ".txt", encoding: .utf8)
            let labels = try String(contentsOfFile: base + "/attributions/" + file, encoding: .utf8)
            articles.append(PolnearArticle(name: stem, text: text, annotations: labels))
        }
        return articles
    }

    public init(name: String, text: String, annotations: String) {
        self.name = name
        self.text = text
        publisher = name.split(separator: "_").first.map(String.init) ?? name
        attributions = Self.parse(annotations)
    }

    /// Brat standoff: `T` lines are spans ("T3\tContent 25 53;60 70\ttext"), `E` lines tie
    /// them into one attribution ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1").
    static func parse(_ annotations: String) -> [Attribution] {
        var spans: [String: (ranges: [Range<Int>], text: String)] = [:]
        var events: [[String: String]] = []
        for line in annotations.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            if line.hasPrefix("T"), fields.count == 3 {
                let description = fields[1].split(separator: " ", maxSplits: 1)
                guard description.count == 2 else { continue }
                var ranges: [Range<Int>] = []
                for part in description[1].split(separator: ";") {
                    let bounds = part.split(separator: " ").compactMap { Int($0) }
                    if bounds.count == 2, bounds[0] <= bounds[1] { ranges.append(bounds[0]..<bounds[1]) }
                }
                spans[String(fields[0])] = (ranges, String(fields[2]))
            } else if line.hasPrefix("E"), fields.count >= 2 {
                var roles: [String: String] = [:]
                for part in fields[1].split(separator: " ") {
                    let pair = part.split(separator: ":", maxSplits: 1)
                    if pair.count == 2 { roles[String(pair[0])] = String(pair[1]) }
                }
                events.append(roles)
            }
        }
        return events.compactMap { roles in
            guard let content = roles["Content"].flatMap({ spans[$0] }) else { return nil }
            let source = roles["Source"].flatMap { spans[$0] }
            let cue = roles["Cue"].flatMap { spans[$0] }
            return Attribution(content: content.ranges, source: source?.ranges ?? [], sourceText: source?.text, cue: cue?.ranges ?? [],
                               isDirect: marks.contains { content.text.contains($0) })
        }
    }
}
