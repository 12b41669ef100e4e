/// One quote prepared for searching: every field tokenized and folded once, up front.
///
/// A class, and immutable: a search hands each document to the matcher and its ranking
/// reads their dates, and a reference costs one count where a copy of every list cost many.
package final class SearchDocument: Sendable {
    /// Tokens of each `QuoteField`, indexed by its raw value.
    let fields: [[Token]]
    /// Word lists a `speaker:` value may match: the speaker's id and name.
    let speakerNames: [[String]]
    /// Word lists a `party:` value may match: the party's id, name and short name.
    let partyNames: [[String]]
    /// Word lists a `meeting:` value may match: the engagement's id, title and city.
    let meetingNames: [[String]]
    /// Word lists an `issue:` value may match: each issue's id and title.
    let issueNames: [[String]]
    /// The reader's flag on the quote, and their note, as words (`flag:`, `note:`); empty when none.
    let flagWords: [[String]]
    let noteWords: [[String]]
    let date: Day
    /// The week of the desk the quote is in; nil for an archive's quote, which is in none.
    let week: SearchWeek?

    /// A quote known only by its texts, its speaker's name and its date (an archive's):
    /// there are no party, engagement or issues to search.
    package init(texts: QuoteFieldTexts, speaker: String?, date: Day) {
        fields = texts.values.map(Tokenizer.tokens(in:))
        speakerNames = speaker.map { [Tokenizer.words(in: $0)] } ?? []
        partyNames = []
        meetingNames = []
        issueNames = []
        flagWords = []
        noteWords = []
        self.date = date
        week = nil
    }

    init(quote: Quote, texts: QuoteFieldTexts, dossier: Dossier, week: SearchWeek?, note: QuoteNote? = nil) {
        fields = texts.values.map(Tokenizer.tokens(in:))
        let speaker = dossier.speaker(quote.speaker)
        speakerNames = [Tokenizer.words(in: speaker.id), Tokenizer.words(in: speaker.name)]
        if let party = speaker.party {
            partyNames = [party.id, party.name, party.short ?? ""].map(Tokenizer.words(in:))
        } else {
            partyNames = []
        }
        if let engagement = quote.engagement.flatMap(dossier.engagement) {
            meetingNames = [engagement.id, engagement.title, engagement.city ?? ""].map(Tokenizer.words(in:))
        } else {
            meetingNames = []
        }
        issueNames = quote.issues.flatMap { id in
            [Tokenizer.words(in: id), Tokenizer.words(in: dossier.issue(id)?.title ?? "")]
        }
        flagWords = note?.flag.map { [Tokenizer.words(in: $0)] } ?? []
        noteWords = note?.note.map { [Tokenizer.words(in: $0)] } ?? []
        date = quote.date
        self.week = week
    }
}

/// The week a quote belongs to, as `week:` looks for it: the dossier's id and the days it covers.
struct SearchWeek: Sendable {
    var id: String
    var period: Period?

    func matches(_ name: SearchQuery.WeekName) -> Bool {
        switch name {
        case let .id(text, prefix): return prefix ? id.hasPrefix(text) : id == text
        case let .day(day): return period?.contains(day) == true
        }
    }
}
