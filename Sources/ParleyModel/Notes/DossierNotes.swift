import ParleyYAML

/// A reader's flags and notes on one dossier, kept outside it, so a dossier shared with
/// others is never touched by them.
///
/// They live in `$XDG_DATA_HOME/parley/notes/DOSSIER-ID.yaml`, one file per dossier id, in
/// the format `docs/notes-format.md` describes:
///
/// ```yaml
/// parley-notes: 1
/// dossier: week-2022-01-10
/// quotes:
///   smith-enlargement: {flag: verified, note: "Checked against the CNN clip."}
/// engagements:
///   geneva-ssd: {note: "Ask about the second round."}
/// ```
public struct DossierNotes: Hashable, Sendable {
    /// The dossier's id.
    public var dossier: String
    /// By quote id.
    public var quotes: [String: QuoteNote]
    /// By engagement id.
    public var engagements: [String: String]

    public init(dossier: String, quotes: [String: QuoteNote] = [:], engagements: [String: String] = [:]) {
        self.dossier = dossier
        self.quotes = quotes
        self.engagements = engagements
    }

    public var isEmpty: Bool { quotes.isEmpty && engagements.isEmpty }

    /// Why a notes file could not be read: where, and what.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.description }
    }

    /// Reads a notes file's text; `file` names it in messages.
    public static func parse(_ bytes: [UInt8], file: String) throws(Failure) -> DossierNotes {
        func fail(_ message: String, at mark: YAMLMark?) -> Failure {
            Failure(
                diagnostic: Diagnostic(
                    file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: .error, message: message))
        }
        let root: YAMLNode?
        switch YAMLText.compose(bytes: bytes, file: file, noun: "notes file") {
        case let .success(node): root = node
        case let .failure(diagnostic): throw Failure(diagnostic: diagnostic)
        }
        guard case let .mapping(top)? = root else {
            throw fail("a notes file is a mapping of parley-notes, dossier, quotes and engagements", at: root?.mark)
        }
        var notes = DossierNotes(dossier: "")
        for (key, value) in top.pairs {
            switch key.string {
            case "parley-notes":
                guard value.string == "1" else { throw fail("parley-notes must be 1", at: value.mark) }
            case "dossier":
                guard let id = value.string, !id.isEmpty else {
                    throw fail("dossier must be a dossier id", at: value.mark)
                }
                notes.dossier = id
            case "quotes":
                for (id, entry) in try entries(value, "quotes", fail) {
                    guard case let .mapping(fields) = entry else {
                        throw fail(
                            "the notes of quote '\(VisibleText.escaped(id))' must be a mapping of flag and note",
                            at: entry.mark)
                    }
                    var note = QuoteNote()
                    for (field, text) in fields.pairs {
                        guard let words = text.string else {
                            throw fail("\(VisibleText.escaped(field.string ?? "?")) must be text", at: text.mark)
                        }
                        switch field.string {
                        case "flag": note.flag = words
                        case "note": note.note = words
                        default:
                            throw fail(
                                "unknown key '\(VisibleText.escaped(field.string ?? ""))' in the notes of a quote (flag, note)",
                                at: field.mark)
                        }
                    }
                    if !note.isEmpty { notes.quotes[id] = note }
                }
            case "engagements":
                for (id, entry) in try entries(value, "engagements", fail) {
                    guard case let .mapping(fields) = entry, let text = fields["note"]?.string, fields.count == 1 else {
                        throw fail(
                            "the notes of engagement '\(VisibleText.escaped(id))' must be {note: TEXT}", at: entry.mark)
                    }
                    if !text.isEmpty { notes.engagements[id] = text }
                }
            default:
                throw fail(
                    "unknown key '\(VisibleText.escaped(key.string ?? ""))' in a notes file (parley-notes, dossier, quotes, engagements)",
                    at: key.mark)
            }
        }
        guard !notes.dossier.isEmpty else { throw fail("a notes file names its dossier: dossier: ID", at: top.mark) }
        return notes
    }

    /// The pairs of a mapping from id to entry; an empty value is no entries.
    private static func entries(_ node: YAMLNode, _ key: String, _ fail: (String, YAMLMark?) -> Failure)
        throws(Failure) -> [(String, YAMLNode)]
    {
        if case let .scalar(scalar) = node, scalar.string.isEmpty { return [] }
        guard case let .mapping(mapping) = node else {
            throw fail("\(key) must be a mapping from ids to notes", node.mark)
        }
        var result: [(String, YAMLNode)] = []
        for (id, entry) in mapping.pairs {
            guard let text = id.string else { throw fail("\(key) are keyed by id", id.mark) }
            result.append((text, entry))
        }
        return result
    }

    /// The notes as a file's text, ids in order, every value quoted.
    public func yaml() -> String {
        var out = "# parley's flags and notes on the dossier \(VisibleText.escaped(dossier)), kept apart from it.\n"
        out += "parley-notes: 1\ndossier: \(YAMLScalar.quoted(dossier))\n"
        out += "quotes:\n"
        for id in quotes.keys.sorted() {
            guard let note = quotes[id] else { continue }
            let fields = [
                note.flag.map { "flag: " + YAMLScalar.quoted($0) }, note.note.map { "note: " + YAMLScalar.quoted($0) },
            ]
            .compactMap { $0 }
            out += "  \(YAMLScalar.quoted(id)): {\(fields.joined(separator: ", "))}\n"
        }
        out += "engagements:\n"
        for id in engagements.keys.sorted() {
            guard let note = engagements[id] else { continue }
            out += "  \(YAMLScalar.quoted(id)): {note: \(YAMLScalar.quoted(note))}\n"
        }
        return out
    }
}
