import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The review's own rules, without a screen: which quotation comes next, what each change
/// does, what undo puts back, and that what is written stays as written.
struct ReviewSessionTests {
    typealias Place = ReviewSession.Place

    /// What a step refused, in its words; nil when it was taken.
    static func refusal(
        _ session: inout ReviewSession, _ step: (inout ReviewSession) throws(ReviewSession.Refusal) -> Void
    ) -> String? {
        do throws(ReviewSession.Refusal) {
            try step(&session)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theLeastSureUndecidedQuotationComesFirstAndTheRestInThatOrder() throws {
        var session = ReviewFixture.session
        #expect(session.current == Place(article: 0, item: 2))
        try session.accept()
        session.moveToNextToReview()
        #expect(session.current == Place(article: 0, item: 3))
        try session.reject()
        session.moveToNextToReview()
        #expect(session.current == Place(article: 0, item: 1), "medium before high")
        try session.accept()
        session.moveToNextToReview()
        #expect(session.current == Place(article: 0, item: 0))
        try session.accept()
        let moved = session.moveToNextToReview()
        #expect(!moved)
        #expect(session.counts == (pending: 0, accepted: 3, rejected: 1, unwritten: 3))
        #expect(
            session.unwritten == [Place(article: 0, item: 0), Place(article: 0, item: 1), Place(article: 0, item: 2)])
    }

    @Test func aQuotationWithNobodyNamedCannotBeAcceptedUntilItsSpeakerIsChosen() throws {
        var session = ReviewFixture.session
        session.move(by: 1)
        #expect(session.currentItem?.speaker == nil)
        let refusedAccept = Self.refusal(&session) { session throws(ReviewSession.Refusal) in try session.accept() }
        #expect(refusedAccept == "who said it? s chooses the speaker before it can be accepted")
        try session.setSpeaker(ReviewArticle.Person(name: "Osric Vane", role: "the king's adviser"))
        let item = try #require(session.currentItem)
        #expect(item.speaker == "Osric Vane" && item.role == "the king's adviser" && !item.speakerIsBody)
        #expect(item.confidence == .high && item.reason == "chosen by the reviewer" && item.isPending)
        try session.accept()
        #expect(session.currentItem?.decision == .accepted)
    }

    @Test func aChangeMakesADecidedQuotationUndecidedAgain() throws {
        var session = ReviewFixture.session
        try session.accept()
        try session.togglePartial()
        #expect(session.currentItem?.partial == false && session.currentItem?.isPending == true)
        try session.setDate(Day("2030-02-01")!)
        #expect(session.currentItem?.date == Day("2030-02-01") && session.currentItem?.unsettledDate == nil)
    }

    @Test func splittingAJoinedQuotationGivesOneItemPerPieceAndUndoJoinsThemAgain() throws {
        var session = ReviewFixture.session
        session.moveToEnd(last: false)
        let refusedSplit = Self.refusal(&session) { session throws(ReviewSession.Refusal) in try session.split() }
        #expect(refusedSplit == "one piece only: nothing to split")
        session.move(by: 1)
        let joined = try #require(session.currentItem)
        try session.split()
        let items = session.articles[0].items
        #expect(items.count == 5)
        #expect(items[1].pieces == ["Nor will we,"] && items[2].pieces == ["move a single soldier."])
        #expect(items[1].ranges == [ReviewFixture.characters("Nor will we,")])
        #expect(items[2].speaker == joined.speaker && items[2].cue == joined.cue)
        let undone1 = session.undo()
        #expect(undone1)
        #expect(session.articles[0].items == ReviewFixture.article.items)
    }

    @Test func joiningTakesTheNextQuotationsPiecesInOrder() throws {
        var session = ReviewFixture.session
        session.moveToEnd(last: false)
        try session.joinNext()
        let items = session.articles[0].items
        #expect(items.count == 3)
        #expect(items[0].text == "We will not give up the border, Nor will we, move a single soldier.")
        #expect(items[0].ranges.count == 3)
        session.moveToEnd(last: true)
        let refusedJoin = Self.refusal(&session) { session throws(ReviewSession.Refusal) in try session.joinNext() }
        #expect(refusedJoin == "the last quotation of its article: nothing after it to join")
        let undone2 = session.undo()
        #expect(undone2)
        #expect(session.articles[0].items.count == 4)
        let undone3 = session.undo()
        #expect(!undone3)
    }

    @Test func whatIsWrittenCannotBeChangedOrUndone() throws {
        var session = ReviewFixture.session
        try session.accept()
        #expect(session.canUndo)
        session.markWritten(session.unwritten)
        #expect(!session.canUndo)
        #expect(session.counts.unwritten == 0 && session.counts.accepted == 1)
        let refusal = "in the dossier already: change it there, in an editor"
        let refusedReject = Self.refusal(&session) { session throws(ReviewSession.Refusal) in try session.reject() }
        #expect(refusedReject == refusal)
        let refusedPartial = Self.refusal(&session) { session throws(ReviewSession.Refusal) in
            try session.togglePartial()
        }
        #expect(refusedPartial == refusal)
        session.move(by: -1)
        let refusedJoin = Self.refusal(&session) { session throws(ReviewSession.Refusal) in try session.joinNext() }
        #expect(refusedJoin == "the next quotation is in the dossier already: not joined")
    }

    @Test func quotationsTheDossierHasAlreadyStartAsWritten() throws {
        var article = ReviewFixture.article
        let dossier = Dossier(
            id: "castle", title: "Castle", parties: [], engagements: [],
            quotes: [
                Quote(
                    id: "kept", text: "WE WILL NOT GIVE UP THE BORDER,", speaker: "x", date: Day("2030-01-04")!,
                    source: "s")
            ])
        article.markKept(in: dossier)
        #expect(article.items[0].isWritten && article.items[0].decision == .accepted)
        #expect(article.items[1...].allSatisfy { !$0.isWritten && $0.isPending })
        #expect(ReviewSession(articles: [article]).counts == (pending: 3, accepted: 1, rejected: 0, unwritten: 0))
    }

    @Test func aDraftsQuotationsAreInTheDossierYetStillToReviewAndXTakesOneOut() throws {
        var article = ReviewFixture.article
        let dossier = Dossier(
            id: "castle", title: "Castle", parties: [], engagements: [],
            quotes: ReviewFixture.article.items.enumerated().map { index, item in
                Quote(id: "q\(index)", text: item.text, speaker: "x", date: item.date, source: "s")
            })
        article.markKept(in: dossier, reviewed: false)
        var session = ReviewSession(articles: [article])
        #expect(session.counts == (pending: 4, accepted: 0, rejected: 0, unwritten: 0))
        #expect(session.current == Place(article: 0, item: 2), "the least sure first, as in any review")
        try session.accept()
        #expect(session.counts.unwritten == 0, "kept as it is: nothing to write")
        session.moveToNextToReview()
        try session.reject()
        #expect(session.toRemove == [Place(article: 0, item: 3)] && session.counts.unwritten == 1)
        let refusedPartial = Self.refusal(&session) { session throws(ReviewSession.Refusal) in
            try session.togglePartial()
        }
        #expect(refusedPartial == "in the dossier already: change it there, in an editor")
        try session.accept()
        #expect(session.toRemove.isEmpty)
        try session.reject()
        session.markWritten([], removed: session.toRemove)
        #expect(session[Place(article: 0, item: 3)].keptAs == nil && !session[Place(article: 0, item: 3)].isWritten)
    }
}
