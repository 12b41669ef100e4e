import ParleyModel

extension FuzzCheck {
    /// Loads the bytes as a dossier: every diagnostic positioned inside the file, and a dossier
    /// that loads reports, serialises and exports without a raw control character, with no
    /// markup of its own in the HTML briefing and no link but to the web.
    public static let dossierLoader = FuzzCheck(target: "FuzzDossierLoader") { bytes in
        let loaded: LoadedDossier
        do throws(DossierLoadFailure) {
            loaded = try DossierLoader.load(bytes: bytes, file: "fuzz.yaml", sourceTexts: nil)
        } catch {
            guard case let .invalid(diagnostics) = error else { return nil }
            // YAML counts a line at every CR, LF, CR LF, NEL, LS and PS; a bound that counts
            // each of their bytes once is enough here.
            let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }.count + 1
            for diagnostic in diagnostics
            where diagnostic.line < 1 || diagnostic.line > lines + 1 || diagnostic.column < 1 {
                return "a diagnostic outside the file: \(diagnostic.line):\(diagnostic.column) of \(lines) lines"
            }
            return nil
        }
        if let problem = collectingKeepsTheFile(bytes, loaded.dossier) { return problem }
        let week = WeekReport.render(loaded.dossier, width: 80)
        if hasRawControl(week) { return "a raw control character in the week report" }
        let json = JSONValue.array(loaded.dossier.engagements.map(DossierJSON.engagementSummary)).serialized()
        if hasRawControl(json) { return "a raw control character in the JSON" }
        let briefing = Briefing(dossier: loaded.dossier)
        let html = BriefingHTML.render(briefing)
        if hasRawControl(BriefingMarkdown.render(briefing)) || hasRawControl(html) {
            return "a raw control character in a briefing"
        }
        for link in html.components(separatedBy: "href=\"").dropFirst()
        where !link.hasPrefix("https://") && !link.hasPrefix("http://") {
            return "a link to something other than the web: \(link.prefix(40))"
        }
        // Dossier text cannot open an element: every "<" the briefing has is one it wrote.
        let outsideStyle = html.components(separatedBy: "</style>").last ?? html
        for piece in outsideStyle.components(separatedBy: "<").dropFirst() {
            let name = String(piece.prefix { $0 != " " && $0 != ">" })
            if !briefingElements.contains(name) { return "an element the briefing does not write: <\(name)" }
        }
        return nil
    }

    /// A quote added to the dossier (as `parley collect` adds one) either is refused with a
    /// reason or leaves a file that holds every character of the old one, in order, and loads
    /// with the old quotes first.
    static func collectingKeepsTheFile(_ bytes: [UInt8], _ dossier: Dossier) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let found = QuoteCollection.Found(
            text: "Added \u{202E}words.", speaker: "Fuzz Speaker", date: Day("2030-01-01")!,
            url: "https://example.org/a",
            outlet: "example.org")
        guard let result = try? QuoteCollection.adding(found, to: text, dossier: dossier, file: "fuzz.yaml") else {
            return nil
        }
        var old = text.unicodeScalars.makeIterator()
        var wanted = old.next()
        for scalar in result.text.unicodeScalars where scalar == wanted { wanted = old.next() }
        if wanted != nil { return "adding a quote changed the file's own text" }
        guard let after = try? DossierLoader.load(yaml: result.text, file: "fuzz.yaml").dossier,
            Array(after.quotes.prefix(dossier.quotes.count)) == dossier.quotes
        else { return "adding a quote lost or changed the dossier's quotes" }
        return nil
    }

    /// The elements the HTML briefing writes, opening and closing.
    static let briefingElements: Set<String> = [
        "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "body", "/body",
        "header", "/header", "section", "/section", "article", "/article", "h1", "/h1", "h2", "/h2", "h3", "/h3",
        "p", "/p", "dl", "/dl", "dt", "/dt", "dd", "/dd", "blockquote", "/blockquote", "footer", "/footer",
        "cite", "/cite", "a", "/a", "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr",
        "th", "/th", "td", "/td", "span", "/span", "em", "/em", "ul", "/ul", "li", "/li",
    ]
}
