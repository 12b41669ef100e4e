/// The visible text of an HTML page: tags, scripts and styles dropped, entities decoded.
///
/// A single forward pass over the page's scalars with no tree: news pages are rarely valid
/// HTML, and a reader only needs the words in order with paragraph breaks where blocks end.
/// Elements whose text a reader does not see as the article (scripts, styles, navigation,
/// captions, forms) are skipped whole. Runs of whitespace become one space, as a browser
/// shows them. The page's title, site name, date and address are read from its head.
enum HTMLPage {
    /// True when the scalars are a web page rather than text that happens to hold a `<`.
    static func looksLikeHTML(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }), scalars[first] == "<" else { return false }
        let head = String(String.UnicodeScalarView(scalars[first..<min(scalars.count, first + 4096)])).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<h1"].contains { head.contains($0) }
    }

    /// Elements whose content is not part of the article a reader sees.
    static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "figcaption",
        "iframe", "button", "form", "select", "textarea", "object", "canvas", "math",
    ]

    /// Elements that end a paragraph (a line break in the visible text).
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "blockquote", "section", "article", "header", "figure", "hr", "dd", "dt", "dl", "pre",
        "main", "title", "body", "head", "html",
    ]

    static func visibleText(of page: [Unicode.Scalar]) -> ArticleText {
        var builder = Builder()
        var metadata = EmbeddedMetadata()
        var index = 0
        let count = page.count
        while index < count {
            let scalar = page[index]
            if scalar == "<" {
                if let tag = Tag.parse(page, at: index) {
                    index = tag.end
                    if tag.isComment { continue }
                    if tag.isClosing {
                        if blockElements.contains(tag.name) { builder.breakParagraph(at: tag.start) }
                        continue
                    }
                    switch tag.name {
                    case "meta": read(meta: tag, into: &metadata)
                    case "link":
                        if tag.attribute("rel")?.lowercased() == "canonical", metadata.url == nil { metadata.url = tag.attribute("href") }
                    case "time":
                        if metadata.date == nil, let value = tag.attribute("datetime") { metadata.date = value }
                    default: break
                    }
                    if tag.name == "title" || hiddenElements.contains(tag.name), !tag.isSelfClosing {
                        // Skip to the matching end tag; its content is not shown (the title is kept aside).
                        let end = closingTag(tag.name, in: page, from: index)
                        if tag.name == "title", metadata.title == nil {
                            let title = decodedText(page[index..<end.contentEnd])
                            if !title.isEmpty { metadata.title = title }
                        }
                        // Structured data: `<script type="application/ld+json">{"datePublished": "2014-12-29…"}`.
                        if tag.name == "script", metadata.date == nil, tag.attribute("type")?.lowercased().contains("ld+json") == true {
                            metadata.date = jsonString(named: "datePublished", in: page[index..<end.contentEnd])
                        }
                        index = end.after
                        continue
                    }
                    if blockElements.contains(tag.name) { builder.breakParagraph(at: tag.start) }
                    continue
                }
                builder.append(scalar, from: index, to: index + 1)
                index += 1
            } else if scalar == "&" {
                let (decoded, next) = entity(page, at: index)
                builder.append(decoded, from: index, to: next)
                index = next
            } else {
                builder.append(scalar, from: index, to: index + 1)
                index += 1
            }
        }
        builder.finish(at: count)
        return ArticleText(scalars: builder.scalars, starts: builder.starts, ends: builder.ends, embedded: metadata, file: page)
    }

    private static func read(meta tag: Tag, into metadata: inout EmbeddedMetadata) {
        let key = (tag.attribute("property") ?? tag.attribute("name") ?? tag.attribute("itemprop") ?? "").lowercased()
        guard let content = tag.attribute("content"), !content.isEmpty else { return }
        switch key {
        case "og:title", "twitter:title": if metadata.title == nil || key == "og:title" { metadata.title = content }
        case "og:site_name", "application-name", "publisher": if metadata.site == nil { metadata.site = content }
        case "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "pub_date", "publish-date", "publish_date",
             "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "displaydate":
            if metadata.date == nil { metadata.date = content }
        case "og:url": metadata.url = content
        default: break
        }
    }

    /// The string value of a key in a piece of JSON, found without parsing the whole of it
    /// (a page's structured data may be long, malformed or several objects).
    static func jsonString(named key: String, in text: ArraySlice<Unicode.Scalar>) -> String? {
        let needle = Array(("\"" + key + "\"").unicodeScalars)
        var index = text.startIndex
        while index + needle.count <= text.endIndex {
            guard text[index] == "\"", Array(text[index..<(index + needle.count)]) == needle else {
                index += 1
                continue
            }
            var cursor = index + needle.count
            while cursor < text.endIndex, text[cursor] == " " || text[cursor] == "\n" || text[cursor] == "\t" { cursor += 1 }
            guard cursor < text.endIndex, text[cursor] == ":" else {
                index += 1
                continue
            }
            cursor += 1
            while cursor < text.endIndex, text[cursor] == " " || text[cursor] == "\n" || text[cursor] == "\t" { cursor += 1 }
            guard cursor < text.endIndex, text[cursor] == "\"" else { return nil }
            let start = cursor + 1
            var end = start
            while end < text.endIndex, text[end] != "\"", end - start < 64 { end += 1 }
            guard end < text.endIndex, text[end] == "\"" else { return nil }
            return String(String.UnicodeScalarView(text[start..<end]))
        }
        return nil
    }

    /// Where the content of an element ends and where parsing resumes after its end tag.
    private static func closingTag(_ name: String, in page: [Unicode.Scalar], from start: Int) -> (contentEnd: Int, after: Int) {
        let needle = Array(("</" + name).unicodeScalars)
        var index = start
        while index + needle.count <= page.count {
            if page[index] == "<", matchesIgnoringCase(page, at: index, needle) {
                var after = index + needle.count
                while after < page.count, page[after] != ">" { after += 1 }
                return (index, min(page.count, after + 1))
            }
            index += 1
        }
        return (page.count, page.count)
    }

    private static func matchesIgnoringCase(_ page: [Unicode.Scalar], at index: Int, _ needle: [Unicode.Scalar]) -> Bool {
        for offset in 0..<needle.count {
            let a = page[index + offset].properties.lowercaseMapping
            if a != String(needle[offset]) { return false }
        }
        return true
    }

    /// Decodes a character reference at `index` (an `&`); an unknown one is a literal `&`.
    static func entity(_ page: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int) {
        var end = index + 1
        while end < page.count, end - index <= 32, page[end] != ";", page[end].properties.isAlphabetic || page[end].properties.numericType != nil || page[end] == "#" {
            end += 1
        }
        guard end < page.count, page[end] == ";", end > index + 1 else { return ("&", index + 1) }
        let name = String(String.UnicodeScalarView(page[(index + 1)..<end]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = HTMLEntities.numeric(value) else { return ("&", index + 1) }
            return (scalar, end + 1)
        }
        guard let scalar = HTMLEntities.named[name] else { return ("&", index + 1) }
        return (scalar, end + 1)
    }

    /// Text with entities decoded and whitespace collapsed (for attribute values and titles).
    static func decodedText(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        let scalars = Array(slice)
        var result = String.UnicodeScalarView()
        var index = 0
        var lastWasSpace = true
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "&" {
                let (decoded, next) = entity(scalars, at: index)
                scalar = decoded
                index = next
            } else {
                index += 1
            }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(scalar)
                lastWasSpace = false
            }
        }
        var text = String(result)
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Collects visible scalars with their file offsets, collapsing whitespace as a browser does.
    private struct Builder {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []
        private var pendingSpace: Int?

        mutating func append(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
            if scalar.properties.isWhitespace, scalar != "\u{00A0}" {
                if !scalars.isEmpty, scalars.last != "\n", pendingSpace == nil { pendingSpace = start }
                return
            }
            if let space = pendingSpace {
                scalars.append(" ")
                starts.append(space)
                ends.append(space + 1)
                pendingSpace = nil
            }
            scalars.append(scalar)
            starts.append(start)
            ends.append(end)
        }

        mutating func breakParagraph(at offset: Int) {
            pendingSpace = nil
            guard !scalars.isEmpty else { return }
            if scalars.last == "\n" {
                if scalars.count >= 2, scalars[scalars.count - 2] == "\n" { return }
            }
            while scalars.last == "\n" {
                scalars.removeLast()
                starts.removeLast()
                ends.removeLast()
            }
            scalars.append(contentsOf: ["\n", "\n"])
            starts.append(contentsOf: [offset, offset])
            ends.append(contentsOf: [offset, offset])
        }

        mutating func finish(at end: Int) {
            while scalars.last == "\n" {
                scalars.removeLast()
                starts.removeLast()
                ends.removeLast()
            }
            starts.append(end)
        }
    }
}

