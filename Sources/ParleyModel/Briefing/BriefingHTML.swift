/// A briefing as one self-contained, printable HTML file: inline CSS in a light scheme that
/// prints well, no scripts, nothing fetched from elsewhere, every piece of dossier text escaped
/// and links only to web addresses.
public enum BriefingHTML {
    public static func render(_ briefing: Briefing) -> String {
        let dossier = briefing.dossier
        var html: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"parley \(ParleyRelease.version)\">",
            "<title>\(HTMLText.escaped(dossier.title))</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(HTMLText.escaped(dossier.title))</h1>",
        ]
        var byline = "Briefing from parley \(ParleyRelease.version)"
        if let period = briefing.periodText { byline = period + " \u{00B7} " + byline }
        html.append("<p class=\"byline\">\(HTMLText.escaped(byline))</p>")
        if let summary = dossier.summary { html.append("<p>\(HTMLText.escaped(summary))</p>") }
        html.append("</header>")

        let timeline = briefing.timelineWeeks
        if !timeline.isEmpty {
            html.append("<section>")
            html.append("<h2>Timeline</h2>")
            for week in timeline {
                html.append("<h3>\(HTMLText.escaped(week.heading))</h3>")
                html.append("<ul>")
                html += week.entries.map { "<li>\(HTMLText.escaped($0))</li>" }
                html.append("</ul>")
            }
            html.append("</section>")
        }

        if !briefing.engagements.isEmpty {
            html.append("<section>")
            html.append("<h2>Engagements</h2>")
            for engagement in briefing.engagements {
                html.append("<article>")
                html.append("<h3>\(HTMLText.escaped(engagement.title))</h3>")
                html.append("<dl>")
                for fact in briefing.facts(of: engagement) {
                    html.append("<dt>\(HTMLText.escaped(fact.label))</dt><dd>\(HTMLText.escaped(fact.value))</dd>")
                }
                html.append("</dl>")
                if let summary = engagement.summary { html.append("<p>\(HTMLText.escaped(summary))</p>") }
                let sources = engagement.sources.compactMap(dossier.source)
                if !sources.isEmpty {
                    html.append(
                        "<p class=\"sources\">Sources: "
                            + sources.map { HTMLText.link($0.citation, to: $0.url) }.joined(separator: "; ") + "</p>")
                }
                html.append("</article>")
            }
            html.append("</section>")
        }

        html.append("<section>")
        html.append("<h2>\(HTMLText.escaped(briefing.quotesHeading)) (\(briefing.quotes.count))</h2>")
        if briefing.quotes.isEmpty { html.append("<p><em>No quotes.</em></p>") }
        for quote in briefing.quotes {
            html.append(QuoteCitation(quote, in: dossier).html)
            if let note = briefing.noteText(of: quote) {
                html.append("<p class=\"note\">Your note: \(HTMLText.escaped(note))</p>")
            }
        }
        html.append("</section>")

        let histories = briefing.histories
        if !histories.isEmpty {
            html.append("<section>")
            html.append("<h2>Positions over time</h2>")
            html.append("<p class=\"question\">\(HTMLText.escaped(Briefing.historyLegend))</p>")
            for history in histories {
                html += issueHeading(history.issue)
                html.append("<table>")
                let labels = history.parties.map { "<th scope=\"col\">\(HTMLText.escaped($0.party.label))</th>" }
                html.append("<thead><tr><th>Week</th>" + labels.joined() + "</tr></thead>")
                html.append("<tbody>")
                for row in briefing.historyRows(history) {
                    let cells = row.cells.map { "<td>\(HTMLText.escaped($0))</td>" }
                    html.append("<tr><th scope=\"row\">\(HTMLText.escaped(row.week))</th>" + cells.joined() + "</tr>")
                }
                html.append("</tbody>")
                html.append("</table>")
                let moves = briefing.historyMoves(history)
                if !moves.isEmpty {
                    html.append("<ul>" + moves.map { "<li>\(HTMLText.escaped($0))</li>" }.joined() + "</ul>")
                }
            }
            html.append("</section>")
        }

