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
        let file = request.file
        let original: [UInt8]
        switch FileReader.read(path: file, limit: DossierLoader.maximumFileSize) {
        case let .success(bytes): original = bytes
        case let .failure(.unreadable(reason)): return failed("\(file): \(reason)")
        case .failure(.tooLarge): return failed("\(file): larger than 64 MiB")
        }
        let dossier: Dossier
        do throws(DossierLoadFailure) {
            dossier = try DossierLoader.load(bytes: original, file: file, sourceTexts: nil).dossier
        } catch {
            return failed("\(error.firstProblem) (fix it, and c again)")
        }
        let quote = request.quote
        let found = QuoteCollection.Found(
            text: quote.text, speaker: quote.speaker, date: quote.date, url: quote.url, outlet: quote.outlet,
            engagement: request.engagement, issues: request.issues)
        let result: QuoteCollection.Result
        do throws(QuoteCollection.Failure) {
            result = try QuoteCollection.adding(
                found, to: String(decoding: original, as: UTF8.self), dossier: dossier, file: file)
        } catch {
            return failed(error.description)
        }
        do throws(DossierWriter.Failure) {
            try DossierWriter.replace(file, original: original, with: result.text)
        } catch {
            return failed(error.description)
        }
        let who = result.newSpeaker ? "\(result.speaker), new: TODO party and role" : result.speaker
        return Notice("kept in \(file) as \(result.quote) (\(who))")
    }

    private static func failed(_ reason: String) -> Notice {
        Notice("c: not kept: \(reason)", isWarning: true)
    }
}
