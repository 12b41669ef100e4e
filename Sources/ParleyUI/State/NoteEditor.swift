import ParleyModel

/// The line `m` and `M` open: a flag chosen or typed for a quote, or a note typed for a quote
/// or an engagement, until Enter keeps it or Esc drops it.
public struct NoteEditor: Hashable, Sendable {
    /// What the flag or note is on.
    public enum Target: Hashable, Sendable {
        case quote(String)
        case engagement(String)
    }

    public enum Kind: Hashable, Sendable {
        case flag, note
    }

    public var target: Target
    public var kind: Kind
    /// The dossier whose notes file keeps it.
    public var dossier: String
    /// For a flag: those offered, "" for none (taking the flag off); ↑ and ↓ choose.
    public var choices: [String]
    public var selection: Int
    /// What is typed: a flag of one's own, or the note.
    public var text: String

    public init(
        target: Target, kind: Kind, dossier: String, choices: [String] = [], selection: Int = 0, text: String = ""
    ) {
        self.target = target
        self.kind = kind
        self.dossier = dossier
        self.choices = choices
        self.selection = selection
        self.text = text
    }

    /// The longest a flag or note may be, in characters.
    public static let maximumLength = 500
}
