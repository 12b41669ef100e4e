import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The review screen, key by key: what each key does to the review, what the reducer asks the
/// runtime to write, and the frames, compared line by line with those kept beside the tests.
struct ReviewScreenTests {
    static let size = Size(width: 100, height: 30)

    static func store(size: Size = size, glyphs: Glyphs = .unicode) -> ReviewStore {
        ReviewStore(
            state: ReviewState(
                size: size, session: ReviewFixture.session, file: "castle.yaml",
                dossierPeople: [ReviewArticle.Person(name: "Osric Vane", role: "the council's clerk")]),
            glyphs: glyphs)
    }

    static func frame(_ store: ReviewStore) -> String {
        store.render().lines.joined(separator: "\n") + "\n"
    }

    static func check(_ store: ReviewStore, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.check(
            frame(store), against: Repository.path("Tests/ParleyUITests/Frames/\(name).txt"),
            sourceLocation: sourceLocation)
    }

    @Test func theScreenOpensOnTheLeastSureQuotationBesideItsArticle() throws {
        let store = Self.store()
        try Self.check(store, "review-start-100x30")
        // The quotation shown is drawn in the current role, the others undecided, a mention marked.
        let grid = store.render()
        // The article's pane only: the quotation is also on the right.
        let lines = grid.lines.map { String($0.prefix(ReviewLayout(size: Self.size).article.width)) }
        let row = try #require(lines.firstIndex { $0.contains("an insult") })
        let column = try #require(lines[row].range(of: "an insult")).lowerBound.utf16Offset(in: lines[row])
        #expect(grid.role(x: column, y: row) == .matchCurrent)
        let other = try #require(lines.firstIndex { $0.contains("could resume") })
        let otherColumn = try #require(lines[other].range(of: "could resume")).lowerBound.utf16Offset(in: lines[other])
        #expect(grid.role(x: otherColumn, y: other) == .match)
        let officials = try #require(lines[other].range(of: "Officials")).lowerBound.utf16Offset(in: lines[other])
        #expect(grid.role(x: officials, y: other) == .accent)
    }

