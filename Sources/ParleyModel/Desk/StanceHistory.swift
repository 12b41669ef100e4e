/// Each party's answer and stance on one issue, week by week across a desk.
public struct StanceHistory: Sendable {
    public var issue: Issue
    /// The parties asked for, or every party with a position on the issue, in desk order.
    public var parties: [PartyHistory]
    /// The weeks of the desk, for tables with a column per week.
    public var weeks: [DeskWeek]

    /// One party's positions on the issue in the order they were taken.
    public struct PartyHistory: Sendable {
        public var party: Party
        public var steps: [Step]

        public init(party: Party, steps: [Step]) {
            self.party = party
            self.steps = steps
        }

        /// The party's last step in a week; nil when the week records no position.
        public func last(inWeek index: Int) -> Step? {
            steps.last { $0.weekIndex == index }
        }

        /// True when a step of the week changes the answer or the stance from the one before.
        public func moved(inWeek index: Int) -> Bool {
            steps.contains { $0.weekIndex == index && $0.moved }
        }
    }

    /// A position as it stood from a week, or from an engagement within one.
    public struct Step: Sendable {
        public var weekIndex: Int
        /// The week's dossier id.
        public var week: String
        /// The engagement's date for a dated position; the week's first day otherwise.
        public var date: Day
        /// The engagement the position is as of; nil for the week's baseline.
        public var engagement: Engagement?
        public var position: Position
        /// True when the answer or the stance differs from the party's step before.
        public var moved: Bool

        public init(weekIndex: Int, week: String, date: Day, engagement: Engagement?, position: Position, moved: Bool) {
            self.weekIndex = weekIndex
            self.week = week
            self.date = date
            self.engagement = engagement
            self.position = position
            self.moved = moved
        }
    }

    /// The history of `issueID` for the given parties (every party with a position when
    /// empty); nil when no week of the desk defines the issue. Unknown party ids are left out.
    public init?(desk: Desk, issue issueID: String, parties partyIDs: [String] = []) {
        guard let issue = desk.combined.issue(issueID) else { return nil }
        self.issue = issue
        weeks = desk.weeks
        var histories: [String: [Step]] = [:]
        for (index, week) in desk.weeks.enumerated() {
            let dossier = week.dossier
            let engagementOrder = Dictionary(uniqueKeysWithValues: dossier.engagements.enumerated().map { ($1.id, $0) })
            let positions = dossier.positions.filter { $0.issue == issueID }.enumerated()
                .sorted {
                    (($0.element.asOf.flatMap { engagementOrder[$0] } ?? -1), $0.offset) < (
                        ($1.element.asOf.flatMap { engagementOrder[$0] } ?? -1), $1.offset
                    )
                }
                .map(\.element)
            for position in positions {
                let engagement = position.asOf.flatMap(dossier.engagement)
                let previous = histories[position.party]?.last?.position
                let moved = previous.map { $0.answer != position.answer || $0.stance != position.stance } ?? false
                histories[position.party, default: []].append(
                    Step(
                        weekIndex: index, week: week.id, date: engagement?.date ?? week.start, engagement: engagement,
                        position: position, moved: moved)
                )
            }
        }
        let wanted = partyIDs.isEmpty ? desk.combined.parties.map(\.id).filter { histories[$0] != nil } : partyIDs
        parties = wanted.compactMap { id in
            desk.combined.party(id).map { PartyHistory(party: $0, steps: histories[id] ?? []) }
        }
    }
}
