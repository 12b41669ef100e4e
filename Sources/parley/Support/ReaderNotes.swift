import ParleyModel
import ParleySystem

/// The reader's flags and notes on a desk's dossiers, for the commands that search or show them.
enum ReaderNotes {
    /// The notes kept for every week of `desk`; a notes file that does not read is a warning
    /// on standard error, and its notes are left out.
    static func read(for desk: Desk) -> NotesBook {
        let read = NotesStore.current.read(desk.weeks.map(\.id))
        if let problem = read.problem { Console.error("parley: warning: \(VisibleText.escaped(problem))") }
        return read.notes
    }
}
