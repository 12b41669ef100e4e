/// Adds a quote found elsewhere (an archive, a search) to a dossier's text: the quote, and its
/// speaker and source when the dossier does not have them yet, spliced in so that everything
/// else in the file stays as the author wrote it.
public enum QuoteCollection {
    /// A quote as found: the words, who said them, when, and where they were published.
    public struct Found: Sendable, Hashable {
        public var text: String
        /// The speaker's name as the archive gives it; nil when unknown.
        public var speaker: String?
        public var date: Day
        public var url: String?
        /// The publisher ("www.bbc.co.uk").
        public var outlet: String?
        public var engagement: String?
        public var issues: [String]
        /// Each run of the words as the source has it, when the source interrupts them
        /// (“We need guarantees,” he said, “and now.”); empty when it does not.
        public var pieces: [String] = []
        /// The cue ("told reporters").
        public var context: String?
        /// A fragment quoted inside a paraphrase.
        public var partial = false
        /// The speaker's role, for a person the dossier does not have yet.
        public var role: String?
        /// True when a body speaks as a whole ("the Kremlin"): a party, not a person.
        public var speakerIsBody = false
        /// The article's headline, and its text file relative to the dossier's folder, for a new source.
        public var sourceTitle: String?
        public var sourceFile: String?
        /// Notes for the author, written as comments under the quote ("TODO: date — …").
        public var notes: [String] = []

        public init(
            text: String, speaker: String?, date: Day, url: String?, outlet: String?, engagement: String? = nil,
            issues: [String] = []
        ) {
            self.text = text
            self.speaker = speaker
            self.date = date
            self.url = url
            self.outlet = outlet
            self.engagement = engagement
            self.issues = issues
        }
    }

