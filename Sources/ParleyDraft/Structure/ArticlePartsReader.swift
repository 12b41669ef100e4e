import ParleyModel

/// Sorts an article's paragraphs: headline, byline, date and address lines, captions and
/// credits, and the body, whose first paragraph may open with a dateline
/// ("GENEVA, Jan 10 (Reuters) -", "(CNN) —") naming the outlet.
public enum ArticlePartsReader {
    /// How far into the article the headline and the lines about it may be.
    static let headerParagraphs = 6

    public static func read(_ text: ArticleText, paragraphs: [Paragraph]) -> ArticleParts {
        var metadata = ArticleMetadata()
        var roles: [(Paragraph, ParagraphRole)] = []
        var body: [Paragraph] = []
        var seenBody = false
        var datelineSeen = false
        var bodyBefore = 0
        var headline: String?
        for (index, paragraph) in paragraphs.enumerated() {
            // Captions, credits and lines about the article are short: a long paragraph is body.
            let short = paragraph.range.count <= 600
            let string = short ? text.string(paragraph.range) : ""
            let lowered = string.lowercased()
            var role = ParagraphRole.body
            if !short {
                role = .body
            } else if let url = urlLine(string) {
                role = .url
                if metadata.url == nil { metadata.url = url }
            } else if isBoilerplate(lowered) {
                role = .boilerplate
            } else if isCaption(lowered) {
                role = .caption
            } else if !seenBody, index < headerParagraphs, let byline = byline(string) {
                role = .byline
                metadata.byline = byline.name
                if metadata.outlet == nil, let outlet = byline.outlet { metadata.outlet = outlet }
            } else if index < headerParagraphs + 2, isDateLine(string), let date = DateText.firstDate(in: string) {
                role = .date
                if metadata.date == nil { metadata.date = date }
            } else if headline == nil, !seenBody, index + 1 < paragraphs.count,
                      looksLikeHeadline(string) || index == 0 && looksLikeTitleLine(text, paragraphs: paragraphs) {
                role = .headline
                headline = string
            } else if let headline, string == headline {
                // Pages saved whole often repeat the headline above the story.
                role = .headline
            }
            var kept = paragraph
            if role == .body {
                // The dateline opens the story, which a caption or a standfirst the rules did
                // not recognise may come before: the first three short paragraphs are looked at.
                if !datelineSeen, bodyBefore < 3, let dateline = dateline(text, paragraph) {
                    if metadata.outlet == nil, let outlet = dateline.outlet { metadata.outlet = outlet }
                    kept = Paragraph(range: dateline.bodyStart..<paragraph.range.upperBound)
                    datelineSeen = true
                }
                if paragraph.range.count > 300 { datelineSeen = true }
                bodyBefore += 1
                seenBody = true
                if !kept.range.isEmpty { body.append(kept) }
            }
            roles.append((kept, role))
        }
        metadata.title = headline
        if metadata.date == nil, let first = body.first {
            // Wire datelines and first sentences sometimes carry the full date.
            let opening = text.string(first.range.lowerBound..<min(first.range.upperBound, first.range.lowerBound + 80))
            if let date = DateText.firstDate(in: opening) { metadata.date = date }
        }
        return ArticleParts(metadata: metadata, body: body, roles: roles)
    }

    /// A first line that is a title even though it ends with a full stop, as saved articles
    /// often write it ("Clinton says the race 'is far from over'."): one short line, a blank
    /// line after it, at least two paragraphs more, the next one longer, and not itself a
    /// quotation with its attribution.
    static func looksLikeTitleLine(_ text: ArticleText, paragraphs: [Paragraph]) -> Bool {
        guard paragraphs.count >= 3, let first = paragraphs.first else { return false }
        let range = first.range, next = paragraphs[1].range
        guard range.count <= 160, next.count >= range.count * 3 / 2 else { return false }
        let scalars = text.scalars
        guard !scalars[range].contains(where: { $0 == "\n" || $0 == "\r" }), range.upperBound <= next.lowerBound else { return false }
        let newlines = scalars[range.upperBound..<next.lowerBound].filter { $0 == "\n" }.count
        guard newlines >= 2, let opening = scalars[range].first, !"\"“‘'«„`".unicodeScalars.contains(opening) else { return false }
        return scalars[range.upperBound - 1] == "."
    }

    /// A paragraph that is only an address (optionally labelled "URL:" or "Source:").
    static func urlLine(_ string: String) -> String? {
        var rest = Substring(string)
        for label in ["URL:", "Url:", "Source:", "Link:", "Originally published at"] where rest.hasPrefix(label) {
            rest = rest.dropFirst(label.count).drop { $0 == " " }
        }
        guard rest.hasPrefix("http://") || rest.hasPrefix("https://"), !rest.contains(" ") else { return nil }
        return String(rest)
    }

    static func isCaption(_ lowered: String) -> Bool {
        let openings = ["photo:", "photograph:", "image:", "caption:", "file photo", "pictured:", "picture:", "image caption",
                        "(photo", "video:", "watch:", "graphic:", "media caption", "above:", "top:", "main image:"]
        if openings.contains(where: lowered.hasPrefix) { return true }
        let credits = ["getty images", "reuters/", "/reuters", "ap photo", "afp via getty", "photo by ", "/afp", "afp/", "epa/", "/epa", "credit:", "photograph by", "shutterstock", "(photo:"]
        return credits.contains { lowered.utf8.containsSequence($0.utf8) }
    }

