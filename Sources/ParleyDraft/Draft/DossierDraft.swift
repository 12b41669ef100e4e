import ParleyModel

/// A dossier drafted from articles, written as YAML that `parley check` accepts.
///
/// Everything an article settles is filled in: its source, the people quoted (one per full
/// name across all the articles) with their roles, the bodies quoted as speakers, and every
/// quotation with its speaker, date, cue and source. What an article cannot settle — the
/// engagements, the parties' alignment, the issues and positions — is left as a clearly
/// marked TODO with placeholders that still check, so the author can open the dashboard on
/// the draft at once and fill it in while it follows the file.
public struct DossierDraft: Sendable {
    public var articles: [DraftedArticle]
    /// The date used where no article gives one.
    public var today: Day
    /// For each article, its path relative to the dossier's folder, to write as the source's
    /// `file:` (so `parley check` looks for every quotation in it); nil writes it as a comment.
    public var sourceFiles: [String?]

    public init(articles: [DraftedArticle], today: Day, sourceFiles: [String?]? = nil) {
        self.articles = articles
        self.today = today
        self.sourceFiles = sourceFiles ?? articles.map { _ in nil }
    }

    /// Who speaks, across all the articles, and the id each gets.
    struct Cast {
        struct Person {
            var id: String
            var name: String
            var role: String?
            var quotes = 0
        }

        struct Body {
            var id: String
            var name: String
            var kind: String
        }

        var people: [Person] = []
        var bodies: [Body] = []
        var needsUnattributed = false
        private var personIndex: [String: Int] = [:]
        private var bodyIndex: [String: Int] = [:]
        private var taken: Set<String> = ["unattributed"]

        static func key(_ name: String) -> String {
            TextFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        /// The id of the speaker a quotation gets, adding the speaker when first seen.
        mutating func id(for speaker: DraftSpeaker?, lexicon: Lexicon) -> String {
            guard let speaker, let name = speaker.name else {
                needsUnattributed = true
                return "unattributed"
            }
            switch speaker.kind {
            case .person:
                let key = Self.key(name)
                if let index = personIndex[key] {
                    if people[index].role == nil { people[index].role = speaker.role }
                    people[index].quotes += 1
                    return people[index].id
                }
                let surname = name.split(separator: " ").last.map(String.init) ?? name
                var base = DraftSlug.make(surname) ?? DraftSlug.make(name) ?? "person"
                if taken.contains(base), let full = DraftSlug.make(name) { base = full }
                let id = DraftSlug.unique(base, in: &taken)
                personIndex[key] = people.count
                people.append(Person(id: id, name: name, role: speaker.role, quotes: 1))
                return id
            case .institution:
                let key = Self.key(name)
                if let index = bodyIndex[key] { return bodies[index].id }
                let id = DraftSlug.unique(DraftSlug.make(name) ?? "party", in: &taken)
                bodyIndex[key] = bodies.count
                let words = name.lowercased().split(separator: " ").map(String.init)
                let isCountry = words.count <= 2 && lexicon.places[words[0]]?.contains(words) == true
                let kind = name.lowercased().contains("nato") || name.lowercased().contains("alliance") ? "alliance" : isCountry ? "state" : "organization"
                bodies.append(Body(id: id, name: name, kind: kind))
                return id
            case .anonymous, .unresolved:
                needsUnattributed = true
                return "unattributed"
            }
        }
    }

