import ArgumentParser
import Foundation
import ParleyModel
import ParleySystem
import ParleyUI

/// `parley info`: where parley reads and writes on this machine, and whether each place exists.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract:
            "Say where parley reads and writes: your themes, keys, notes, the desk it opens, and whether each exists.",
        discussion: """
            Themes are read from $XDG_CONFIG_HOME/parley/themes (~/.config/parley/themes when \
            XDG_CONFIG_HOME is unset), keys from $XDG_CONFIG_HOME/parley/keys.yaml; your flags and notes are kept in \
            $XDG_DATA_HOME/parley/notes (~/.local/share/parley/notes), your searches in \
            $XDG_STATE_HOME/parley/history (~/.local/state/parley/history); $PARLEY_DESK names a \
            folder of dossiers every command reads unless --dossier names files.
            """
    )

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    /// One place parley uses, as this machine has it.
    struct Place {
        var name: String
        var what: String
        var path: String?
        /// What is there, in words ("3 themes"); nil when the path does not exist.
        var contents: String?
    }

    func run() throws {
        let environment = Environment.current
        let themes = XDGFolder.path(.config, "themes", environment: environment)
        let keys = UserKeymap.read(environment: environment)
        let notes = NotesStore(environment: environment).folder
        let history = SearchHistoryFile(environment: environment)
        let saved = SavedSearchesFile(environment: environment)
        let desk = environment["PARLEY_DESK"].flatMap { $0.isEmpty ? nil : $0 }
        let places = [
            Place(
                name: "themes", what: "your colour themes (*.yaml), beside the bundled ones", path: themes,
                contents: themes.flatMap { Self.count(in: $0, suffix: ".yaml", noun: "theme") }),
            Place(
                name: "keys", what: "your keys (parley keys lists them)", path: keys.path,
                contents: keys.exists
                    ? "\(keys.file.entries.count) \(keys.file.entries.count == 1 ? "action" : "actions") set"
                        + (keys.problems.isEmpty ? "" : ", \(keys.problems.count) with a problem") : nil),
            Place(
                name: "notes", what: "your flags and notes (m, M), one file per dossier id", path: notes,
                contents: notes.flatMap { Self.count(in: $0, suffix: ".yaml", noun: "notes file") }),
            Place(
                name: "history", what: "the searches you typed (↑ ↓ on the search line), latest last",
                path: history.path,
                contents: history.path.flatMap {
                    FileManager.default.fileExists(atPath: $0) ? "\(history.read().count) searches" : nil
                }),
            Place(
                name: "searches", what: "the searches you kept by name (:save NAME, parley quotes @NAME)",
                path: saved.path,
                contents: saved.path.flatMap {
                    FileManager.default.fileExists(atPath: $0) ? "\(saved.read().searches.count) saved" : nil
                }),
            Place(
                name: "desk", what: "the desk every command reads ($PARLEY_DESK)", path: desk,
                contents: desk.flatMap { folder in
                    guard case let .success(files) = DeskLoader.dossierFiles(in: folder) else { return nil }
                    return "\(files.count) dossier \(files.count == 1 ? "file" : "files")"
                }),
        ]
        if json {
            let value = JSONValue.object(
                [("version", .string(ParleyRelease.version))]
                    + places.map { place in
                        (
                            place.name,
                            .object([
                                ("path", .optional(place.path)), ("exists", .bool(place.contents != nil)),
                                ("contents", .optional(place.contents)), ("what", .string(place.what)),
                            ])
                        )
                    })
            Console.out(value.serialized() + "\n")
            return
        }
        var out = "parley \(ParleyRelease.version)\n"
        // The names in a column of their own, one space past the longest.
        let column = (places.map(\.name.count).max() ?? 8) + 1
        for place in places {
            let where_ = place.path.map { VisibleText.escaped($0) } ?? "not set"
            let state = place.path == nil ? "" : place.contents.map { " (\($0))" } ?? " (not there yet)"
            out += TextWrap.padded(place.name, width: column) + where_ + state + "\n"
            out += String(repeating: " ", count: column) + place.what + "\n"
        }
        Console.out(out)
    }

    /// "3 themes" for a folder holding three files ending in `suffix`; nil when it is not a folder.
    static func count(in folder: String, suffix: String, noun: String) -> String? {
        guard DeskLoader.isFolder(folder) else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let count = names.filter { $0.hasSuffix(suffix) }.count
        return "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
