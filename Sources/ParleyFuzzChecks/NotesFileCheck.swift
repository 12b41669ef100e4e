import ParleyModel

extension FuzzCheck {
    /// Parses the bytes as a reader's notes file: notes that write back to text reading as the
    /// same notes with nothing unsafe in it, or one problem with a position.
    public static let notesFile = FuzzCheck(target: "FuzzNotesFile") { bytes in
        let notes: DossierNotes
        do throws(DossierNotes.Failure) {
            notes = try DossierNotes.parse(bytes, file: "fuzz.yaml")
        } catch {
            if error.diagnostic.line < 1 || error.diagnostic.column < 1 {
                return "a problem without a position: \(error)"
            }
            if hasRawControl(error.description) { return "a raw control character in: \(error.description)" }
            return nil
        }
        let text = notes.yaml()
        if hasRawControl(text.replacingOccurrences(of: "\n", with: "")) {
            return "raw control character written: \(text)"
        }
        do throws(DossierNotes.Failure) {
            let again = try DossierNotes.parse(Array(text.utf8), file: "fuzz.yaml")
            return again == notes ? nil : "written notes read back differently: \(text)"
        } catch {
            return "written notes do not read: \(error.description)\n\(text)"
        }
    }
}
