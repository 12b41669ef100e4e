import ParleyArchive
import ParleyModel
import ParleySystem
import ParleyUI

/// What `c` does in the runtime: the archive quote added to the dossier file, with its
/// speaker and source, the rest of the file kept byte for byte.
public enum QuoteCollector {
    /// Adds the quote to the file and says how it went, for the status line. The file is read
    /// now and written only if it is still what was read, so a save made meanwhile is never lost.
    public static func collect(_ request: CollectRequest) -> Notice {
        let result: QuoteCollection.Result
        do throws(DossierWriter.AddFailure) {
            result = try DossierWriter.add(request.found, to: request.file, avoiding: request.takenIDs)
        } catch {
            if case .unloadable = error { return failed("\(error.description) (fix it, and c again)") }
            return failed(error.description)
        }
        let who = result.newSpeaker ? "\(result.speaker), new: TODO party and role" : result.speaker
        return Notice("kept in \(request.file) as \(result.quote) (\(who))")
    }

    private static func failed(_ reason: String) -> Notice {
        Notice("c: not kept: \(reason)", isWarning: true)
    }
}