        let comparison = briefing.comparison
        if !comparison.rows.isEmpty, !comparison.parties.isEmpty {
            html.append("<section>")
            html.append("<h2>Positions\(histories.isEmpty ? "" : " in the latest week")</h2>")
            for row in comparison.rows {
                html += issueHeading(row.issue)
                html.append("<table>")
                html.append("<thead><tr><th>Party</th><th>Answer</th><th>Stance</th></tr></thead>")
                html.append("<tbody>")
                for (party, stance) in zip(comparison.parties, row.stances) {
                    let answer =
                        stance?.current.answer.map {
                            "<span class=\"answer \($0.rawValue)\">\($0.mark) \($0.rawValue)</span>"
                        } ?? "\u{2014}"
                    let text = stance.map(briefing.stanceText) ?? "no recorded position"
                    html.append(
                        "<tr><th scope=\"row\">\(HTMLText.escaped(party.name))</th><td>\(answer)</td><td>\(HTMLText.escaped(text))</td></tr>"
                    )
                }
                html.append("</tbody>")
                html.append("</table>")
            }
            html += agreement(briefing)
            html.append("</section>")
        }

        let sources = briefing.sources
        if !sources.isEmpty {
            html.append("<section>")
            html.append("<h2>Sources</h2>")
            html.append("<ul class=\"sources\">")
            for source in sources {
                var item = HTMLText.escaped(source.citation)
                if let url = source.url, WebLink.address(url) != nil {
                    item += " \u{2014} " + HTMLText.link(url, to: url)
                }
                html.append("<li>\(item)</li>")
            }
            html.append("</ul>")
            html.append("</section>")
        }
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// An issue's title, and its question under it.
    private static func issueHeading(_ issue: Issue) -> [String] {
        var html = ["<h3>\(HTMLText.escaped(issue.title))</h3>"]
        if let question = issue.question { html.append("<p class=\"question\">\(HTMLText.escaped(question))</p>") }
        return html
    }

    private static func agreement(_ briefing: Briefing) -> [String] {
        let parties = briefing.parties
        let table = AgreementTable(dossier: briefing.dossier)
        var html = [
            "<h3>Agreement</h3>",
            "<p class=\"question\">Issues answered alike, of those both parties answer (unclear not counted).</p>",
            "<table class=\"agreement\">",
            "<thead><tr><th></th>" + parties.map { "<th>\(HTMLText.escaped($0.label))</th>" }.joined()
                + "</tr></thead>",
            "<tbody>",
        ]
        for row in parties {
            let cells = parties.map { "<td>\(table.text(row.id, $0.id))</td>" }
            html.append("<tr><th scope=\"row\">\(HTMLText.escaped(row.label))</th>" + cells.joined() + "</tr>")
        }
        html += ["</tbody>", "</table>"]
        return html
    }

    /// A light scheme that reads on screen and prints on paper; nothing loaded from elsewhere.
    static let style = """
        body { font-family: Georgia, "Times New Roman", serif; color: #1d1d1f; background: #ffffff; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
        h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
        h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2rem; color: #1f4e79; }
        h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
        .byline, .question { color: #555555; font-style: italic; margin-top: 0; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        blockquote { margin: 0.8rem 0; padding: 0.2rem 1rem; border-left: 4px solid #1f4e79; background: #f4f7fb; }
        blockquote p { margin: 0.3rem 0; font-size: 1.05rem; }
        blockquote footer { color: #444444; font-size: 0.9rem; }
        cite { font-style: normal; font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 1rem; font-size: 0.95rem; }
        th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #eef2f7; }
        table.agreement { width: auto; }
        .answer { font-weight: bold; white-space: nowrap; }
        .answer.yes { color: #1b6e20; }
        .answer.no { color: #a31515; }
        .answer.qualified { color: #8a5a00; }
        .answer.unclear { color: #555555; }
        .sources { font-size: 0.9rem; }
        a { color: #1f4e79; }
        @media print {
          body { margin: 0; max-width: none; font-size: 11pt; }
          h2 { break-after: avoid; }
          blockquote, table, article { break-inside: avoid; }
          a { color: inherit; }
          a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
        }
        """
}
