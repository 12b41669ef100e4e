import ParleyYAML

/// One dossier of a desk: the file it was read from and what it holds.
///
/// Called a week because that is what most dossiers cover; a dossier may cover any period.
public struct DeskWeek: Hashable, Sendable, Identifiable {
    /// The path the dossier was read from, as the user named it (or the bundled week's name).
    public var file: String
    public var dossier: Dossier
    /// Where the file defines each id, for messages naming two files.
    public var places: DefinitionPlaces

    public init(file: String, dossier: Dossier, places: DefinitionPlaces = DefinitionPlaces()) {
        self.file = file
        self.dossier = dossier
        self.places = places
    }

    /// The dossier's id, which names the week in `week:` searches and in JSON.
    public var id: String { dossier.id }

    /// The first day the week covers: its period's start, or its first engagement.
    public var start: Day { dossier.span?.start ?? Day(year: 1, month: 1, day: 1)! }

    /// "FILE:LINE:COL" for a thing the file defines, or the file alone when its place is unknown.
    public func place(of kind: DefinitionPlaces.Kind, _ id: String) -> String {
        guard let mark = places.place(of: kind, id) else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }
}