    @Test func acceptingGoesOnToTheNextLeastSureAndTheGutterSaysWhatWasDecided() throws {
        var store = Self.store()
        store.press(.character("a"))
        #expect(store.state.session.current == ReviewSession.Place(article: 0, item: 3))
        store.press(.character("a"))
        #expect(
            store.state.notice
                == Notice("who said it? s chooses the speaker before it can be accepted", isWarning: true))
        store.press(.character("x"))
        #expect(store.state.session.current == ReviewSession.Place(article: 0, item: 1))
        try Self.check(store, "review-decided-100x30")
        #expect(store.takeEffects().isEmpty, "nothing is written before w")
    }

    @Test func theSpeakerPickerNarrowsAsYouTypeAndTakesANewName() throws {
        var store = Self.store()
        store.press(.character("s"))
        try Self.check(store, "review-speaker-picker-100x30")
        store.type("vane")
        guard case let .choosingSpeaker(picker) = store.state.mode else {
            Issue.record("the picker closed")
            return
        }
        #expect(picker.choices.map(\.name) == ["Osric Vane", "vane"])
        store.press(.enter)
        #expect(store.state.session.currentItem?.speaker == "Osric Vane")
        #expect(store.state.session.currentItem?.role == "the council's clerk")
        #expect(store.state.notice == Notice("credited to Osric Vane: a to accept"))
        store.press(.character("s"))
        store.type("Flavia Strelsau")
        store.press(.enter)
        #expect(store.state.session.currentItem?.speaker == "Flavia Strelsau")
        #expect(store.state.session.currentItem?.role == nil)
        store.press(.character("s"))
        store.type("zz")
        store.press(.escape)
        #expect(store.state.mode == .reviewing && store.state.session.currentItem?.speaker == "Flavia Strelsau")
    }

    @Test func theDateIsTypedAndCheckedAndEscKeepsIt() throws {
        var store = Self.store()
        store.press(.character("n"))
        #expect(store.state.session.current == ReviewSession.Place(article: 0, item: 3))
        store.press(.character("d"))
        #expect(store.state.mode == .typingDate("2030-01-05"))
        for _ in 0..<2 { store.press(.backspace) }
        store.type("31")
        try Self.check(store, "review-date-100x30")
        store.press(.enter)
        #expect(store.state.session.currentItem?.date == Day("2030-01-31"))
        #expect(store.state.session.currentItem?.unsettledDate == nil)
        store.press(.character("d"))
        store.press(.backspace)
        store.press(.enter)
        #expect(
            store.state.notice
                == Notice("'2030-01-3' is not a date: write YYYY-MM-DD, such as 2022-01-12", isWarning: true))
        #expect(store.state.mode == .typingDate("2030-01-3"))
        store.press(.escape)
        #expect(store.state.session.currentItem?.date == Day("2030-01-31"))
    }

    @Test func wAsksForTheAcceptedQuotationsToBeWrittenAndTheNewsMarksThemWritten() throws {
        var store = Self.store()
        store.press(.character("w"))
        #expect(store.state.notice == Notice("nothing accepted to write: a accepts a quotation"))
        #expect(store.takeEffects().isEmpty)
        store.press(.character("a"))
        store.press(.character("g"))
        store.press(.character("a"))
        store.press(.character("w"))
        let effects = store.takeEffects()
        let article = ReviewFixture.article
        let places = [ReviewSession.Place(article: 0, item: 0), ReviewSession.Place(article: 0, item: 2)]
        #expect(
            effects == [
                .write(
                    file: "castle.yaml",
                    quotes: places.map { QuoteCollection.Found(reviewed: article.items[$0.item], of: article) },
                    places: places)
            ])
        #expect(store.state.isWriting)
        store.send(.written(places, ids: ["q-a", "q-b"], removed: [], Notice("wrote 2 quotations to castle.yaml")))
        #expect(!store.state.isWriting && store.state.session.counts.unwritten == 0)
        #expect(store.state.notice == Notice("wrote 2 quotations to castle.yaml"))
        store.press(.character("u"))
        #expect(store.state.notice == Notice("nothing to undo since the last write"))
        // What is written can be changed no more here, but can be taken out again.
        store.press(.character("g"))
        store.press(.character("p"))
        #expect(store.state.notice == Notice("in the dossier already: change it there, in an editor", isWarning: true))
        store.press(.character("x"))
        #expect(store.state.session.toRemove == [places[0]])
        #expect(store.state.session.counts.unwritten == 1)
        store.press(.character("w"))
        #expect(
            store.takeEffects() == [
                .write(file: "castle.yaml", quotes: [], places: [], removing: ["q-a"], removed: [places[0]])
            ])
        store.send(
            .written(
                [], ids: [], removed: [places[0]], Notice("wrote 0 quotations to castle.yaml; took out 1 rejected")))
        #expect(store.state.session[places[0]].isWritten == false && store.state.session[places[0]].keptAs == nil)
        #expect(store.state.session.counts.unwritten == 0)
    }

    @Test func quittingWithQuotationsNotWrittenAsksFirst() throws {
        var store = Self.store()
        store.press(.character("a"))
        store.press(.character("q"))
        #expect(store.state.mode == .confirmingQuit && !store.state.isQuitting)
        try Self.check(store, "review-quit-100x30")
        store.press(.escape)
        #expect(store.state.mode == .reviewing)
        store.press(.character("q"))
        store.press(.character("w"))
        #expect(store.state.quitsAfterWrite && store.takeEffects().count == 1)
        store.send(.notWritten(Notice("not written: castle.yaml: changed since parley read it", isWarning: true)))
        #expect(!store.state.isQuitting, "a failed write keeps the review open")
        store.press(.character("q"))
        store.press(.character("q"))
        #expect(store.state.isQuitting)
    }

    @Test func undoPutsBackEachStepInTurn() throws {
        var store = Self.store()
        store.press(.character("g"))
        store.press(.character("j"))
        store.press(.character("S"))
        #expect(store.state.session.articles[0].items.count == 5)
        store.press(.character("J"))
        #expect(store.state.session.articles[0].items.count == 4)
        store.press(.character("p"))
        store.press(.character("u"))
        store.press(.character("u"))
        #expect(store.state.session.articles[0].items.count == 5)
        store.press(.character("u"))
        #expect(store.state.session.articles[0].items == ReviewFixture.article.items)
        store.press(.character("u"))
        #expect(store.state.notice == Notice("nothing to undo"))
    }

    @Test func helpListsEveryKeyAndAnUnboundKeySaysSo() throws {
        var store = Self.store()
        store.press(.character("Z"))
        #expect(store.state.notice == Notice("Z: not a key here (? lists them)"))
        store.press(.character("?"))
        try Self.check(store, "review-help-100x30")
        store.press(.escape)
        #expect(!store.state.showsHelp)
    }

    @Test func aSmallTerminalIsToldAndAsciiTerminalsGetAsciiMarks() throws {
        let small = Self.store(size: Size(width: 50, height: 10))
        #expect(Self.frame(small).contains("50×10; parley needs 60×12"))
        var store = Self.store(size: Size(width: 80, height: 24), glyphs: .ascii)
        store.press(.character("a"))
        try Self.check(store, "review-ascii-80x24")
        #expect(store.render().lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func pagingTheArticleStopsAtItsEndsAndMovingFollowsTheQuotationAgain() throws {
        var store = Self.store(size: Size(width: 60, height: 12))
        let page = ReviewPage(state: store.state)
        let height = ReviewLayout(size: store.state.size).articleText.height
        for _ in 0..<20 { store.press(.pageDown) }
        #expect(store.state.scroll == page.maximumScroll(height: height))
        for _ in 0..<20 { store.press(.pageUp) }
        #expect(store.state.scroll == 0)
        store.press(.character("j"))
        #expect(store.state.scroll == nil)
    }
}
