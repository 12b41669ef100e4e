/// Supplies the text of the files a dossier's sources name, so quotes can be checked against them.
///
/// The model reads no files itself: the system target's `FileSourceTexts` finds them beside
/// the dossier, and tests can supply texts from memory.
public protocol SourceTextProvider: Sendable {
    /// The text of `file`, or why it could not be had.
    func text(of file: String) -> Result<String, SourceTextFailure>
    /// Where the file was looked for, for messages.
    func location(of file: String) -> String
}

/// Why a source's text could not be had.
public enum SourceTextFailure: Error, Sendable, Equatable {
    /// Missing, a directory, no permission: the reason in words.
    case unreadable(String)
    /// More than a dossier may be; the size when known.
    case tooLarge(Int?)
}
