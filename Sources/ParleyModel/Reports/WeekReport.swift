/// The week at a glance as plain text: each engagement in date order with its essentials.
public enum WeekReport {
    /// - Parameter archives: the name and size of each quote archive loaded beside the
    ///   dossier, listed at the end.
    public static func render(_ dossier: Dossier, width: Int = 80, archives: [(name: String, quotes: Int)] = []) -> String {
        let width = max(width, 40)
        var lines: [String] = []
        lines += TextWrap.lines(VisibleText.escaped(dossier.title), width: width)
        var facts: [String] = []
        if let span = dossier.span { facts.append(span.start == span.end ? "\(span.start)" : "\(span.start) to \(span.end)") }
        facts.append(count(dossier.engagements.count, "engagement"))
        facts.append(count(dossier.quotes.count, "quote"))
        facts.append(count(dossier.issues.count, "issue"))
        facts.append(count(dossier.parties.count, "party", plural: "parties"))
        lines.append(facts.joined(separator: " · "))

        let gutter = 17
        let textWidth = width - gutter
        for engagement in dossier.engagements {
            lines.append("")
            let heading = "\(engagement.title)  [\(engagement.id)]"
            let headingLines = TextWrap.lines(VisibleText.escaped(heading), width: textWidth)
            let dateText = engagement.end.map { $0 == engagement.date ? engagement.date.heading : "\(engagement.date.heading)–" } ?? engagement.date.heading
            lines.append(TextWrap.padded(dateText, width: gutter - 1) + " " + (headingLines.first ?? ""))
            var details: [String] = headingLines.dropFirst().map { $0 }
            if let end = engagement.end, end != engagement.date { details.append("until \(end.heading)") }
            let place = [engagement.city, engagement.venue].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { details.append(place) }
            let format = [engagement.format, engagement.duration].compactMap { $0 }.joined(separator: " · ")
            if !format.isEmpty { details.append(format) }
            if engagement.status != .held { details.append("Status: \(engagement.status.rawValue)") }
            if let chair = engagement.chair.flatMap(dossier.person) { details.append("Chair: \(chair.name)") }
            let heads = dossier.heads(of: engagement).compactMap { head -> String? in
                guard let person = head.person else { return nil }
                return "\(person.name) (\(head.party?.label ?? "?"))"
            }
            if !heads.isEmpty { details.append("Heads: " + heads.joined(separator: ", ")) }
            if let outcome = engagement.outcome { details.append("Outcome: " + outcome) }
            if let quote = dossier.quotes(at: engagement.id).first {
                details.append("\u{201C}\(quote.text)\u{201D} \u{2014} \(dossier.speaker(quote.speaker).name)")
            }
            for detail in details {
                for line in TextWrap.lines(VisibleText.escaped(detail), width: textWidth) {
                    lines.append(String(repeating: " ", count: gutter) + line)
                }
            }
        }
        if !archives.isEmpty {
            lines.append("")
            for archive in archives {
                lines += TextWrap.lines(VisibleText.escaped("Quote archive \(archive.name): \(count(archive.quotes, "quote")), searched with `parley quotes`"), width: width)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "1 quote", "3 quotes", "5 parties".
    public static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }
}