/// One tag of an HTML page: its name, attributes and extent.
struct Tag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var isComment: Bool
    var attributes: [(String, String)]
    /// Where the `<` is, and one past the `>`.
    var start: Int
    var end: Int

    func attribute(_ key: String) -> String? {
        attributes.first { $0.0 == key }?.1
    }

    /// The tag starting at `index` (a `<`), or nil when the `<` is text ("a < b").
    static func parse(_ page: [Unicode.Scalar], at index: Int) -> Tag? {
        let count = page.count
        var cursor = index + 1
        guard cursor < count else { return nil }
        if page[cursor] == "!" || page[cursor] == "?" {
            // A comment, a doctype or a processing instruction: skipped whole.
            let isComment = cursor + 2 < count && page[cursor + 1] == "-" && page[cursor + 2] == "-"
            var end = cursor
            if isComment {
                end = cursor + 3
                while end + 2 < count, !(page[end] == "-" && page[end + 1] == "-" && page[end + 2] == ">") { end += 1 }
                end = min(count, end + 3)
            } else {
                while end < count, page[end] != ">" { end += 1 }
                end = min(count, end + 1)
            }
            return Tag(name: "!", isClosing: false, isSelfClosing: true, isComment: true, attributes: [], start: index, end: end)
        }
        var closing = false
        if page[cursor] == "/" {
            closing = true
            cursor += 1
        }
        guard cursor < count, page[cursor].properties.isAlphabetic else { return nil }
        var name = String.UnicodeScalarView()
        while cursor < count, page[cursor].properties.isAlphabetic || ("0"..."9").contains(page[cursor]) || page[cursor] == "-" || page[cursor] == ":" {
            name.append(page[cursor])
            cursor += 1
        }
        var attributes: [(String, String)] = []
        var selfClosing = false
        while cursor < count, page[cursor] != ">" {
            let scalar = page[cursor]
            if scalar.properties.isWhitespace {
                cursor += 1
                continue
            }
            if scalar == "/" {
                selfClosing = true
                cursor += 1
                continue
            }
            var key = String.UnicodeScalarView()
            while cursor < count, !page[cursor].properties.isWhitespace, page[cursor] != "=", page[cursor] != ">", page[cursor] != "/" {
                key.append(page[cursor])
                cursor += 1
            }
            while cursor < count, page[cursor].properties.isWhitespace { cursor += 1 }
            var value = ""
            if cursor < count, page[cursor] == "=" {
                cursor += 1
                while cursor < count, page[cursor].properties.isWhitespace { cursor += 1 }
                if cursor < count, page[cursor] == "\"" || page[cursor] == "'" {
                    let quote = page[cursor]
                    let start = cursor + 1
                    cursor = start
                    while cursor < count, page[cursor] != quote { cursor += 1 }
                    value = HTMLPage.decodedText(page[start..<min(cursor, count)])
                    cursor = min(count, cursor + 1)
                } else {
                    let start = cursor
                    while cursor < count, !page[cursor].properties.isWhitespace, page[cursor] != ">" { cursor += 1 }
                    value = HTMLPage.decodedText(page[start..<cursor])
                }
            }
            if key.isEmpty {
                cursor += 1
            } else {
                attributes.append((String(key).lowercased(), value))
            }
        }
        let end = min(count, cursor + 1)
        let lowered = String(name).lowercased()
        return Tag(name: lowered, isClosing: closing, isSelfClosing: selfClosing || lowered == "br" || lowered == "meta" || lowered == "link" || lowered == "img" || lowered == "hr",
                   isComment: false, attributes: attributes, start: index, end: end)
    }
}
