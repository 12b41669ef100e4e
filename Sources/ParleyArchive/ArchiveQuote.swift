import ParleyModel

/// One quote from an archive, with everything a front end shows.
public struct ArchiveQuote: Hashable, Sendable {
    /// Its place in the archive's rank order (`ArchiveRanking`): 0 is the most quoted. Every
    /// engine numbers an archive's quotes the same way, so a page can go on from the last one.
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
    /// The archive it came from, as `ArchiveStore.name` gives it.
    public var archive: String

    public init(number: Int, id: String, text: String, speaker: String?, date: Day, occurrences: Int, url: String?, archive: String) {
        self.number = number
        self.id = id
        self.text = text
        self.speaker = speaker
        self.date = date
        self.occurrences = occurrences
        self.url = url
        self.archive = archive
    }

    /// The site of the source URL ("www.bbc.co.uk"), for a short citation.
    public var outlet: String? {
        guard let url, let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}

extension Day {
    /// The day as one number, `yyyymmdd`, as archive engines store and compare it.
    package var packed: Int32 { Int32(year * 10000 + month * 100 + day) }

    /// The day a packed `yyyymmdd` stands for; nil when it is not a real day.
    package init?(packed: Int32) {
        self.init(year: Int(packed / 10000), month: Int(packed / 100 % 100), day: Int(packed % 100))
    }
}
