import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// `m` and `M` on the dashboard: the reader's flags and notes, kept in the context at once
/// (shown, searched), asked of the runtime to be written, and never in the dossier.
struct NotesScreenTests {
    static func quotes(size: Size = Size(width: 120, height: 30)) throws -> InlineDashboard {
        var store = try TestDossiers.store(size: size)
        store.press(.character("2"))
        return store
    }

    static func check(_ store: InlineDashboard, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try Snapshot.check(
            store.render().lines.joined(separator: "\n") + "\n",
            against: Repository.path("Tests/ParleyUITests/Frames/\(name).txt"), sourceLocation: sourceLocation)
    }

    @Test func mOffersTheCommonFlagsAndKeepsTheOneChosen() throws {
        var store = try Self.quotes()
        let id = try #require(store.state.quotes.results.map { store.context.entry($0, at: 0).id })
        store.press(.character("m"))
        #expect(store.state.noting?.kind == .flag && store.state.noting?.choices == ["verified", "follow up"])
        try Self.check(store, "notes-flag-picker-120x30")
        store.press(.down)
        store.press(.enter)
        #expect(store.state.noting == nil)
        #expect(store.context.notes.quote(id) == QuoteNote(flag: "follow up"))
        #expect(store.state.notice == Notice("flagged follow up (flag:follow finds it)"))
        let dossier = store.context.dossier.id
        #expect(
            store.takeEffects() == [
                .saveNotes(DossierNotes(dossier: dossier, quotes: [id: QuoteNote(flag: "follow up")]))
            ])
        // Flagged, m offers to take it off, or a word of one's own.
        store.press(.character("m"))
        #expect(store.state.noting?.choices == ["verified", "follow up", ""])
        #expect(store.state.noting?.selection == 1)
        store.type("Urgent!")
        store.press(.backspace)
        store.press(.enter)
        #expect(store.context.notes.quote(id)?.flag == "Urgent")
        store.press(.character("m"))
        store.press(.end)
        for _ in 0..<3 { store.press(.down) }
        store.press(.enter)
        #expect(store.context.notes.quote(id) == nil)
        #expect(store.state.notice == Notice("flag taken off"))
    }

    @Test func mAndMShowOnTheListTheQuoteAndTheMeetingPage() throws {
        var store = try Self.quotes()
        store.press(.character("m"))
        store.press(.enter)
        store.press(.character("M"))
        #expect(store.state.noting?.kind == .note)
        store.type("Checked against the State Department's transcript.")
        try Self.check(store, "notes-note-line-120x30")
        store.press(.enter)
        try Self.check(store, "notes-shown-120x30")
        // On a meeting page, M notes the engagement.
        store.press(.escape)
        store.press(.character("1"))
        store.press(.enter)
        guard case let .meeting(id) = store.state.screen else {
            Issue.record("no meeting page: \(store.state.screen)")
            return
        }
        store.press(.character("M"))
        store.type("Ask about the second round.")
        store.press(.enter)
        #expect(store.context.notes.engagement(id) == "Ask about the second round.")
        try Self.check(store, "notes-meeting-120x30")
    }

    @Test func escKeepsNothingAndAnArchiveQuoteCannotBeFlagged() throws {
        var store = try Self.quotes()
        store.press(.character("M"))
        store.type("never mind")
        store.press(.escape)
        #expect(store.state.noting == nil && store.context.notes.isEmpty)
        #expect(store.state.notice == Notice("M: note unchanged"))
        #expect(store.takeEffects().isEmpty)
        var home = try TestDossiers.store(size: Size(width: 120, height: 30))
        home.press(.character("m"))
        #expect(home.state.notice == Notice("m does nothing here (? lists the keys)"))
        #expect(home.state.noting == nil)
    }

    @Test func aSearchThatReadsFlagsIsAskedAgainWhenOneChanges() throws {
        var store = try Self.quotes()
        store.press(.character("/"))
        store.type("flag:verified")
        store.press(.enter)
        #expect(store.state.quotes.results?.count == 0)
        store.press(.escape)
        #expect(store.state.screen == .quotes && store.state.quotes.appliedQuery.isEmpty)
        store.press(.character("m"))
        store.press(.enter)
        store.press(.character("/"))
        store.type("flag:verified")
        store.press(.enter)
        #expect(store.state.quotes.results?.count == 1)
        // Taking the flag off the one found empties the list at once.
        store.press(.character("m"))
        store.press(.end)
        for _ in 0..<3 { store.press(.down) }
        store.press(.enter)
        #expect(store.state.quotes.results?.count == 0)
    }
}
