import ParleyModel
import ParleySystem
import ParleyUI

/// What `w` does on the review screen: the accepted quotations added to the dossier file in
/// one write, with their speakers and sources, the rest of the file kept byte for byte.
public struct ReviewWriter: Sendable {
    /// The dossier to start from when the file does not exist yet: the draft's skeleton, with
    /// its TODOs, and no quotation until one is accepted.
    public var starting: String?

    public init(starting: String? = nil) {
        self.starting = starting
    }

    /// Writes the quotations and says how it went, as an action for the review's reducer. The
    /// file is read now and written only if it is still what was read.
    ///
    /// - Parameter removing: ids of quotes the file has that the review rejected, taken out in
    ///   the same write.
    public func write(
        _ quotes: [QuoteCollection.Found], places: [ReviewSession.Place], removing: [String] = [],
        removed: [ReviewSession.Place] = [], to file: String
    ) -> ReviewAction {
        let results: [QuoteCollection.Result]
        do throws(DossierWriter.AddFailure) {
            results = try DossierWriter.add(quotes, to: file, starting: starting, removing: removing)
        } catch {
            let advice =
                if case .notWritten(.changedMeanwhile) = error { " (w again writes over the new version)" } else { "" }
            return .notWritten(Notice("not written: \(error.description)\(advice)", isWarning: true))
        }
        let people = results.filter(\.newSpeaker).count
        let new = people > 0 ? "; \(people) new \(people == 1 ? "speaker" : "speakers") with TODOs" : ""
        let taken = removing.isEmpty ? "" : "; took out \(removing.count) rejected"
        return .written(
            places, ids: results.map(\.quote), removed: removed,
            Notice("wrote \(results.count) \(results.count == 1 ? "quotation" : "quotations") to \(file)\(new)\(taken)")
        )
    }
}
