/// Every dossier's notes that a desk shows, looked up by quote or engagement id (ids are
/// unique across a desk), and written back one dossier's file at a time.
public struct NotesBook: Hashable, Sendable {
    /// By dossier id.
    public private(set) var dossiers: [String: DossierNotes]

    public init(_ notes: [DossierNotes] = []) {
        dossiers = Dictionary(notes.map { ($0.dossier, $0) }, uniquingKeysWith: { _, last in last })
    }

    public static let empty = NotesBook()

    public var isEmpty: Bool { dossiers.values.allSatisfy(\.isEmpty) }

    /// The flag and note on a quote, if any.
    public func quote(_ id: String) -> QuoteNote? {
        for notes in dossiers.values { if let note = notes.quotes[id] { return note } }
        return nil
    }

    /// The note on an engagement, if any.
    public func engagement(_ id: String) -> String? {
        for notes in dossiers.values { if let note = notes.engagements[id] { return note } }
        return nil
    }

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
        dossiers[dossier] = notes
        return notes
    }
}
