import ParleyArchive
import ParleyModel

/// A Quotebank archive held in memory: every quote's facts in flat arrays, and an index.
///
/// Built once by `ArchiveLoader` and never changed, so it is shared freely between the
/// searches of every keystroke. Quotes are kept in the order of the file; `ArchiveQuote.number`
/// is their place in rank order, as every engine numbers them.
public struct QuoteArchive: ArchiveStore {
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

    public var name: String { path }

    /// How many quotes the archive holds.
    public var count: Int { speakerOf.count }

    /// The quote at `position` in the file's order, made whole for showing.
    public func quote(atPosition position: Int) -> ArchiveQuote {
        let speaker = Int(speakerOf[position])
        let url = urls.string(position)
        return ArchiveQuote(
            number: Int(index.rankOf[position]), id: ids.string(position), text: texts.string(position),
            speaker: speaker == 0 ? nil : speakerNames[speaker], date: Day(packed: days[position]) ?? Day(year: 1, month: 1, day: 1)!,
            occurrences: Int(occurrences[position]), url: url.isEmpty ? nil : url, archive: path
        )
    }

    /// The quote numbered `number` in rank order.
    public func quote(ranked number: Int) -> ArchiveQuote { quote(atPosition: Int(index.rankOrder[number])) }
}
