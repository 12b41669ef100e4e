import ParleyModel

extension FuzzCheck {
    /// Reads the bytes as the files of a desk (split at each NUL, which no dossier holds) and
    /// puts together those that load: every diagnostic names one of the files at a line and
    /// column inside it; a desk that assembles writes its timeline, each issue's history and
    /// its briefing without a raw control character; and its search finds the same with the
    /// index narrowing it as without, for words of its own quotes.
    public static let deskAssembly = FuzzCheck(target: "FuzzDeskAssembly") { bytes in
        let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
        var weeks: [DeskWeek] = []
        var lines: [String: Int] = [:]
        for (index, part) in parts.enumerated() {
            let file = "week\(index).yaml"
            lines[file] = part.filter { $0 == 0x0A || $0 == 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }.count + 1
            if let loaded = try? DossierLoader.load(bytes: part, file: file, sourceTexts: nil) {
                weeks.append(DeskWeek(file: file, dossier: loaded.dossier, places: loaded.places))
            }
        }
        let assembly = Desk.assemble(weeks, name: "fuzz")
        for diagnostic in assembly.diagnostics {
            guard let count = lines[diagnostic.file] else {
                return "a diagnostic naming no file of the desk: \(diagnostic.file)"
            }
            if diagnostic.line < 1 || diagnostic.line > count + 1 || diagnostic.column < 1 {
                return "a diagnostic outside its file: \(diagnostic.line):\(diagnostic.column) of \(count) lines"
            }
            if hasRawControl(diagnostic.description) { return "a raw control character in a diagnostic" }
        }
        guard let desk = assembly.desk else {
            return weeks.isEmpty || assembly.diagnostics.contains { $0.severity == .error }
                ? nil : "no desk, and no error saying why"
        }
        if hasRawControl(TimelineReport.render(desk)) { return "a raw control character in the timeline" }
        for issue in desk.combined.issues {
            guard let history = StanceHistory(desk: desk, issue: issue.id) else { return "no history for \(issue.id)" }
            if hasRawControl(HistoryReport.render(history)) { return "a raw control character in a history" }
        }
        let briefing = Briefing(desk: desk)
        if hasRawControl(BriefingMarkdown.render(briefing)) || hasRawControl(BriefingHTML.render(briefing)) {
            return "a raw control character in a desk briefing"
        }
        let search = QuoteSearch(desk: desk)
        let words = desk.combined.quotes.prefix(8).flatMap { Tokenizer.words(in: $0.text).prefix(3) }
        for word in words {
            for text in [
                word, String(word.prefix(1)), "\(word) -\(word.prefix(2))", "week:\(desk.weeks[0].id) \(word)",
            ] {
                guard let query = try? QueryParser.parse(text) else { continue }
                if search.search(query, narrowing: true) != search.search(query, narrowing: false) {
                    return "the index narrowed away a match of \(text.debugDescription)"
                }
            }
        }
        return nil
    }
}
