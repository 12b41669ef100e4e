/// An article's readable text as Unicode scalars, and where each scalar stands in the file.
///
/// Every later stage works in scalar offsets into `scalars`; `fileOffset(_:)` turns one back
/// into an offset in the file's own text, which is what `parley draft --json` reports. For a
/// plain-text article the two are the same; for HTML the visible text is shorter than the
/// file (tags dropped, entities decoded), and each scalar remembers where it came from.
public struct ArticleText: Sendable {
    /// How the file was written.
    public enum Format: String, Sendable {
        case plain, html
    }

    public let scalars: [Unicode.Scalar]
    public let format: Format
    /// What an HTML page says about itself in its head (empty for plain text).
    public let embedded: EmbeddedMetadata
    /// The file offset at which each of the file's lines starts, for `file:line:column`.
    private let lineStarts: [Int]
    /// For HTML: the file offset where each scalar's source starts, plus one entry for the end.
    private let starts: [Int]?
    /// For HTML: the file offset just past each scalar's source (after a whole `&amp;`).
    private let ends: [Int]?

    /// Plain text, offsets identical to the text's own.
    public init(plain text: String) {
        scalars = Array(text.unicodeScalars)
        format = .plain
        embedded = EmbeddedMetadata()
        starts = nil
        ends = nil
        lineStarts = Self.lineStarts(of: scalars)
    }

    init(scalars: [Unicode.Scalar], starts: [Int], ends: [Int], embedded: EmbeddedMetadata, file: [Unicode.Scalar]) {
        self.scalars = scalars
        lineStarts = Self.lineStarts(of: file)
        format = .html
        self.embedded = embedded
        self.starts = starts
        self.ends = ends
    }

    /// Reads a file's bytes: HTML when the content is a page, plain text otherwise.
    ///
    /// Invalid UTF-8 becomes U+FFFD, a byte-order mark is dropped; nothing here can fail.
    public static func read(bytes: [UInt8]) -> ArticleText {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text = String(decoding: body, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        if HTMLPage.looksLikeHTML(scalars) { return HTMLPage.visibleText(of: scalars) }
        return ArticleText(plain: text)
    }

    /// Where a range of scalars stands in the file's own text (scalar offsets).
    public func fileRange(_ range: Range<Int>) -> Range<Int> {
        guard let starts, let ends else { return range }
        let start = starts[min(max(0, range.lowerBound), starts.count - 1)]
        guard !range.isEmpty, range.upperBound - 1 < ends.count else { return start..<start }
        return start..<max(start, ends[range.upperBound - 1])
    }

    /// The 1-based line and column in the file of the scalar at `index` of the text.
    public func position(of index: Int) -> (line: Int, column: Int) {
        let offset = fileRange(index..<index).lowerBound
        var low = 0, high = lineStarts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    private static func lineStarts(of scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        return starts
    }

    /// The text of a range of scalars.
    public func string(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(result)
    }
}

/// What a web page's head says: its title, site, publication date and address.
public struct EmbeddedMetadata: Sendable, Equatable {
    public var title: String?
    public var site: String?
    public var date: String?
    public var url: String?

    public init(title: String? = nil, site: String? = nil, date: String? = nil, url: String? = nil) {
        self.title = title
        self.site = site
        self.date = date
        self.url = url
    }
}

extension ArticleText {
    /// The text of some scalars with each run of white space (a line break in wrapped text)
    /// written as one space: quoted words as a dossier holds them.
    public func words(in range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in scalars[range] {
            if ArticleTokenizer.isSpace(scalar) {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(scalar)
                lastWasSpace = false
            }
        }
        return String(result)
    }
}
