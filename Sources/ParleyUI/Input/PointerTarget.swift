/// What is under the mouse pointer, as far as the dashboard cares.
public enum PointerTarget: Hashable, Sendable {
    /// A tab in the title bar.
    case tab(Screen.Tab)
    /// An engagement card on home, by index into the dossier's engagements.
    case engagement(Int)
    /// The row of cards on home, but no card there.
    case engagementRow
    /// Home's key-quotes pane, and the quote (by index in date order) on the row, if any.
    case homeQuotes(Int?)
    /// Home's positions matrix, and the issue on the row, if any.
    case homeIssues(Int?)
    /// The quotes screen's list, and the result on the row, if any.
    case quotesList(Int?)
    case quotesDetail
    case searchLine
    /// A party's name in the positions screen's header: the left column's or the right's.
    case partyHeader(left: Bool)
    /// The timeline's list, and the engagement (by index into the timeline) on the row, if any.
    case timelineRow(Int?)
    case nothing
}
