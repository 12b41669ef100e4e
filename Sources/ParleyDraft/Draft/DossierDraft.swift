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
    /// For each article, its path relative to the dossier's folder, to write as the source's
    /// `file:` (so `parley check` looks for every quotation in it); nil writes it as a comment.
    public var sourceFiles: [String?]
    /// True for the dossier `parley review` begins with: the articles' sources and the TODOs,
    /// and no quotation, people or speaking bodies until the reviewer accepts them.
    public var isSkeleton = false

    /// The date written where the articles settle none: plainly not a real one, and marked
    /// TODO beside it, so it is never mistaken for the day something was said (today's date,
    /// which an earlier parley used, looked right and was not).
    public static let placeholderDate = Day(year: 2000, month: 1, day: 1)!

    /// How a draft's text begins, so `parley review` knows a draft nobody has reviewed yet.
    public static let header = "# A dossier drafted by parley draft"

    public init(articles: [DraftedArticle], sourceFiles: [String?]? = nil) {
        self.articles = articles
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
                var base = IDSlug.make(surname) ?? IDSlug.make(name) ?? "person"
                if taken.contains(base), let full = IDSlug.make(name) { base = full }
                let id = IDSlug.unique(base, in: &taken)
                personIndex[key] = people.count
                people.append(Person(id: id, name: name, role: speaker.role, quotes: 1))
                return id
            case .institution:
                let key = Self.key(name)
                if let index = bodyIndex[key] { return bodies[index].id }
                let id = IDSlug.unique(IDSlug.make(name) ?? "party", in: &taken)
                bodyIndex[key] = bodies.count
                let words = name.lowercased().split(separator: " ").map(String.init)
                let isCountry = words.count <= 2 && lexicon.places[words[0]]?.contains(words) == true
                let kind =
                    name.lowercased().contains("nato") || name.lowercased().contains("alliance")
                    ? "alliance" : isCountry ? "state" : "organization"
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
            let base = [article.outlet.flatMap { IDSlug.make($0, words: 3) }, article.date?.description].compactMap {
                $0
            }.joined(separator: "-")
            let fallback = IDSlug.make(Self.fileName(article.file), words: 4) ?? "article"
            sourceIDs.append(IDSlug.unique(base.isEmpty ? fallback : base, in: &takenSources))
        }
        struct Entry {
            var id: String
            var quote: DraftedQuote
            var article: Int
            var speakerID: String
            var date: Day
            /// Why the date is not settled; nil when it is.
            var unsettled: String?
        }
        let knownDates = articles.compactMap(\.date)
        var entries: [Entry] = []
        var quoteIDs = Set<String>()
        for (number, article) in articles.enumerated() where !isSkeleton {
            for quote in article.draft.quotes {
                let speakerID = cast.id(for: quote.speaker, lexicon: lexicon)
                let opening = quote.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(4).joined(
                    separator: " ")
                let base = [speakerID == "unattributed" ? "quote" : speakerID, IDSlug.make(opening, words: 4)]
                    .compactMap { $0 }.joined(separator: "-")
                let id = IDSlug.unique(IDSlug.make(base, words: 8) ?? "quote", in: &quoteIDs)
                let date =
                    article.day(of: quote) ?? article.placeholderDay(of: quote) ?? knownDates.min()
                    ?? Self.placeholderDate
                entries.append(
                    Entry(
                        id: id, quote: quote, article: number, speakerID: speakerID, date: date,
                        unsettled: article.unsettledDay(of: quote)))
            }
        }

        var out = ""
        let quoteCount = entries.count
        if isSkeleton {
            out += "# A dossier begun by parley review from \(Self.count(articles.count, "article")):\n"
            for article in articles { out += "#   \(comment(article.file))\n" }
            out += "# Each quotation is added as it is accepted, with its speaker, cue and source.\n"
        } else {
            out +=
                "\(Self.header) from \(Self.count(articles.count, "article")), \(Self.count(quoteCount, "quotation")) in all.\n"
            for article in articles {
                out += "#   \(comment(article.file)): \(Self.count(article.draft.quotes.count, "quotation"))\n"
            }
        }
        out += """
            # Every quotation is copied verbatim from its article, with the speaker and cue the
            # article gives, and how sure the draft is of the speaker. Whatever an article cannot
            # settle is marked TODO, and every attribution the draft is unsure of CHECK:
            # `parley check --todo` on this file lists what is left.

            parley: 1

            """
        let firstTitle = articles.lazy.compactMap(\.title).first
        // One article's headline names a draft of that article only; several articles get an
        // id of their days, which the author renames with the title.
        let dossierID: String
        if articles.count == 1 {
            dossierID = firstTitle.flatMap { IDSlug.make($0, words: 6) } ?? "draft"
        } else if let first = knownDates.min(), let last = knownDates.max() {
            dossierID = first == last ? "draft-\(first)" : "draft-\(first)-to-\(last)"
        } else {
            dossierID = "draft"
        }
        out += "id: \(dossierID)\n"
        if let firstTitle, articles.count == 1 {
            out += "title: \(YAMLScalar.plainOrQuoted(firstTitle))\n"
        } else {
            out += "title: \(YAMLScalar.quoted("TODO: a title for these \(articles.count) articles"))\n"
        }
        let dated = entries.filter { $0.unsettled == nil }.map(\.date)
        if let start = dated.min(), let end = dated.max() {
            out += "period: {start: \(start), end: \(end)}\n"
        }

        out += "\nsources:\n"
        for (number, article) in articles.enumerated() {
            out += "  - id: \(sourceIDs[number])\n"
            if let outlet = article.outlet {
                out += "    outlet: \(YAMLScalar.plainOrQuoted(outlet))\n"
            } else {
                out +=
                    "    outlet: \(YAMLScalar.quoted("TODO: outlet"))   # not found in the article; --outlet gives it\n"
            }
            if let title = article.title { out += "    title: \(YAMLScalar.plainOrQuoted(title))\n" }
            if let date = article.date {
                out += "    date: \(date)\n"
            } else {
                out +=
                    "    # TODO: date — not found in the article (--date gives it); its quotations are marked TODO too\n"
            }
            if let url = article.url { out += "    url: \(YAMLScalar.quoted(url))\n" }
            if let file = sourceFiles[number] {
                out += "    file: \(YAMLScalar.quoted(file))\n"
            } else if article.file != "-", article.draft.text.format == .plain {
                out +=
                    "    # file: \(comment(article.file)) — the article's text, relative to this dossier's folder; with it,\n"
                out += "    #   parley check looks for every quotation in the text\n"
            }
        }

        out += "\nparties:\n"
        out += "  # TODO: the parties these articles are about. Listed here are only the bodies quoted as\n"
        out += "  # speakers; add the states and organisations the people speak for, and give each person a party.\n"
        let mentioned = mentionedPlaces(cast.people.compactMap(\.role), lexicon: lexicon)
        if !mentioned.isEmpty {
            out +=
                "  # The roles below name: \(comment(mentioned.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))).\n"
        }
        for body in cast.bodies {
            out += "  - {id: \(body.id), name: \(YAMLScalar.plainOrQuoted(body.name)), kind: \(body.kind)}\n"
        }
        if cast.bodies.isEmpty {
            out += "  - {id: todo-party, name: \(YAMLScalar.quoted("TODO: a party")), kind: other}\n"
        }

        if isSkeleton {
            out += "\npeople:   # each speaker is added with the first quotation of theirs accepted\n"
        } else {
            out += "\npeople:\n"
        }
        if cast.people.isEmpty, !cast.needsUnattributed, !isSkeleton { out += "  []\n" }
        for person in cast.people {
            var fields = "id: \(person.id), name: \(YAMLScalar.plainOrQuoted(person.name))"
            if let role = person.role { fields += ", role: \(YAMLScalar.plainOrQuoted(role))" }
            out += "  - {\(fields)}   # TODO: party — whom \(comment(person.name)) speaks for\n"
        }
        if cast.needsUnattributed {
            out +=
                "  - {id: unattributed, name: \(YAMLScalar.quoted("TODO: speaker not found"))}   # stands in where the article names nobody\n"
        }

        let firstDate = knownDates.min() ?? Self.placeholderDate
        out += "\nengagements:\n"
        out += "  # TODO: the meetings these articles report. This placeholder keeps the draft valid:\n"
        out += "  # replace it (title, date, city, parties, delegations, outcome) and give each quotation\n"
        out += "  # its `engagement:`.\n"
        out += "  - id: todo-engagement\n"
        out += "    title: \(YAMLScalar.quoted("TODO: the engagement these articles report"))\n"
        out += "    date: \(firstDate)\n"

        if isSkeleton {
            // A bare key, so the quotations accepted are added under it as a block list.
            out += "\nquotes:   # parley review adds each quotation accepted\n"
        } else {
            out += "\nquotes:\n"
        }
        if entries.isEmpty, !isSkeleton { out += "  []   # no quotation was found\n" }
        for entry in entries {
            let article = articles[entry.article]
            let quote = entry.quote
            let position = quote.pieces.first.map { article.draft.text.position(of: $0.lowerBound) } ?? (1, 1)
            out += "  # \(comment(article.file)):\(position.0):\(position.1) — \(attributionNote(quote))\n"
            if quote.speaker?.name == nil {
                let what =
                    quote.speaker.map { "the article attributes it to “\(comment($0.mention))”, who is not named" }
                    ?? "no attribution found"
                out += "  # TODO: speaker — \(what)\n"
            } else if quote.confidence == .low, let speaker = quote.speaker, let name = speaker.name {
                out +=
                    "  # CHECK: speaker — is “\(comment(speaker.mention))” \(comment(name))? Low confidence: \(comment(quote.reason))\n"
            }
            if let unsettled = entry.unsettled {
                out += "  # TODO: date — \(comment(unsettled)); \(entry.date) stands in\n"
            }
            out += "  - id: \(entry.id)\n"
            out += "    text: \(YAMLScalar.quoted(quote.text))\n"
            if quote.pieces.count > 1 {
                // Each piece as it stands in the article, so `parley check` finds every one.
                out += "    pieces:\n"
                for piece in quote.pieceTexts(in: article.draft.text) { out += "      - \(YAMLScalar.quoted(piece))\n" }
            }
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

    /// Who the article says spoke, how it was found and how sure the draft is, in one line.
    private func attributionNote(_ quote: DraftedQuote) -> String {
        guard let speaker = quote.speaker else { return "no speaker found" }
        let said = speaker.kind == .person || speaker.kind == .institution ? "said by" : "the article says"
        var note = "\(said) “\(comment(speaker.mention))”"
        if let placement = quote.placement { note += " (\(placement.rawValue))" }
        if speaker.name != nil { note += "; \(quote.confidence.rawValue) confidence: \(comment(quote.reason))" }
        return note
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
                guard bare.first?.isUppercase == true,
                    lexicon.places[key]?.contains([key]) == true || ["nato", "osce", "eu", "un"].contains(key),
                    !seen.contains(key)
                else { continue }
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
