/// One engagement in full as plain text: the facts, the delegations, its quotes and sources.
public enum EngagementReport {
    public static func render(_ engagement: Engagement, in dossier: Dossier, width: Int = 80) -> String {
        let width = max(width, 40)
        var lines = TextWrap.lines(VisibleText.escaped("\(engagement.title)  [\(engagement.id)]"), width: width)
        var when = engagement.date.heading
        if let end = engagement.end, end != engagement.date { when += " to \(end.heading)" }
        let place = [engagement.city, engagement.venue].compactMap { $0 }.joined(separator: ", ")
        lines += TextWrap.lines(VisibleText.escaped([when, place, engagement.status.rawValue].filter { !$0.isEmpty }.joined(separator: " · ")), width: width)
        lines.append("")

        let label = 13
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            let wrapped = TextWrap.lines(VisibleText.escaped(value), width: width - label)
            for (offset, line) in wrapped.enumerated() {
                lines.append((offset == 0 ? TextWrap.padded(name, width: label) : String(repeating: " ", count: label)) + line)
            }
        }
        field("Format", engagement.format)
        field("Chair", engagement.chair.map { describe(person: $0, in: dossier) })
        field("Length", engagement.duration)
        field("Parties", engagement.parties.map { dossier.party($0)?.name ?? $0 }.joined(separator: ", "))
        for (offset, delegation) in engagement.delegations.enumerated() {
            let party = dossier.party(delegation.party)?.name ?? delegation.party
            let people = delegation.people.map { describe(person: $0, in: dossier) }.joined(separator: "; ")
            field(offset == 0 ? "Delegations" : "", "\(party): \(people)")
        }
        field("Outcome", engagement.outcome)
        field("Summary", engagement.summary)

        let quotes = dossier.quotes(at: engagement.id)
        lines.append("")
        lines.append("Quotes (\(quotes.count))")
        if quotes.isEmpty { lines.append("  none recorded") }
        for quote in quotes {
            lines.append("")
            lines += QuoteReport.block(for: quote, in: dossier, width: width, indent: 2)
        }

        let sources = engagement.sources.compactMap(dossier.source)
        if !sources.isEmpty {
            lines.append("")
            lines.append("Sources")
            for source in sources {
                var text = source.citation
                if let url = source.url { text += " <\(url)>" }
                lines += TextWrap.lines(VisibleText.escaped(text), width: width - 4, splittingWords: false).map { "  " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(person id: String, in dossier: Dossier) -> String {
        guard let person = dossier.person(id) else { return id }
        return person.role.map { "\(person.name) (\($0))" } ?? person.name
    }
}
