import ParleyArchive
import ParleyModel

/// The order of the quotes list, which `s` cycles: best match first, by date either way, by
/// speaker, by party. An archive's quotes, fetched a page at a time, stay after the dossier's
/// in the archive's own order.
public enum QuoteOrder: String, CaseIterable, Hashable, Sendable {
    case rank, newest, oldest, speaker, party

    /// The order after this one, back to `rank` after the last.
    public var next: QuoteOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// How the list's title says it ("newest first").
    public var words: String {
        switch self {
        case .rank: "best match first"
        case .newest: "newest first"
        case .oldest: "oldest first"
        case .speaker: "by speaker"
        case .party: "by party"
        }
    }

    /// `results` with the dossier's matches in this order (ties in rank order), the archives'
    /// after them as they were.
    func sorted(_ results: SearchResults, in corpus: QuoteCorpus) -> SearchResults {
        guard self != .rank else { return results }
        let quotes = corpus.dossierSearch.quotes
        let dossier = corpus.dossier
        func key(_ match: QuoteMatch) -> (String, Day) {
            let quote = quotes[match.index]
            let speaker = dossier.speaker(quote.speaker)
            switch self {
            case .speaker: return (TextFolding.fold(speaker.name), quote.date)
            // A quote without a party goes last.
            case .party: return (speaker.party.map { TextFolding.fold($0.name) } ?? "\u{10FFFF}", quote.date)
            default: return ("", quote.date)
            }
        }
        // Each quote's key worked out once, not at every comparison: a desk's search may
        // match tens of thousands, and every search while typing is sorted again.
        let keyed = results.dossier.enumerated().map { (offset: $0.offset, element: $0.element, key: key($0.element)) }
        let ordered = keyed.sorted { a, b in
            let (left, right) = (a.key, b.key)
            switch self {
            case .newest where left.1 != right.1: return left.1 > right.1
            case .oldest where left.1 != right.1: return left.1 < right.1
            case .speaker where left != right, .party where left != right:
                return left.0 != right.0 ? left.0 < right.0 : left.1 < right.1
            default: return a.offset < b.offset
            }
        }
        return results.replacingDossier(ordered.map(\.element))
    }
}
