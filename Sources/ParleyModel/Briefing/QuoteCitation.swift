/// A quote with everything a reader needs to cite it: who, in what role, where and when.
public struct QuoteCitation: Hashable, Sendable {
    /// The words, with ellipses around a fragment quoted inside a paraphrase.
    public var text: String
    public var speaker: String
    public var role: String?
    public var outlet: String?
    public var date: Day
    public var url: String?

    public init(_ quote: Quote, in dossier: Dossier) {
        let speaker = dossier.speaker(quote.speaker)
        let source = dossier.source(quote.source)
        text = quote.partial ? FragmentEllipsis.framed(quote.text, ellipsis: "\u{2026}") : quote.text
        self.speaker = speaker.name
        role = speaker.role
        outlet = source?.outlet
        date = quote.date
        url = source?.url
    }

    /// A citation from its parts, for quotes kept elsewhere than a dossier (an archive's).
    public init(text: String, speaker: String, role: String?, outlet: String?, date: Day, url: String?) {
        self.text = text
        self.speaker = speaker
        self.role = role
        self.outlet = outlet
        self.date = date
        self.url = url
    }

    /// `“TEXT” — SPEAKER, ROLE, OUTLET, DATE, URL` with the parts that exist, on one line,
    /// control characters shown as visible escapes (it goes to clipboards and terminals).
    public var plain: String {
        let parts = [speaker, role, outlet, date.longText, url].compactMap { $0 }
        return VisibleText.escaped("\u{201C}\(text)\u{201D} \u{2014} " + parts.joined(separator: ", "))
    }

    /// The quote as a Markdown block quote, the outlet linked to the source when it has a web address.
    public var markdown: String {
        var parts = [MarkdownText.escaped(speaker)]
        if let role { parts.append(MarkdownText.escaped(role)) }
        if let outlet { parts.append(MarkdownText.link(outlet, to: url)) }
        parts.append(date.longText)
        if outlet == nil, let url, let address = WebLink.address(url) { parts.append("<\(address)>") }
        return "> \u{201C}\(MarkdownText.escaped(text))\u{201D}\n>\n> \u{2014} " + parts.joined(separator: ", ")
    }

    /// The quote as an HTML `blockquote`, the outlet linked to the source when it has a web address.
    public var html: String {
        var parts = ["<cite>\(HTMLText.escaped(speaker))</cite>"]
        if let role { parts.append(HTMLText.escaped(role)) }
        if let outlet { parts.append(HTMLText.link(outlet, to: url)) }
        parts.append(date.longText)
        if outlet == nil, let url, WebLink.address(url) != nil { parts.append(HTMLText.link(url, to: url)) }
        return "<blockquote><p>\u{201C}\(HTMLText.escaped(text))\u{201D}</p><footer>\u{2014} " + parts.joined(separator: ", ") + "</footer></blockquote>"
    }
}
