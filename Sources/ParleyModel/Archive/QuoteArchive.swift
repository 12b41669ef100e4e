/// A Quotebank archive held in memory: every quote's facts in flat arrays, and an index.
///
/// Built once by `ArchiveLoader` and never changed, so it is shared freely between the
/// searches of every keystroke.
public struct QuoteArchive: Sendable {
    /// The file the archive was read from, as given.
    public let path: String
    let texts: ByteArena
    let ids: ByteArena
    let urls: ByteArena
    /// Each quote's speaker, an index into `speakerNames`; 0 is "unknown".
    let speakerOf: [UInt32]
    let speakerNames: [String]
    /// Each quote's day as `yyyymmdd`.
    let days: [Int32]
    let occurrences: [UInt32]
    let index: ArchiveIndex

    /// How many quotes the archive holds.
    public var count: Int { speakerOf.count }

    /// One quote, made whole for showing.
    public func quote(_ number: Int) -> ArchiveQuote {
        let speaker = Int(speakerOf[number])
        let url = urls.string(number)
        return ArchiveQuote(
            number: number, id: ids.string(number), text: texts.string(number),
            speaker: speaker == 0 ? nil : speakerNames[speaker], date: Self.day(days[number]),
            occurrences: Int(occurrences[number]), url: url.isEmpty ? nil : url, archive: path
        )
    }

    /// The text of one quote, without building the rest.
    public func text(_ number: Int) -> String { texts.string(number) }

    static func day(_ packed: Int32) -> Day {
        Day(year: Int(packed / 10000), month: Int(packed / 100 % 100), day: Int(packed % 100)) ?? Day(year: 1, month: 1, day: 1)!
    }

    static func pack(_ day: Day) -> Int32 { Int32(day.year * 10000 + day.month * 100 + day.day) }
}

/// One quote from an archive, with everything a front end shows.
public struct ArchiveQuote: Hashable, Sendable {
    /// Its position in the archive.
    public var number: Int
    /// Quotebank's `quoteID`.
    public var id: String
    public var text: String
    /// The most likely speaker's name; nil when Quotebank says `"None"` (unknown).
    public var speaker: String?
    public var date: Day
    /// How many articles quoted it (`numOccurrences`).
    public var occurrences: Int
    /// The first article's URL, which stands as the quote's source.
    public var url: String?
    /// The archive file it came from.
    public var archive: String

    /// The site of the source URL ("www.bbc.co.uk"), for a short citation.
    public var outlet: String? {
        guard let url, let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}
