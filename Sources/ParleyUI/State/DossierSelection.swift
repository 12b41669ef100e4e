import ParleyModel

/// What is selected on every screen, by id rather than by position, so that a selection
/// survives the dossier being reloaded with entries added, removed or moved.
public struct DossierSelection: Hashable, Sendable {
    public var engagement: String?
    public var homeQuote: String?
    public var homeIssue: String?
    /// The quote selected on the quotes screen, when it is the dossier's.
    public var quote: String?
    /// Where the selection is among the archive quotes, when it is one of those (they follow
    /// the dossier's, which may now be more or fewer).
    public var archiveOffset: Int?
    public var leftParty: String?
    public var rightParty: String?
    public var positionsIssue: String?
    /// The engagement selected on the timeline, which may be of any week of the desk.
    public var timelineEngagement: String?

    /// Reads the ids of what `state` selects in `context`.
    public init(state: AppState, context: DashboardContext) {
        let dossier = context.dossier
        engagement = dossier.engagements.element(at: state.home.engagement)?.id
        homeQuote = context.quotesByDate.element(at: state.home.quote)?.id
        homeIssue = context.matrix.rows.element(at: state.home.issue)?.issue.id
        if let results = state.quotes.results {
            if let match = results.dossier.element(at: state.quotes.selection) {
                quote = context.corpus.dossierSearch.quotes.element(at: match.index)?.id
            } else if state.quotes.selection < results.count {
                archiveOffset = state.quotes.selection - results.dossier.count
            }
        }
        leftParty = dossier.parties.element(at: state.positions.left)?.id
        rightParty = dossier.parties.element(at: state.positions.right)?.id
        positionsIssue = dossier.issues.element(at: state.positions.issue)?.id
        timelineEngagement = context.timeline.element(at: state.timeline.selection)?.engagement.id
    }
}

extension Array {
    /// The element at `index`, or nil when there is none.
    func element(at index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
