/// Why a dossier could not be loaded: the file could not be read, or what it holds is invalid.
public enum DossierLoadFailure: Error, Sendable, CustomStringConvertible {
    /// The file does not exist, is a directory, or cannot be read (exit status 66).
    case unreadable(path: String, reason: String)
    /// The file was read and has at least one error (exit status 65); warnings come along.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): \(reason)"
        case let .invalid(diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The first problem alone, on one line: the first error (`FILE:LINE:COL: error: …`), or
    /// why the file cannot be read.
    public var firstProblem: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): \(reason)"
        case let .invalid(diagnostics):
            return (diagnostics.first { $0.severity == .error } ?? diagnostics.first)?.description
                ?? "the dossier does not load"
        }
    }
}

/// A dossier that loaded, with any warnings found on the way.
public struct LoadedDossier: Sendable {
    public var dossier: Dossier
    public var warnings: [Diagnostic]
    /// Placeholders and notes the author has still to settle (`parley check --todo`).
    public var todos: [DossierTodo]
    /// Where the file defines each id, for messages about the file among others (a desk).
    public var places: DefinitionPlaces

    public init(
        dossier: Dossier, warnings: [Diagnostic] = [], todos: [DossierTodo] = [],
        places: DefinitionPlaces = DefinitionPlaces()
    ) {
        self.dossier = dossier
        self.warnings = warnings
        self.todos = todos
        self.places = places
    }
}
