/// One engagement on the desk's date axis, with the week it belongs to.
public struct TimelineEntry: Hashable, Sendable {
    /// The index of the week in `Desk.weeks`.
    public var weekIndex: Int
    /// The week's dossier id.
    public var week: String
    public var engagement: Engagement
    /// How many of the week's quotes were said at the engagement.
    public var quotes: Int

    /// What the timeline says after the title: where it was (unless it ran over several
    /// days, its end first), who took part by label, the quotes and any status but held.
    public func facts(in desk: Desk) -> [String] {
        let dossier = desk.weeks[weekIndex].dossier
        var facts: [String] = []
        if let end = engagement.end, end != engagement.date { facts.append("until \(end.heading)") }
        if let city = engagement.city { facts.append(city) }
        let parties = engagement.parties.map { dossier.party($0)?.label ?? $0 }
        if !parties.isEmpty { facts.append(parties.joined(separator: ", ")) }
        facts.append(WeekReport.count(quotes, "quote"))
        if engagement.status != .held { facts.append(engagement.status.rawValue) }
        return facts
    }
}

extension Desk {
    /// Every engagement of the desk in date order (then in desk and file order).
    public var timeline: [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for (index, week) in weeks.enumerated() {
            var counts: [String: Int] = [:]
            for quote in week.dossier.quotes {
                if let engagement = quote.engagement { counts[engagement, default: 0] += 1 }
            }
            for engagement in week.dossier.engagements {
                entries.append(
                    TimelineEntry(
                        weekIndex: index, week: week.id, engagement: engagement, quotes: counts[engagement.id] ?? 0))
            }
        }
        // A stable sort: weeks are in order already, and each week's engagements in date order.
        return entries.enumerated()
            .sorted { ($0.element.engagement.date, $0.offset) < ($1.element.engagement.date, $1.offset) }
            .map(\.element)
    }
}
