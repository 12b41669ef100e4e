/// One key (or several) of the review screen and what it does, with the words shown for it.
public struct ReviewBinding: Hashable, Sendable {
    public var keys: [KeyEvent]
    public var action: ReviewAction
    public var help: String
    /// The word the status line shows for it; nil when it is left to the help overlay.
    public var hint: String?

    public init(_ keys: [KeyEvent], _ action: ReviewAction, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
    }

    /// The keys as help writes them: "j ↓".
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// The review screen's keys, as data: looked up for every key, listed by help and the status line.
///
/// While the speaker picker or the date line is open, printable characters are text, so only
/// their own bindings count there.
public struct ReviewKeymap: Sendable {
    public var reviewing: [ReviewBinding]
    public var picker: [ReviewBinding]
    public var line: [ReviewBinding]
    public var quitting: [ReviewBinding]

    /// The keys parley ships with.
    public static let standard = ReviewKeymap(
        reviewing: [
            ReviewBinding([.character("a")], .accept, "accept the quotation as it stands", hint: "accept"),
            ReviewBinding([.character("x")], .reject, "reject it: never written", hint: "reject"),
            ReviewBinding([.character("s")], .chooseSpeaker, "change the speaker", hint: "speaker"),
            ReviewBinding([.character("d")], .chooseDate, "change the date", hint: "date"),
            ReviewBinding([.character("n"), .tab], .nextToReview, "next to review, least sure first", hint: "next"),
            ReviewBinding([.character("u")], .undo, "undo the last change", hint: "undo"),
            ReviewBinding([.character("w")], .write, "write the accepted quotations to the dossier", hint: "write"),
            ReviewBinding([.character("q")], .quit, "quit", hint: "quit"),
            ReviewBinding([.character("?")], .toggleHelp, "these keys", hint: "keys"),
            ReviewBinding([.character("p")], .togglePartial, "mark partial, or not", hint: "partial"),
            ReviewBinding([.character("S")], .split, "split a joined quotation into its pieces", hint: "split"),
            ReviewBinding([.character("J")], .join, "join it with the next quotation", hint: "join"),
            ReviewBinding([.character("j"), .down], .move(1), "next quotation"),
            ReviewBinding([.character("k"), .up], .move(-1), "previous quotation"),
            ReviewBinding([.character("g"), .home], .moveToEnd(last: false), "first quotation"),
            ReviewBinding([.character("G"), .end], .moveToEnd(last: true), "last quotation"),
            ReviewBinding([.pageDown, .character(" ")], .scrollPages(1), "scroll the article down"),
            ReviewBinding([.pageUp], .scrollPages(-1), "scroll the article up"),
        ],
        picker: [
            ReviewBinding([.up], .choiceUp, "up"),
            ReviewBinding([.down], .choiceDown, "down"),
            ReviewBinding([.enter], .confirm, "credit the quotation to them", hint: "choose"),
            ReviewBinding([.backspace], .erase, "erase a character"),
            ReviewBinding([.escape], .cancel, "keep the speaker", hint: "cancel"),
        ],
        line: [
            ReviewBinding([.enter], .confirm, "set the date", hint: "set"),
            ReviewBinding([.backspace], .erase, "erase a character"),
            ReviewBinding([.escape], .cancel, "keep the date", hint: "cancel"),
        ],
        quitting: [
            ReviewBinding([.character("w")], .write, "write them, then quit", hint: "write and quit"),
            ReviewBinding([.character("q")], .quit, "quit without writing them", hint: "quit without"),
            ReviewBinding([.escape], .cancel, "go on reviewing", hint: "go on"),
        ]
    )

    /// The bindings in force in `state`.
    public func bindings(in state: ReviewState) -> [ReviewBinding] {
        switch state.mode {
        case .reviewing: reviewing
        case .choosingSpeaker: picker
        case .typingDate: line
        case .confirmingQuit: quitting
        }
    }

    /// What a key does in `state`; nil when nothing. Printable characters are text in a
    /// picker or a typed line.
    public func action(for key: KeyEvent, in state: ReviewState) -> ReviewAction? {
        if case let .resize(size) = key { return .resize(size) }
        if state.showsHelp, key == .escape || key == .character("?") || key == .character("q") { return .toggleHelp }
        if let binding = bindings(in: state).first(where: { $0.keys.contains(key) }) { return binding.action }
        switch (state.mode, key) {
        case let (.choosingSpeaker, .character(character)), let (.typingDate, .character(character)):
            return .type(character)
        default:
            return nil
        }
    }
}
