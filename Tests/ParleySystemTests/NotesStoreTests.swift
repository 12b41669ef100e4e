import Foundation
import ParleyModel
import ParleySystem
import ParleyTestSupport
import Testing

/// Where the reader's notes are kept, and that keeping them never loses any.
struct NotesStoreTests {
    @Test func theFolderFollowsXDGDataHomeThenHome() {
        #expect(NotesStore(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).folder == "/d/parley/notes")
        #expect(NotesStore(environment: ["XDG_DATA_HOME": "", "HOME": "/h"]).folder == "/h/.local/share/parley/notes")
        #expect(NotesStore(environment: [:]).folder == nil)
        let store = NotesStore(environment: ["HOME": "/h"])
        #expect(store.file(for: "week-2022-01-10") == "/h/.local/share/parley/notes/week-2022-01-10.yaml")
        #expect(store.file(for: "../etc/passwd") == nil, "only an id is a file name")
    }

    @Test func notesAreWrittenWholeAndReadBackAndAMissingFileIsNoNotes() throws {
        try TemporaryFolder.with("parley-notes") { folder in
            let store = NotesStore(environment: ["XDG_DATA_HOME": folder + "/data"])
            #expect(try store.read("castle") == DossierNotes(dossier: "castle"))
            var notes = DossierNotes(dossier: "castle")
            notes.quotes["q1"] = QuoteNote(flag: "verified", note: "seen it")
            try store.write(notes)
            #expect(try store.read("castle") == notes)
            let read = store.read(["castle", "other"])
            #expect(read.notes.quote("q1") == QuoteNote(flag: "verified", note: "seen it") && read.problem == nil)
        }
    }

    @Test func aNotesFileThatDoesNotReadIsSaidAndNeverWrittenOver() throws {
        try TemporaryFolder.with("parley-notes") { folder in
            let store = NotesStore(environment: ["XDG_DATA_HOME": folder])
            let path = try #require(store.file(for: "castle"))
            try FileManager.default.createDirectory(atPath: folder + "/parley/notes", withIntermediateDirectories: true)
            let broken = "dossier: castle\nquotes:\n  q1: {flag: [verified}\n"
            try broken.write(toFile: path, atomically: true, encoding: .utf8)
            let read = store.read(["castle"])
            #expect(read.notes.isEmpty)
            #expect(read.problem?.hasPrefix("\(path):3:") == true, "\(read.problem ?? "")")
            do throws(NotesStore.Failure) {
                try store.write(DossierNotes(dossier: "castle", quotes: ["q2": QuoteNote(flag: "x")]))
                Issue.record("written over a file that does not read")
            } catch {
                #expect(error.description.hasSuffix("fix it first; nothing was written"))
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
        }
    }
}
