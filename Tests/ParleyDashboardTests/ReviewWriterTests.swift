import Foundation
import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import ParleyUI
import Testing

/// `w` on the review screen, in the runtime: a dossier begun at the first write, added to at
/// the next, never over an edit saved meanwhile, and the loop that drives it from the keys.
struct ReviewWriterTests {
    /// The start of a dossier, as `parley review` begins one: a source for the article, no quotes.
    static let starting = """
        parley: 1
        id: castle
        title: Castle talks
        sources:
          - id: gazette
            outlet: Strelsau Gazette
            title: Castle talks end without a deal
            file: "castle.txt"
        parties:
          - {id: todo-party, name: "TODO: a party", kind: other}
        people:   # each speaker is added with the first quotation of theirs accepted
        engagements:
          - {id: todo-engagement, title: "TODO: the engagement", date: 2030-01-04}
        quotes:   # parley review adds each quotation accepted

        """

    static let places = [ReviewSession.Place(article: 0, item: 0), ReviewSession.Place(article: 0, item: 1)]

    static var found: [QuoteCollection.Found] {
        let article = ReviewFixture.article
        return places.map { QuoteCollection.Found(reviewed: article.items[$0.item], of: article) }
    }

    @Test func theFirstWriteBeginsTheDossierAndTheNextAddsToItKeepingEveryByte() throws {
        try ReviewFixture.inFolder { folder in
            let file = folder + "/castle.yaml"
            let writer = ReviewWriter(starting: Self.starting)
            let first = writer.write([Self.found[0]], places: [Self.places[0]], to: file)
            #expect(
                first
                    == .written(
                        [Self.places[0]], ids: ["bertrand-we-will-not"], removed: [],
                        Notice("wrote 1 quotation to \(file); 1 new speaker with TODOs")))
            let begun = try String(contentsOfFile: file, encoding: .utf8)
            // Every line of the start kept, in order; only whole lines added.
            var rest = begun.split(separator: "\n", omittingEmptySubsequences: false)[...]
            for line in Self.starting.split(separator: "\n", omittingEmptySubsequences: false) {
                let index = try #require(rest.firstIndex(of: line), "lost: \(line)")
                rest = rest[(index + 1)...]
            }
            #expect(!FileManager.default.fileExists(atPath: file + "~"), "nothing was there to keep")
            // The author edits the file; the next write keeps the edit and adds after it.
            let edited = begun.replacingOccurrences(
                of: "title: Castle talks\n", with: "title: Castle talks, day one  # mine\n")
            try edited.write(toFile: file, atomically: true, encoding: .utf8)
            let second = writer.write([Self.found[1]], places: [Self.places[1]], to: file)
            #expect(
                second
                    == .written(
                        [Self.places[1]], ids: ["bertrand-nor-will-we"], removed: [],
                        Notice("wrote 1 quotation to \(file)")))
            let now = try String(contentsOfFile: file, encoding: .utf8)
            #expect(now.hasPrefix(edited))
            #expect(try String(contentsOfFile: file + "~", encoding: .utf8) == edited)
            let dossier = try DossierLoader.load(path: file).dossier
            #expect(dossier.quotes.map(\.text) == Self.found.map(\.text))
            #expect(dossier.quotes.allSatisfy { $0.source == "gazette" && $0.speaker == dossier.people[0].id })
            #expect(dossier.people.map(\.name) == ["Bertram Bertrand"])
        }
    }

    @Test func aReviewTakenUpAgainShowsWhatIsKeptAndTakesOutWhatIsRejected() throws {
        try ReviewFixture.inFolder { folder in
            let file = folder + "/castle.yaml"
            _ = ReviewWriter(starting: Self.starting).write(Self.found, places: Self.places, to: file)
            let written = try String(contentsOfFile: file, encoding: .utf8)
            // The review begins again on the same article: the two kept show as in the dossier.
            var article = ReviewFixture.article
            article.markKept(in: try DossierLoader.load(path: file).dossier)
            #expect(article.items.map(\.isWritten) == [true, true, false, false])
            var store = ReviewStore(
                state: ReviewState(
                    size: Size(width: 100, height: 30), session: ReviewSession(articles: [article]), file: file))
            store.press(.character("g"))
            store.press(.character("j"))
            store.press(.character("x"))
            store.press(.character("w"))
            guard case let .write(_, quotes, places, removing, removed)? = store.takeEffects().first else {
                Issue.record("no write")
                return
            }
            #expect(quotes.isEmpty && places.isEmpty && removed == [Self.places[1]])
            #expect(removing == [try #require(article.items[1].keptAs)])
            let action = ReviewWriter().write(quotes, places: places, removing: removing, removed: removed, to: file)
            #expect(
                action
                    == .written(
                        [], ids: [], removed: removed, Notice("wrote 0 quotations to \(file); took out 1 rejected")))
            let dossier = try DossierLoader.load(path: file).dossier
            #expect(dossier.quotes.map(\.text) == ["We will not give up the border,"])
            #expect(try String(contentsOfFile: file + "~", encoding: .utf8) == written)
        }
    }

    @Test func aFileThatAppearedOrChangedMeanwhileIsNotWrittenOver() throws {
        try ReviewFixture.inFolder { folder in
            let file = folder + "/castle.yaml"
            // The file appears after the review began it in memory: left alone.
            try "parley: 1\nid: mine\n".write(toFile: file, atomically: true, encoding: .utf8)
            let refused = ReviewWriter(starting: Self.starting).write(Self.found, places: Self.places, to: file)
            guard case let .notWritten(notice) = refused else {
                Issue.record("written over: \(refused)")
                return
            }
            #expect(notice.isWarning && notice.text.hasPrefix("not written: \(file):"))
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "parley: 1\nid: mine\n")
        }
    }

    @Test func theLoopWritesWhatWasAcceptedAndQuitsWhenAskedToWriteFirst() throws {
        try ReviewFixture.inFolder { folder in
            let file = folder + "/castle.yaml"
            var keys: [KeyEvent] = [
                .character("g"), .character("a"), .character("a"), .character("q"), .character("w"),
            ]
            let terminal = FakeTerminal { _ in keys.isEmpty ? [] : [keys.removeFirst()] }
            let state = ReviewState(size: terminal.size, session: ReviewFixture.session, file: file)
            var loop = ReviewLoop(store: ReviewStore(state: state), writer: ReviewWriter(starting: Self.starting))
            #expect(loop.run(on: terminal) == 0)
            #expect(loop.store.state.isQuitting && loop.store.state.session.counts.unwritten == 0)
            let dossier = try DossierLoader.load(path: file).dossier
            // g goes to the first; a accepts it and moves to the least sure (the fragment), a accepts that.
            #expect(dossier.quotes.map(\.text) == ["We will not give up the border,", "an insult"])
            #expect(terminal.frames.count >= 5)
        }
    }

    @Test func aSignalEndsTheLoopWithItsStatusAndTheTerminalGivenBack() throws {
        let terminal = FakeTerminal { terminal in
            terminal.pendingSignal = SIGTERM
            return []
        }
        var loop = ReviewLoop(
            store: ReviewStore(state: ReviewState(size: terminal.size, session: ReviewFixture.session, file: "x.yaml")),
            writer: ReviewWriter())
        #expect(loop.run(on: terminal) == 128 + SIGTERM)
        #expect(terminal.restored == 1)
    }
}
