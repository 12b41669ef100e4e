/// Every dossier's notes that a desk shows, looked up by quote or engagement id (ids are
/// unique across a desk), and written back one dossier's file at a time.
public struct NotesBook: Hashable, Sendable {
    /// By dossier id.
    public private(set) var dossiers: [String: DossierNotes] = [:]
    /// Every dossier's quote and engagement notes in one table each, so a lookup costs one
    /// probe however many weeks a desk has (search asks once for every quote it prepares).
    private var byQuote: [String: QuoteNote] = [:]
    private var byEngagement: [String: String] = [:]

    public init(_ notes: [DossierNotes] = []) {
        for dossier in notes { replace(dossier) }
    }

    public static let empty = NotesBook()

    public var isEmpty: Bool { byQuote.isEmpty && byEngagement.isEmpty }

    /// The flag and note on a quote, if any.
    public func quote(_ id: String) -> QuoteNote? { byQuote[id] }

    /// The note on an engagement, if any.
    public func engagement(_ id: String) -> String? { byEngagement[id] }

    /// Sets a quote's flag and note (an empty one removes them); returns the dossier's notes
    /// as they now are, to be written.
    @discardableResult
    public mutating func set(_ note: QuoteNote, quote: String, dossier: String) -> DossierNotes {
        changing(dossier) { $0.quotes[quote] = note.isEmpty ? nil : note }
    }

    /// Sets an engagement's note (empty removes it); returns the dossier's notes as they now are.
    @discardableResult
    public mutating func set(engagementNote note: String, engagement: String, dossier: String) -> DossierNotes {
        changing(dossier) { $0.engagements[engagement] = note.isEmpty ? nil : note }
    }

    /// A dossier's notes changed by `body` (begun when it has none); returns them as they now are.
    private mutating func changing(_ dossier: String, _ body: (inout DossierNotes) -> Void) -> DossierNotes {
        var notes = dossiers[dossier] ?? DossierNotes(dossier: dossier)
        body(&notes)
        replace(notes)
        return notes
    }

    /// Puts a dossier's notes in place of those it had, in the tables too; one with none is
    /// not kept at all.
    private mutating func replace(_ notes: DossierNotes) {
        if let old = dossiers[notes.dossier] {
            for id in old.quotes.keys { byQuote[id] = nil }
            for id in old.engagements.keys { byEngagement[id] = nil }
        }
        dossiers[notes.dossier] = notes.isEmpty ? nil : notes
        byQuote.merge(notes.quotes) { _, new in new }
        byEngagement.merge(notes.engagements) { _, new in new }
    }
}
