import ParleyModel

/// One engagement's page laid out for a screen: where it goes, its lines, where each quote
/// starts and how far it scrolls. The meeting view draws it; the reducer scrolls by it.
struct MeetingPage {
    /// The box around the page (the screen's body).
    let frame: Rect
    /// Where the lines go, inside the box with a column of margin each side.
    let text: Rect
    let document: Document
    /// The line where each of the engagement's quotes starts.
    let quoteStarts: [Int]

    /// Nil when the dossier has no engagement `id`.
    init?(id: String, context: DashboardContext, layout: DashboardLayout) {
        guard let engagement = context.dossier.engagement(id) else { return nil }
        frame = layout.body
        let inside = frame.inset(by: 1)
        text = Rect(x: inside.x + 1, y: inside.y, width: max(1, inside.width - 2), height: max(1, inside.height))
        (document, quoteStarts) = Self.lines(engagement, context: context, width: text.width)
    }

    /// The largest useful scroll offset.
    var maximumScroll: Int { document.maximumScroll(height: text.height) }

    /// The page's lines for a given text width, and the line where each quote starts.
    static func lines(_ engagement: Engagement, context: DashboardContext, width: Int) -> (
        page: Document, quoteStarts: [Int]
    ) {
        let dossier = context.dossier
        let glyphs = context.glyphs
        var page = Document(width: width)
        var when = engagement.date.heading
        if let end = engagement.end, end != engagement.date { when += " \(glyphs.dash) \(end.heading)" }
        page.paragraph(engagement.title, role: .title)
        let place = [engagement.city, engagement.venue].compactMap { $0 }.joined(separator: ", ")
        page.paragraph(
            [when, place, engagement.status.rawValue].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) "),
            role: .muted)
        page.blank()
        page.field("Format", engagement.format)
        page.field("Chair", engagement.chair.flatMap(dossier.person).map(describe))
        page.field("Length", engagement.duration)
        page.field("Parties", engagement.parties.compactMap { dossier.party($0)?.name }.joined(separator: ", "))
        for (offset, delegation) in engagement.delegations.enumerated() {
            let party = dossier.party(delegation.party)?.name ?? delegation.party
            let people = delegation.people.compactMap(dossier.person).map(describe).joined(separator: "; ")
            page.field(offset == 0 ? "Delegations" : "", "\(party): \(people)")
        }
        if let note = context.notes.engagement(engagement.id) {
            page.blank()
            page.append(StyledLine("Your note", .heading))
            page.paragraph(note, role: .accent)
        }
        if let outcome = engagement.outcome {
            page.blank()
            page.append(StyledLine("Outcome", .heading))
            page.paragraph(outcome)
        }
        if let summary = engagement.summary {
            page.blank()
            page.append(StyledLine("Summary", .heading))
            page.paragraph(summary)
        }
        let quotes = dossier.quotes(at: engagement.id)
        page.blank()
        page.append(StyledLine("Quotes (\(quotes.count))", .heading))
        if quotes.isEmpty { page.paragraph("None recorded.", role: .muted) }
        var quoteStarts: [Int] = []
        for quote in quotes {
            page.blank()
            quoteStarts.append(page.lines.count)
            let speaker = dossier.speaker(quote.speaker)
            var who = speaker.name
            if let role = speaker.role { who += ", " + role }
            page.paragraph(who, role: .heading)
            let text =
                glyphs.openQuote
                + (quote.partial ? FragmentEllipsis.framed(quote.text, ellipsis: glyphs.ellipsis) : quote.text)
                + glyphs.closeQuote
            page.paragraph(text, role: .quote, indent: 2)
            let cue = [quote.context, dossier.source(quote.source).map { "source: " + $0.citation }].compactMap { $0 }
            page.paragraph(cue.joined(separator: " \(glyphs.separator) "), role: .muted, indent: 2)
            if let note = context.notes.quote(quote.id) {
                let mine = [note.flag.map { "[\($0)]" }, note.note].compactMap { $0 }.joined(separator: " ")
                page.paragraph("yours: " + mine, role: .accent, indent: 2)
            }
        }
        let sources = engagement.sources.compactMap(dossier.source)
        if !sources.isEmpty {
            page.blank()
            page.append(StyledLine("Sources", .heading))
            for source in sources {
                page.paragraph(source.citation + (source.url.map { " <\($0)>" } ?? ""), role: .muted, indent: 2)
            }
        }
        return (page, quoteStarts)
    }

    private static func describe(_ person: Person) -> String {
        person.role.map { "\(person.name) (\($0))" } ?? person.name
    }
}