    static func isBoilerplate(_ lowered: String) -> Bool {
        let openings = ["reporting by", "additional reporting", "editing by", "writing by", "(reporting by", "copyright", "all rights reserved",
                        "read more", "related:", "advertisement", "share this", "sign up", "subscribe", "follow us", "click here", "©",
                        "more:", "see also:", "recommended", "this story has been", "this article has been", "correction:"]
        if openings.contains(where: lowered.hasPrefix) { return true }
        return lowered.hasSuffix("contributed to this report.") || lowered.hasSuffix("contributed reporting.")
    }

    /// "By Jane Doe", "By JANE DOE FOR MAILONLINE", "By Jane Doe, Reuters", "By Jane Doe | CNN".
    static func byline(_ string: String) -> (name: String, outlet: String?)? {
        guard string.count <= 120, string.lowercased().hasPrefix("by "), let first = string.dropFirst(3).first, first.isUppercase else { return nil }
        let rest = String(string.dropFirst(3))
        for separator in [" | ", ", ", " for ", " FOR "] {
            if let range = rest.range(of: separator, options: .backwards) {
                let outlet = rest[range.upperBound...].trimmingCharacters(in: " .")
                let words = outlet.split(separator: " ")
                if !outlet.isEmpty, words.count <= 4, outlet.first?.isUppercase == true, !outlet.lowercased().contains(" and ") {
                    return (String(rest[..<range.lowerBound]), outlet)
                }
            }
        }
        return (rest, nil)
    }

    /// A short line that is there to give the date ("Published 12 January 2022, 10:15 GMT").
    static func isDateLine(_ string: String) -> Bool {
        guard string.count <= 90 else { return false }
        let lowered = string.lowercased()
        if ["published", "updated", "posted", "last updated", "first published", "date:", "dated"].contains(where: lowered.hasPrefix) { return true }
        // Otherwise the line must be little more than the date itself.
        let words = DateText.words(Array(string.unicodeScalars))
        let dateWords = words.filter { DateText.months[$0.lowercased()] != nil || Int($0) != nil || DateText.weekday($0) != nil
            || ["gmt", "bst", "et", "est", "edt", "utc", "cet", "am", "pm", "a", "m", "p", "at", "on", "t", "z"].contains($0.lowercased()) }
        return !words.isEmpty && dateWords.count * 10 >= words.count * 8
    }

    /// A headline: short, and not a sentence that ends with a full stop (headlines end on a
    /// word, a question mark or a quotation mark).
    static func looksLikeHeadline(_ string: String) -> Bool {
        guard string.count <= 200, let last = string.last else { return false }
        return !".,;:".contains(last)
    }

    /// The dateline at the start of the first body paragraph, and the outlet it names.
    static func dateline(_ text: ArticleText, _ paragraph: Paragraph) -> (bodyStart: Int, outlet: String?)? {
        let scalars = text.scalars
        let start = paragraph.range.lowerBound
        let limit = min(paragraph.range.upperBound, start + 90)
        // The dash that ends a dateline, within its first 90 scalars.
        var dash: Int?
        var index = start
        while index < limit {
            let scalar = scalars[index]
            if scalar == "—" || scalar == "–" || (scalar == "-" && index > start && scalars[index - 1] == " " && index + 1 < limit && scalars[index + 1] == " ")
                || (scalar == "-" && index + 1 < limit && scalars[index + 1] == "-" && index > start && scalars[index - 1] == " ") {
                dash = index
                break
            }
            index += 1
        }
        guard let dash else { return nil }
        let head = text.string(start..<dash).trimmingCharacters(in: " ")
        guard !head.isEmpty else { return nil }
        var outlet: String?
        var place = head
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inner = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            guard !inner.isEmpty, inner.count <= 40, inner.first?.isUppercase == true else { return nil }
            outlet = inner
            place = String(head[..<open]).trimmingCharacters(in: " ,")
        }
        // What comes before the outlet is a place in capitals, with perhaps a country and a date.
        if !place.isEmpty {
            let first = place.split(separator: ",").first.map(String.init) ?? place
            let letters = first.filter(\.isLetter)
            guard !letters.isEmpty, letters == letters.uppercased(), letters.count >= 2, first.count <= 30 else { return nil }
        } else if outlet == nil {
            return nil
        }
        var bodyStart = dash + 1
        while bodyStart < paragraph.range.upperBound, scalars[bodyStart] == "-" || scalars[bodyStart] == " " || scalars[bodyStart] == "—" { bodyStart += 1 }
        return (bodyStart, outlet)
    }
}

extension String.UTF8View {
    /// True when `needle`'s bytes appear in a row (a plain search: Foundation's `contains`
    /// folds Unicode and costs far more, and these checks run on every paragraph).
    func containsSequence(_ needle: String.UTF8View) -> Bool {
        let haystack = Array(self), pattern = Array(needle)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}

extension String {
    /// The text without the given characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        self[...].trimmingCharacters(in: characters)
    }
}
