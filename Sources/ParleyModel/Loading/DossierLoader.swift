import ParleyYAML

/// Loads dossiers from their bytes or text, answering every problem with a positioned diagnostic.
///
/// Reading the file is the system target's (`DossierLoader.load(path:)` in ParleySystem).
///
/// The loader never crashes and never hangs on hostile input: sizes are capped before reading,
/// bytes are checked as UTF-8 before YAML sees them, and alias expansion is bounded.
public enum DossierLoader {
    /// The largest dossier file read: anything bigger is refused before it is parsed.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Loads a dossier from its text; `file` names it in diagnostics.
    public static func load(yaml: String, file: String = "<dossier>") throws(DossierLoadFailure) -> LoadedDossier {
        try load(bytes: Array(yaml.utf8), file: file, sourceTexts: nil)
    }

    /// Loads a dossier from raw bytes, which need not be valid UTF-8.
    ///
    /// - Parameter sourceTexts: finds the text files sources name; nil skips that check
    ///   (for dossiers that do not live in a folder, such as the bundled one).
    public static func load(bytes: [UInt8], file: String, sourceTexts: (any SourceTextProvider)?)
        throws(DossierLoadFailure) -> LoadedDossier
    {
        let root: YAMLNode
        switch YAMLText.compose(bytes: bytes, file: file, noun: "dossier", maximumSize: maximumFileSize) {
        case let .failure(diagnostic):
            throw .invalid([diagnostic])
        case .success(nil):
            let message = "file is empty; a dossier needs at least 'parley', 'id', 'title', 'parties' and 'engagements'"
            throw .invalid([Diagnostic(file: file, line: 1, column: 1, severity: .error, message: message)])
        case let .success(composed?):
            root = composed
        }

        var decoder = DossierDecoder(file: file)
        let dossier = decoder.decode(root: root)
        var reader = decoder.reader
        if let dossier, let sourceTexts {
            SourceTextCheck.check(dossier, root: root, texts: sourceTexts, reader: &reader)
        }
        let diagnostics = reader.diagnostics
        guard let dossier, !reader.hasErrors else { throw .invalid(diagnostics) }
        let todos = DossierTodo.find(text: String(decoding: bytes, as: UTF8.self), root: root, file: file)
        return LoadedDossier(
            dossier: dossier, warnings: diagnostics, todos: todos, places: DefinitionPlaces(root: root))
    }
}