    /// The dossier as YAML text.
    public func yaml(lexicon: Lexicon = .standard) -> String {
        var cast = Cast()
        var sourceIDs: [String] = []
        var takenSources = Set<String>()
        for article in articles {
            let base = [article.outlet.flatMap { DraftSlug.make($0, words: 3) }, article.date?.description].compactMap { $0 }.joined(separator: "-")
            let fallback = DraftSlug.make(Self.fileName(article.file), words: 4) ?? "article"
            sourceIDs.append(DraftSlug.unique(base.isEmpty ? fallback : base, in: &takenSources))
        }
        struct Entry {
            var id: String
            var quote: DraftedQuote
            var article: Int
            var speakerID: String
            var date: Day
            var dated: Bool
        }
        var entries: [Entry] = []
        var quoteIDs = Set<String>()
        for (number, article) in articles.enumerated() {
            for quote in article.draft.quotes {
                let speakerID = cast.id(for: quote.speaker, lexicon: lexicon)
                let opening = quote.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(4).joined(separator: " ")
                let base = [speakerID == "unattributed" ? "quote" : speakerID, DraftSlug.make(opening, words: 4)].compactMap { $0 }.joined(separator: "-")
                let id = DraftSlug.unique(DraftSlug.make(base, words: 8) ?? "quote", in: &quoteIDs)
                let date = article.day(of: quote)
                entries.append(Entry(id: id, quote: quote, article: number, speakerID: speakerID, date: date ?? today, dated: date != nil))
            }
        }

        var out = ""
        let quoteCount = entries.count
        out += "# A dossier drafted by parley draft from \(Self.count(articles.count, "article")), \(Self.count(quoteCount, "quotation")) in all.\n"
        for article in articles {
            out += "#   \(comment(article.file)): \(Self.count(article.draft.quotes.count, "quotation"))\n"
        }
        out += """
        # Every quotation is copied verbatim from its article, with the speaker and cue the
        # article gives; check each against the text. Whatever an article cannot settle is
        # marked TODO: fill it in, then run parley check on this file.

        parley: 1

        """
        let firstTitle = articles.lazy.compactMap(\.title).first
        let dossierID = firstTitle.flatMap { DraftSlug.make($0, words: 6) } ?? "draft"
        out += "id: \(dossierID)\n"
        if let firstTitle, articles.count == 1 {
            out += "title: \(YAMLScalar.plainOrQuoted(firstTitle))\n"
        } else {
            out += "title: \(YAMLScalar.quoted("TODO: a title for these \(articles.count) articles"))\n"
        }
        let dated = entries.filter(\.dated).map(\.date)
        if let start = dated.min(), let end = dated.max() {
            out += "period: {start: \(start), end: \(end)}\n"
        }

        out += "\nsources:\n"
        for (number, article) in articles.enumerated() {
            out += "  - id: \(sourceIDs[number])\n"
            if let outlet = article.outlet {
                out += "    outlet: \(YAMLScalar.plainOrQuoted(outlet))\n"
            } else {
                out += "    outlet: \(YAMLScalar.quoted("TODO: outlet"))   # not found in the article; --outlet gives it\n"
            }
            if let title = article.title { out += "    title: \(YAMLScalar.plainOrQuoted(title))\n" }
            if let date = article.date {
                out += "    date: \(date)\n"
            } else {
                out += "    # TODO: date — not found in the article (--date gives it); its quotations carry \(today), today's date\n"
            }
            if let url = article.url { out += "    url: \(YAMLScalar.quoted(url))\n" }
            if let file = sourceFiles[number] {
                out += "    file: \(YAMLScalar.quoted(file))\n"
            } else if article.file != "-", article.draft.text.format == .plain {
                out += "    # file: \(comment(article.file)) — the article's text, relative to this dossier's folder; with it,\n"
                out += "    #   parley check looks for every quotation in the text\n"
            }
        }

        out += "\nparties:\n"
        out += "  # TODO: the parties these articles are about. Listed here are only the bodies quoted as\n"
        out += "  # speakers; add the states and organisations the people speak for, and give each person a party.\n"
        let mentioned = mentionedPlaces(cast.people.compactMap(\.role), lexicon: lexicon)
        if !mentioned.isEmpty {
            out += "  # The roles below name: \(comment(mentioned.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))).\n"
        }
        for body in cast.bodies {
            out += "  - {id: \(body.id), name: \(YAMLScalar.plainOrQuoted(body.name)), kind: \(body.kind)}\n"
        }
        if cast.bodies.isEmpty {
            out += "  - {id: todo-party, name: \(YAMLScalar.quoted("TODO: a party")), kind: other}\n"
        }

        out += "\npeople:\n"
        if cast.people.isEmpty, !cast.needsUnattributed { out += "  []\n" }
        for person in cast.people {
            var fields = "id: \(person.id), name: \(YAMLScalar.plainOrQuoted(person.name))"
            if let role = person.role { fields += ", role: \(YAMLScalar.plainOrQuoted(role))" }
            out += "  - {\(fields)}   # TODO: party\n"
        }
        if cast.needsUnattributed {
            out += "  - {id: unattributed, name: \(YAMLScalar.quoted("TODO: speaker not found"))}   # stands in where the article names nobody\n"
        }

        let firstDate = articles.compactMap(\.date).min() ?? today
        out += "\nengagements:\n"
        out += "  # TODO: the meetings these articles report. This placeholder keeps the draft valid:\n"
        out += "  # replace it (title, date, city, parties, delegations, outcome) and give each quotation\n"
        out += "  # its `engagement:`.\n"
        out += "  - id: todo-engagement\n"
        out += "    title: \(YAMLScalar.quoted("TODO: the engagement these articles report"))\n"
        out += "    date: \(firstDate)\n"

        out += "\nquotes:\n"
        if entries.isEmpty { out += "  []   # no quotation was found\n" }
        for entry in entries {
            let article = articles[entry.article]
            let quote = entry.quote
            let position = quote.pieces.first.map { article.draft.text.position(of: $0.lowerBound) } ?? (1, 1)
            var note = "\(comment(article.file)):\(position.0):\(position.1)"
            if let speaker = quote.speaker {
                note += " — \(speaker.kind == .person || speaker.kind == .institution ? "said by" : "the article says") “\(comment(speaker.mention))”"
                if let placement = quote.placement { note += " (\(placement.rawValue))" }
            }
            out += "  # \(note)\n"
            if quote.speaker?.name == nil {
                let what = quote.speaker.map { "the article attributes it to “\(comment($0.mention))”, who is not named" } ?? "no attribution found"
                out += "  # TODO: speaker — \(what)\n"
            }
            if !entry.dated { out += "  # TODO: date — the article's date is unknown\n" }
            out += "  - id: \(entry.id)\n"
            out += "    text: \(YAMLScalar.quoted(quote.text))\n"
            out += "    speaker: \(entry.speakerID)\n"
            out += "    date: \(entry.date)\n"
            if let cue = quote.cue { out += "    context: \(YAMLScalar.plainOrQuoted(cue))\n" }
            if quote.partial { out += "    partial: true\n" }
            out += "    source: \(sourceIDs[entry.article])\n"
        }

        out += "\n# TODO: the issues at stake, each with its question, and each party's positions on them\n"
        out += "# (docs/dossier-format.md shows both). Give quotations their `issues:` as you go.\n"
        out += "issues: []\n"
        out += "positions: []\n"
        return out
    }

    /// Places the people's roles name ("Russia's deputy foreign minister"), most named first.
    func mentionedPlaces(_ roles: [String], lexicon: Lexicon) -> [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for role in roles {
            var seen = Set<String>()
            for word in role.split(whereSeparator: { $0 == " " || $0 == "," }) {
                let bare = NameResolver.withoutPossessive(String(word))
                let key = bare.lowercased()
                guard bare.first?.isUppercase == true, lexicon.places[key]?.contains([key]) == true || ["nato", "osce", "eu", "un"].contains(key), !seen.contains(key) else { continue }
                seen.insert(key)
                if counts[bare] == nil { order.append(bare) }
                counts[bare, default: 0] += 1
            }
        }
        return order.map { ($0, counts[$0] ?? 0) }.sorted { $0.count > $1.count }
    }

    /// Text for a YAML comment: one line, every unsafe character made visible.
    private func comment(_ text: String) -> String {
        VisibleText.escaped(text)
    }

    static func fileName(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
