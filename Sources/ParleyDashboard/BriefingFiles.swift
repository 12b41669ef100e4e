import ParleyModel
import ParleySystem
import ParleyUI

/// Where `e` (and `:export`) writes briefings: a new Markdown or HTML file in a folder each time, never over another.
public struct BriefingFiles: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Builds the briefing asked for and writes it to `parley-<dossier>-<subject>.md` (`.html`; with
    /// `-2`, `-3`… when that exists); what the status line should say about it.
    public func write(_ request: BriefingRequest, dossier: Dossier) -> Notice {
        let quotes = request.quotes.map { $0.compactMap(dossier.quote) }
        let briefing = Briefing(
            dossier: dossier, engagements: request.engagements, parties: request.parties, quotes: quotes,
            query: request.query)
        let stem = folder + "/parley-" + dossier.id + "-" + request.subject
        let suffix = request.html ? ".html" : ".md"
        var path = stem + suffix
        var number = 2
        while access(path, F_OK) == 0 {
            path = stem + "-\(number)" + suffix
            number += 1
        }
        let text = request.html ? BriefingHTML.render(briefing) : BriefingMarkdown.render(briefing)
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            return Notice("e: the briefing was not written: \(error.description)", isWarning: true)
        }
        let shown = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return Notice("briefing written to \(shown)")
    }
}
