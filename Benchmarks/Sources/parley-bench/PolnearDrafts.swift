import Foundation
import ParleyDraft
import ParleyDraftQuality

/// Where PolNeAR and the drafter's weights live, and how an article is drafted for scoring.
enum PolnearDrafts {
    /// The repository's top folder, from this file's place in Benchmarks/Sources/parley-bench.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// PolNeAR's compartments, kept beside the repository (never inside it).
    static let defaultFolder = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/polnear").path

    /// The drafter's weights files.
    static let modelFolder = repository.appendingPathComponent("Sources/ParleyDraft/Model").path

    /// One article drafted as `parley draft` drafts a text file, reduced to what is scored.
    static func predictions(_ article: PolnearArticle, models: DraftModels) -> (draft: ArticleDraft, predictions: [PolnearPrediction]) {
        let draft = ArticleDrafter.draft(ArticleText(plain: article.text), models: models)
        let predictions = draft.quotes.map { quote in
            PolnearPrediction(pieces: quote.pieces, speaker: quote.speaker?.name, mention: quote.speaker?.range, confidence: quote.confidence.rawValue)
        }
        return (draft, predictions)
    }

    static func load(_ compartment: String, folder: String) throws -> [PolnearArticle] {
        guard FileManager.default.fileExists(atPath: folder + "/" + compartment) else {
            throw ValidationFailure("no PolNeAR compartment at \(folder)/\(compartment) (the corpus is kept in ../shared/eval/polnear)")
        }
        return try PolnearArticle.compartment(compartment, in: folder)
    }
}

/// A refusal with a message, for the commands that read PolNeAR.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
