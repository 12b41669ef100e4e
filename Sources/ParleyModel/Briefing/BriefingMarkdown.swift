/// A briefing as Markdown (CommonMark with GitHub's tables): every piece of dossier text escaped,
/// links only to web addresses.
public enum BriefingMarkdown {
    public static func render(_ briefing: Briefing) -> String {
        let dossier = briefing.dossier
        var blocks: [String] = ["# " + MarkdownText.escaped(dossier.title)]
        var byline = "Briefing from parley \(ParleyRelease.version)"
        if let period = briefing.periodText { byline = period + " \u{00B7} " + byline }
        blocks.append("*" + byline + "*")
        if let summary = dossier.summary { blocks.append(MarkdownText.escaped(summary)) }

        let timeline = briefing.timelineWeeks
        if !timeline.isEmpty {
            blocks.append("## Timeline")
            for week in timeline {
                blocks.append("### " + MarkdownText.escaped(week.heading))
                blocks.append(week.entries.map { "- " + MarkdownText.escaped($0) }.joined(separator: "\n"))
            }
        }

        if !briefing.engagements.isEmpty {
            blocks.append("## Engagements")
            for engagement in briefing.engagements {
                blocks.append("### " + MarkdownText.escaped(engagement.title))
                blocks.append(
                    briefing.facts(of: engagement).map { "- **\($0.label):** " + MarkdownText.escaped($0.value) }
                        .joined(separator: "\n"))
                if let summary = engagement.summary { blocks.append(MarkdownText.escaped(summary)) }
                let sources = engagement.sources.compactMap(dossier.source)
                if !sources.isEmpty {
                    blocks.append(
                        "Sources: " + sources.map { MarkdownText.link($0.citation, to: $0.url) }.joined(separator: "; ")
                    )
                }
            }
        }

        blocks.append("## " + MarkdownText.escaped(briefing.quotesHeading) + " (\(briefing.quotes.count))")
        if briefing.quotes.isEmpty { blocks.append("*No quotes.*") }
        for quote in briefing.quotes {
            blocks.append(QuoteCitation(quote, in: dossier).markdown)
            if let note = briefing.noteText(of: quote) {
                blocks.append("*Your note: " + MarkdownText.escaped(note) + "*")
            }
        }

        let histories = briefing.histories
        if !histories.isEmpty {
            blocks.append("## Positions over time")
            blocks.append("*" + MarkdownText.escaped(Briefing.historyLegend) + "*")
            for history in histories {
                var heading = "### " + MarkdownText.escaped(history.issue.title)
                if let question = history.issue.question { heading += "\n\n*" + MarkdownText.escaped(question) + "*" }
                blocks.append(heading)
                var table = [
                    "| Week | " + history.parties.map { MarkdownText.escaped($0.party.label) }.joined(separator: " | ")
                        + " |",
                    "| --- |" + String(repeating: " --- |", count: history.parties.count),
                ]
                for row in briefing.historyRows(history) {
                    table.append(
                        "| " + row.week + " | " + row.cells.map(MarkdownText.escaped).joined(separator: " | ") + " |")
                }
                blocks.append(table.joined(separator: "\n"))
                let moves = briefing.historyMoves(history)
                if !moves.isEmpty {
                    blocks.append(moves.map { "- " + MarkdownText.escaped($0) }.joined(separator: "\n"))
                }
            }
        }

        let comparison = briefing.comparison
        if !comparison.rows.isEmpty, !comparison.parties.isEmpty {
            blocks.append("## Positions" + (histories.isEmpty ? "" : " in the latest week"))
            for row in comparison.rows {
                var heading = "### " + MarkdownText.escaped(row.issue.title)
                if let question = row.issue.question { heading += "\n\n*" + MarkdownText.escaped(question) + "*" }
                blocks.append(heading)
                var table = ["| Party | Answer | Stance |", "| --- | --- | --- |"]
                for (party, stance) in zip(comparison.parties, row.stances) {
                    let answer = stance?.current.answer?.rawValue ?? "\u{2014}"
                    let text = stance.map(briefing.stanceText) ?? "no recorded position"
                    table.append(
                        "| " + MarkdownText.escaped(party.name) + " | " + answer + " | " + MarkdownText.escaped(text)
                            + " |")
                }
                blocks.append(table.joined(separator: "\n"))
            }
            blocks.append(agreement(briefing))
        }

        let sources = briefing.sources
        if !sources.isEmpty {
            blocks.append("## Sources")
            blocks.append(
                sources.map { source in
                    var line = "- " + MarkdownText.escaped(source.citation)
                    if let url = source.url, let address = WebLink.address(url) { line += " \u{2014} <\(address)>" }
                    return line
                }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The party × party table of answers given alike, out of those both give.
    private static func agreement(_ briefing: Briefing) -> String {
        let parties = briefing.parties
        let table = AgreementTable(dossier: briefing.dossier)
        var lines = [
            "### Agreement",
            "",
            "Issues answered alike, of those both parties answer (*unclear* not counted).",
            "",
            "| | " + parties.map { MarkdownText.escaped($0.label) }.joined(separator: " | ") + " |",
            "| --- |" + String(repeating: " --- |", count: parties.count),
        ]
        for row in parties {
            let cells = parties.map { table.text(row.id, $0.id) }
            lines.append("| " + MarkdownText.escaped(row.label) + " | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
