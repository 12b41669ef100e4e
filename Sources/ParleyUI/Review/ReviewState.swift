import ParleyModel

/// Everything the review screen shows that can change: the review itself, what has the
/// keyboard, and where the article is scrolled.
public struct ReviewState: Hashable, Sendable {
    /// What the keys are for at the moment.
    public enum Mode: Hashable, Sendable {
        /// Deciding on quotations.
        case reviewing
        /// Choosing who said the quotation shown.
        case choosingSpeaker(SpeakerPicker)
        /// Typing the day it was said (the text so far).
        case typingDate(String)
        /// Asked to quit with accepted quotations not yet written.
        case confirmingQuit
    }

    public var size: Size
    public var session: ReviewSession
    /// The dossier accepted quotations are written into.
    public var file: String
    /// People the dossier has already, offered when choosing a speaker after the article's.
    public var dossierPeople: [ReviewArticle.Person]
    public var mode: Mode = .reviewing
    /// The first article line shown after the reader scrolled; nil to keep the quotation
    /// shown in view.
    public var scroll: Int?
    public var showsHelp = false
    /// A message for the status line until the next key.
    public var notice: Notice?
    /// True while a write is under way.
    public var isWriting = false
    /// True when the review ends as soon as the write under way has succeeded.
    public var quitsAfterWrite = false
    public var isQuitting = false

    public init(size: Size, session: ReviewSession, file: String, dossierPeople: [ReviewArticle.Person] = []) {
        self.size = size
        self.session = session
        self.file = file
        self.dossierPeople = dossierPeople
    }
}

/// The list `s` opens: the people the article names, then the dossier's, narrowed by what
/// is typed; what is typed can also be a new name.
public struct SpeakerPicker: Hashable, Sendable {
    public var people: [ReviewArticle.Person]
    public var typed = ""
    public var selection = 0

    public init(people: [ReviewArticle.Person]) {
        self.people = people
    }

    /// The people shown: those whose name holds every typed word, then the typed name itself
    /// as a new person when nobody has exactly that name.
    public var choices: [ReviewArticle.Person] {
        let words = TextFolding.fold(typed).split(separator: " ")
        var shown = people.filter { person in
            let name = TextFolding.fold(person.name)
            return words.allSatisfy { name.contains($0) }
        }
        let name = typed.split(separator: " ").joined(separator: " ")
        if !name.isEmpty, !shown.contains(where: { TextFolding.fold($0.name) == TextFolding.fold(name) }) {
            shown.append(ReviewArticle.Person(name: name))
        }
        return shown
    }
}
