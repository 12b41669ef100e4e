/// What a briefing of a whole desk adds to one of a week: the timeline and how each party's
/// answers moved, issue by issue.
extension Briefing {
    /// A briefing of the period a desk covers: every engagement and key quote of every week,
    /// the latest positions, the timeline and the stance history per issue. A desk of one
    /// week is briefed as that week.
    public init(desk: Desk, quotes: [Quote]? = nil, query: String? = nil) {
        self.init(dossier: desk.combined, quotes: quotes, query: query)
        self.desk = desk.weeks.count > 1 ? desk : nil
    }

    /// One week of the timeline: its heading ("Week 2 of 3 · … · 8–14 Mar 2030") and a line per engagement.
    public struct TimelineWeek: Sendable {
        public var heading: String
        public var entries: [String]
    }

    /// The desk's engagements by week, oldest first; empty for a briefing of one week.
    public var timelineWeeks: [TimelineWeek] {
        guard let desk else { return [] }
        var weeks: [TimelineWeek] = []
        var current: Int?
        for entry in desk.timeline {
            if entry.weekIndex != current {
                current = entry.weekIndex
                weeks.append(TimelineWeek(heading: TimelineReport.heading(of: entry.weekIndex, in: desk), entries: []))
            }
            let line = ([entry.engagement.date.heading, entry.engagement.title] + entry.facts(in: desk))
                .joined(separator: " \u{00B7} ")
            weeks[weeks.count - 1].entries.append(line)
        }
        return weeks
    }

    /// Each issue's history across the desk, for the parties briefed that take a position on it.
    public var histories: [StanceHistory] {
        guard let desk else { return [] }
        let partyIDs = Set(parties.map(\.id))
        return dossier.issues.compactMap { issue in
            guard var history = StanceHistory(desk: desk, issue: issue.id) else { return nil }
            history.parties = history.parties.filter { partyIDs.contains($0.party.id) }
            return history.parties.isEmpty ? nil : history
        }
    }

    /// The table of a history: a row per week ("1 Mar 2030"), a cell per party.
    public func historyRows(_ history: StanceHistory) -> [(week: String, cells: [String])] {
        history.weeks.enumerated().map { index, week in
            (week.start.longText, history.parties.map { HistoryReport.cell($0, week: index) })
        }
    }

    /// What the cells of a history table mean.
    public static var historyLegend: String { HistoryReport.legend }

    /// Every move of a history in date order, in words.
    public func historyMoves(_ history: StanceHistory) -> [String] {
        HistoryReport.moves(history).map { party, step in
            let when =
                step.engagement.map { "at \($0.title) (\($0.date.heading))" } ?? "in the week of \(step.date.heading)"
            let answer = step.position.answer?.rawValue ?? "no answer"
            return "\(party.name) \(when): \(answer) \u{2014} \(step.position.stance)"
        }
    }
}
