import ParleyModel

/// Everything that can happen on the review screen: the reviewer's keys, and news of a write.
public enum ReviewAction: Hashable, Sendable {
    /// The quotation `offset` places on in reading order, or the first or last.
    case move(Int)
    case moveToEnd(last: Bool)
    /// The next undecided quotation, the least sure first.
    case nextToReview
    case accept, reject
    case chooseSpeaker, chooseDate, togglePartial
    case split, join, undo
    /// Writes the accepted quotations not yet in the dossier.
    case write
    case quit
    /// Scrolls the article a page down (positive) or up.
    case scrollPages(Int)
    case toggleHelp
    /// Keys of a picker or a typed line: a character, Backspace, up and down, Enter, Esc.
    case type(Character)
    case erase
    case choiceUp, choiceDown
    case confirm, cancel
    case resize(Size)
    /// The write finished: the quotations written (with the ids the file gave them), those
    /// taken out of the file, and what to say.
    case written([ReviewSession.Place], ids: [String], removed: [ReviewSession.Place], Notice)
    case notWritten(Notice)
    /// A key that does nothing here.
    case unbound(String)
}

/// What the review screen asks the runtime to do.
public enum ReviewEffect: Hashable, Sendable {
    /// Adds these quotations (from the items at `places`) to the dossier file, after taking
    /// out the quotes `removing` (its ids, from the items at `removed`).
    case write(
        file: String, quotes: [QuoteCollection.Found], places: [ReviewSession.Place], removing: [String] = [],
        removed: [ReviewSession.Place] = [])
}
