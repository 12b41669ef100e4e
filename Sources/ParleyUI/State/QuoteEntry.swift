import ParleyArchive
import ParleyModel

/// One quote of the results made whole for drawing, whether from the dossier or an archive.
public struct QuoteEntry: Sendable {
    public var id: String
    /// The searchable texts (words, speaker, role, party, cue, engagement), as shown.
    public var texts: QuoteFieldTexts
    /// What the search matched, for highlighting.
    public var match: QuoteMatch
    public var date: Day
    public var partial: Bool
    /// The speaker's party label and its colour slot, for dossier quotes whose speaker has one.
    public var partyLabel: String?
    public var partySlot = 0
    /// Set for a quote that comes from an archive.
    public var archiveQuote: ArchiveQuote?
    /// Set for a quote of the dossier.
    public var dossierQuote: Quote?
}

extension DashboardContext {
    /// The entry at `position` of the results.
    public func entry(_ results: SearchResults, at position: Int) -> QuoteEntry {
        switch results.item(at: position) {
        case let .dossier(match):
            // Results span the desk: the quote is read in the desk's combined dossier.
            let dossier = corpus.dossier
            let quote = corpus.dossierSearch.quotes[match.index]
            var entry = QuoteEntry(
                id: quote.id, texts: dossier.fieldTexts(of: quote), match: match, date: quote.date,
                partial: quote.partial, dossierQuote: quote)
            if let party = dossier.speaker(quote.speaker).party,
                let slot = dossier.parties.firstIndex(where: { $0.id == party.id })
            {
                entry.partyLabel = party.label
                entry.partySlot = slot
            }
            return entry
        case let .archive(_, quote):
            let match = corpus.match(results.query, archiveQuote: quote)
            return QuoteEntry(
                id: quote.id, texts: QuoteCorpus.fieldTexts(of: quote), match: match, date: quote.date, partial: false,
                archiveQuote: quote)
        }
    }
}

/// Where `n` and `N` have got to: a result, and one of the matched ranges in its text.
public struct MatchCursor: Hashable, Sendable {
    public var result: Int
    /// Index into the result's text ranges; 0 for a result matched only on its speaker.
    public var range: Int

    public init(result: Int, range: Int) {
        self.result = result
        self.range = range
    }

    /// The next (or, with `step` -1, previous) stop, wrapping round the results.
    ///
    /// Only the results stepped through are looked at, so this stays cheap over a million.
    func stepped(_ step: Int, results: SearchResults, context: DashboardContext) -> MatchCursor {
        func stops(_ result: Int) -> Int { max(1, context.entry(results, at: result).match.ranges(in: .text).count) }
        if step > 0 {
            if range + 1 < stops(result) { return MatchCursor(result: result, range: range + 1) }
            return MatchCursor(result: (result + 1) % results.count, range: 0)
        }
        if range > 0 { return MatchCursor(result: result, range: range - 1) }
        let previous = (result - 1 + results.count) % results.count
        return MatchCursor(result: previous, range: stops(previous) - 1)
    }

    /// "match 3 of 7" for a short list, "quote 12 of 40,000" for a long one.
    func describe(results: SearchResults, context: DashboardContext) -> String {
        guard results.count <= 200 else { return "quote \(result + 1) of \(results.count)" }
        var before = 0
        var total = 0
        for position in 0..<results.count {
            let stops = max(1, context.entry(results, at: position).match.ranges(in: .text).count)
            if position < result { before += stops }
            total += stops
        }
        return "match \(before + range + 1) of \(total)"
    }
}
