/// Parties' positions side by side: one row per issue, one stance (or none) per party.
public struct PositionComparison: Sendable {
    public var parties: [Party]
    public var rows: [Row]

    /// One issue and where each compared party stands on it.
    public struct Row: Sendable {
        public var issue: Issue
        /// In the same order as `parties`; nil where a party has no position on the issue.
        public var stances: [PartyStance?]
    }

    /// A party's stance on an issue and how it moved during the period.
    public struct PartyStance: Sendable {
        /// The baseline position (no `as_of`) first, then the dated ones in engagement order.
        public var history: [Position]

        /// The stance as it stood last.
        public var current: Position { history[history.count - 1] }

        /// True when the dossier records the stance at more than one moment.
        public var moved: Bool { history.count > 1 }

        /// The ids of the quotes supporting any step of the stance, each once, in order.
        public var supportingQuotes: [String] {
            var seen: Set<String> = []
            return history.flatMap(\.quotes).filter { seen.insert($0).inserted }
        }

        /// How a step of a moving stance is introduced: "Throughout:" for the baseline,
        /// "As of NATO–Russia Council (12 Jan):" for a dated one.
        public static func label(for position: Position, in dossier: Dossier) -> String {
            guard let id = position.asOf, let engagement = dossier.engagement(id) else { return "Throughout:" }
            return "As of \(engagement.title) (\(engagement.date.day) \(engagement.date.monthAbbreviation)):"
        }
    }

    /// Compares the given parties (ids) on every issue of the dossier, in the dossier's issue order.
    ///
    /// Ids the dossier does not know are left out.
    public init(dossier: Dossier, parties partyIDs: [String]) {
        parties = partyIDs.compactMap(dossier.party)
        let partyIDs = parties.map(\.id)
        let engagementOrder = Dictionary(uniqueKeysWithValues: dossier.engagements.enumerated().map { ($1.id, $0) })
        rows = dossier.issues.map { issue in
            let stances = partyIDs.map { partyID -> PartyStance? in
                let history = dossier.positions
                    .filter { $0.party == partyID && $0.issue == issue.id }
                    .sorted { (($0.asOf.flatMap { engagementOrder[$0] } ?? -1)) < (($1.asOf.flatMap { engagementOrder[$0] } ?? -1)) }
                return history.isEmpty ? nil : PartyStance(history: history)
            }
            return Row(issue: issue, stances: stances)
        }
    }

    /// Compares every party of the dossier, for the full parties × issues matrix.
    public init(allPartiesOf dossier: Dossier) {
        self.init(dossier: dossier, parties: dossier.parties.map(\.id))
    }
}
