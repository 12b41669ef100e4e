/// A desk's engagements on one date axis, as plain text grouped by week.
public enum TimelineReport {
    /// Oldest first, as a log reads; each week under a heading that says which of how many it is.
    public static func render(_ desk: Desk, width: Int = 80) -> String {
        let width = max(width, 40)
        let timeline = desk.timeline
        var lines = TextWrap.lines(VisibleText.escaped("Timeline: " + desk.combined.title), width: width)
        var facts = [WeekReport.count(desk.weeks.count, "week")]
        if let span = desk.combined.span { facts.insert(span.text, at: 0) }
        facts.append(WeekReport.count(timeline.count, "engagement"))
        facts.append(WeekReport.count(desk.combined.quotes.count, "quote"))
        lines.append(facts.joined(separator: " · "))

        let gutter = 17
        var currentWeek: Int?
        for entry in timeline {
            if entry.weekIndex != currentWeek {
                currentWeek = entry.weekIndex
                lines.append("")
                lines += TextWrap.lines(
                    VisibleText.escaped(heading(of: entry.weekIndex, in: desk)), width: width, splittingWords: false)
            }
            let engagement = entry.engagement
            let dateText =
                engagement.end.map { $0 == engagement.date ? engagement.date.heading : "\(engagement.date.heading)–" }
                ?? engagement.date.heading
            let titleLines = TextWrap.lines(
                VisibleText.escaped("\(engagement.title)  [\(engagement.id)]"), width: width - gutter)
            lines.append(TextWrap.padded(dateText, width: gutter - 1) + " " + (titleLines.first ?? ""))
            var details = titleLines.dropFirst().map { $0 }
            details += TextWrap.lines(
                VisibleText.escaped(entry.facts(in: desk).joined(separator: " · ")), width: width - gutter)
            lines += details.map { String(repeating: " ", count: gutter) + $0 }
        }
        return TextWrap.joinedLines(lines)
    }

    /// "Week 2 of 3 · Zenda talks, week two [zenda-2030-03-08] · 8–14 Mar 2030".
    public static func heading(of index: Int, in desk: Desk) -> String {
        let week = desk.weeks[index]
        var parts = ["Week \(index + 1) of \(desk.weeks.count)", "\(week.dossier.title) [\(week.id)]"]
        if let span = week.dossier.span { parts.append(span.text) }
        return parts.joined(separator: " · ")
    }
}
