/// The names actions go by in a keymap file, `parley keys` and the command palette.
///
/// Names are stable: people's keys.yaml files depend on them, so one is never renamed.
public enum ActionName {
    /// Every dashboard action a key can be bound to, by name.
    public static let dashboard: [(name: String, action: Action)] = [
        ("show-home", .showTab(.home)), ("show-quotes", .showTab(.quotes)),
        ("show-positions", .showTab(.positions)), ("show-timeline", .showTab(.timeline)),
        ("previous-week", .stepWeek(-1)), ("next-week", .stepWeek(1)),
        ("search", .startSearch), ("next-pane", .focusNext), ("previous-pane", .focusPrevious),
        ("up", .moveUp), ("down", .moveDown), ("left", .moveLeft), ("right", .moveRight),
        ("page-up", .pageUp), ("page-down", .pageDown), ("first", .jumpToTop), ("last", .jumpToBottom),
        ("open", .open), ("back", .back),
        ("copy", .copyQuote(markdown: false)), ("copy-markdown", .copyQuote(markdown: true)),
        ("open-link", .openLink), ("export", .exportBriefing), ("next-theme", .cycleTheme),
        ("help", .toggleHelp), ("palette", .openPalette), ("quit", .quit),
        ("next-match", .nextMatch), ("previous-match", .previousMatch), ("collect", .collectQuote),
        ("sort", .cycleOrder), ("flag", .flagQuote), ("note", .annotate),
        ("keep-search", .acceptSearch), ("cancel-search", .cancelSearch), ("erase", .eraseInSearch),
        ("erase-word", .eraseWordInSearch), ("erase-all", .clearSearch),
        ("earlier-search", .stepHistory(-1)), ("later-search", .stepHistory(1)),
        ("next-left-party", .cycleLeftParty(1)), ("next-right-party", .cycleRightParty(1)),
        ("previous-left-party", .cycleLeftParty(-1)), ("previous-right-party", .cycleRightParty(-1)),
        ("next-supporting-quote", .stepSupportingQuote(1)), ("previous-supporting-quote", .stepSupportingQuote(-1)),
        ("agreement", .toggleAgreement), ("mark", .togglePick), ("erase-in-note", .eraseInNote),
        ("complete", .completeInPalette), ("erase-in-palette", .eraseInPalette),
    ]

    /// Every review action a key can be bound to, by name.
    public static let review: [(name: String, action: ReviewAction)] = [
        ("accept", .accept), ("reject", .reject), ("speaker", .chooseSpeaker), ("date", .chooseDate),
        ("next-to-review", .nextToReview), ("undo", .undo), ("write", .write), ("quit", .quit),
        ("help", .toggleHelp), ("partial", .togglePartial), ("split", .split), ("join", .join),
        ("down", .move(1)), ("up", .move(-1)), ("first", .moveToEnd(last: false)),
        ("last", .moveToEnd(last: true)), ("page-down", .scrollPages(1)), ("page-up", .scrollPages(-1)),
    ]

    /// The name of a dashboard action; nil for actions no key gives (a search's result, a resize).
    public static func of(_ action: Action) -> String? {
        dashboard.first(where: { $0.action == action })?.name
    }

    /// The name of a review action; nil for those no key gives.
    public static func of(_ action: ReviewAction) -> String? {
        review.first(where: { $0.action == action })?.name
    }
}
