import ParleyArchive
import ParleyModel

/// The short choice `c` offers before it keeps an archive quote: the engagement of the week
/// it was said at (or none), then the issues it is about (any number).
public struct CollectPicker: Hashable, Sendable {
    public enum Stage: Hashable, Sendable {
        case engagement, issues
    }

    /// The quote and the file; the engagement and issues are filled in as they are chosen.
    public var request: CollectRequest
    public var stage: Stage
    /// The row the cursor is on: at the engagement stage, 0 is "no engagement".
    public var cursor = 0

    public init(request: CollectRequest, stage: Stage) {
        self.request = request
        self.stage = stage
    }

    /// The week's engagements to choose from, in date order.
    static func engagements(_ dossier: Dossier) -> [Engagement] {
        dossier.engagements.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// How many rows the current stage offers.
    func rows(_ dossier: Dossier) -> Int {
        stage == .engagement ? Self.engagements(dossier).count + 1 : dossier.issues.count
    }
}