    /// Why the quote was not added.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// What was added: the new text, and the ids it gave.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var quote: String
        /// The speaker's id, and whether the person is new (with TODOs for party and role).
        public var speaker: String
        public var newSpeaker: Bool
        public var source: String
        public var newSource: Bool
        /// The dossier as the new text loads, for adding the next quote to it.
        public var dossier: Dossier
    }

    /// `text` (the dossier `dossier` was loaded from, named `file` in messages) with `found`
    /// added; the result is checked to load, with the new quote in it. `speakerID` names an
    /// existing person or party to credit instead of the archive's speaker.
    /// `avoiding` names quote ids the new one must not take, besides the dossier's own (on a
    /// desk, every other week's).
    public static func adding(
        _ found: Found, speakerID: String? = nil, to text: String, dossier: Dossier, file: String,
        avoiding: Set<String> = []
    ) throws(Failure) -> Result {
        if let engagement = found.engagement, dossier.engagement(engagement) == nil {
            throw Failure(description: "\(file): no engagement '\(engagement)'")
        }
        for issue in found.issues where dossier.issue(issue) == nil {
            throw Failure(description: "\(file): no issue '\(issue)'")
        }
        var edited = text
        // The speaker: one the dossier knows by id or by name, or a new person.
        let speaker: String
        var newSpeaker = false
        if let speakerID {
            guard dossier.person(speakerID) != nil || dossier.party(speakerID) != nil else {
                throw Failure(description: "\(file): no person or party '\(speakerID)'")
            }
            speaker = speakerID
        } else if let name = found.speaker, !name.isEmpty {
            let folded = TextFolding.fold(name)
            if let known = dossier.people.first(where: { TextFolding.fold($0.name) == folded }) {
                speaker = known.id
            } else if let known = dossier.parties.first(where: {
                TextFolding.fold($0.name) == folded || $0.short.map(TextFolding.fold) == folded
            }) {
                speaker = known.id
            } else {
                var taken = Set(dossier.people.map(\.id) + dossier.parties.map(\.id))
                speaker = IDSlug.unique(IDSlug.make(name) ?? "speaker", in: &taken)
                newSpeaker = true
                if found.speakerIsBody {
                    let party = DossierSplice.Item(
                        [.init("id", speaker), .init("name", YAMLScalar.plainOrQuoted(name)), .init("kind", "other")],
                        notes: ["TODO: kind — is \(name) a state, an alliance or an organization?"])
                    edited = try splice(party, to: "parties", in: edited)
                } else {
                    var fields: [DossierSplice.Item.Field] = [
                        .init("id", speaker), .init("name", YAMLScalar.plainOrQuoted(name)),
                    ]
                    var notes = ["TODO: party — who does \(name) speak for?"]
                    if let role = found.role {
                        fields.append(.init("role", YAMLScalar.plainOrQuoted(role)))
                    } else {
                        notes.append("TODO: role — \(name)'s title")
                    }
                    edited = try splice(DossierSplice.Item(fields, notes: notes), to: "people", in: edited)
                }
            }
        } else {
            throw Failure(
                description: "the quote's speaker is unknown: name one of the dossier's people with --speaker ID")
        }
        // The source: one with the same address, or a new one.
        let source: String
        var newSource = false
        if let known = dossier.sources.first(where: { found.isPublished(in: $0) }) {
            source = known.id
        } else {
            var taken = Set(dossier.sources.map(\.id))
            let outlet = found.outlet ?? "TODO: the outlet"
            source = IDSlug.unique(
                IDSlug.make("\(found.outlet ?? "source") \(found.date)", words: 8) ?? "source", in: &taken)
            newSource = true
            var fields: [DossierSplice.Item.Field] = [
                .init("id", source), .init("outlet", YAMLScalar.plainOrQuoted(outlet)),
            ]
            if let title = found.sourceTitle { fields.append(.init("title", YAMLScalar.plainOrQuoted(title))) }
            fields.append(.init("date", found.date.description))
            if let url = found.url { fields.append(.init("url", YAMLScalar.quoted(url))) }
            if let file = found.sourceFile { fields.append(.init("file", YAMLScalar.quoted(file))) }
            edited = try splice(DossierSplice.Item(fields), to: "sources", in: edited)
        }
        // The quote, its id from the speaker and its first words.
        var taken = Set(dossier.quotes.map(\.id)).union(avoiding)
        let words = Tokenizer.words(in: found.text).prefix(3).joined(separator: " ")
        let quoteID = IDSlug.unique(
            IDSlug.make("\(speaker.split(separator: "-").last ?? "") \(words)") ?? "quote", in: &taken)
        var fields: [DossierSplice.Item.Field] = [.init("id", quoteID), .init("text", YAMLScalar.quoted(found.text))]
        if found.pieces.count > 1 {
            fields.append(.init("pieces", "[" + found.pieces.map(YAMLScalar.quoted).joined(separator: ", ") + "]"))
        }
        fields += [.init("speaker", speaker), .init("date", found.date.description)]
        if let engagement = found.engagement { fields.append(.init("engagement", engagement)) }
        if let context = found.context { fields.append(.init("context", YAMLScalar.plainOrQuoted(context))) }
        if found.partial { fields.append(.init("partial", "true")) }
        fields.append(.init("source", source))
        if !found.issues.isEmpty { fields.append(.init("issues", "[" + found.issues.joined(separator: ", ") + "]")) }
        edited = try splice(DossierSplice.Item(fields, notes: found.notes), to: "quotes", in: edited)
        // Nothing is handed back that would not load, or has lost the quote on the way.
        let loaded: LoadedDossier
        do throws(DossierLoadFailure) {
            loaded = try DossierLoader.load(yaml: edited, file: file)
        } catch {
            throw Failure(description: "adding the quote would break \(file): \(error.firstProblem)")
        }
        guard loaded.dossier.quote(quoteID)?.text == found.text else {
            throw Failure(description: "\(file): the quote did not read back as written")
        }
        return Result(
            text: edited, quote: quoteID, speaker: speaker, newSpeaker: newSpeaker, source: source,
            newSource: newSource,
            dossier: loaded.dossier)
    }

    /// `text` without the quotes `ids` (and the notes above them), and the dossier it loads
    /// as; the people and sources they named stay. Nothing is handed back that would not load
    /// or still has one of them.
    public static func removing(_ ids: [String], from text: String, file: String) throws(Failure) -> (
        text: String, dossier: Dossier
    ) {
        var edited = text
        for id in ids {
            do throws(DossierSplice.Failure) {
                edited = try DossierSplice.removing(id, from: "quotes", in: edited)
            } catch {
                throw Failure(description: "\(file): \(error.description)")
            }
        }
        let loaded: LoadedDossier
        do throws(DossierLoadFailure) {
            loaded = try DossierLoader.load(yaml: edited, file: file)
        } catch {
            throw Failure(description: "removing the quotes would break \(file): \(error.firstProblem)")
        }
        if let kept = ids.first(where: { loaded.dossier.quote($0) != nil }) {
            throw Failure(description: "\(file): the quote \(kept) is still there after removing it")
        }
        return (edited, loaded.dossier)
    }

    /// `text` with every quote of `found` added in order, each to the dossier the one before
    /// made: the results, the last one's text the whole change. Any quote refused refuses all.
    public static func adding(
        _ found: [Found], speakerID: String? = nil, to text: String, dossier: Dossier, file: String,
        avoiding: Set<String> = []
    ) throws(Failure) -> [Result] {
        var results: [Result] = []
        var text = text
        var dossier = dossier
        for quote in found {
            let result = try adding(
                quote, speakerID: speakerID, to: text, dossier: dossier, file: file, avoiding: avoiding)
            text = result.text
            dossier = result.dossier
            results.append(result)
        }
        return results
    }

    private static func splice(_ item: DossierSplice.Item, to key: String, in text: String) throws(Failure) -> String {
        do throws(DossierSplice.Failure) {
            return try DossierSplice.appending([item], to: key, in: text)
        } catch {
            throw Failure(description: error.description)
        }
    }
}

extension QuoteCollection.Found {
    /// True when `source` is where this quote was published: the same address, the same text
    /// file, or the same outlet, headline and day.
    func isPublished(in source: Source) -> Bool {
        if let url, source.url == url { return true }
        if let sourceFile, source.file == sourceFile { return true }
        if let sourceTitle, let outlet, source.title == sourceTitle, source.outlet == outlet { return true }
        return false
    }
}
