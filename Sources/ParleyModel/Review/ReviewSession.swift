/// A review of drafted quotations against their articles: where the reviewer is, what they
/// decided and changed, and how to take each step back.
///
/// Every change is a value-in, value-out step on the items, so undoing is putting the items
/// back as they were. Writing is not undone: once a quote is in the dossier file it is the
/// file's, and changing it there is the author's to do in an editor.
public struct ReviewSession: Hashable, Sendable {
    /// Where an item is: its article, and its place among that article's items.
    public struct Place: Hashable, Sendable, Comparable {
        public var article: Int
        public var item: Int

        public init(article: Int, item: Int) {
            self.article = article
            self.item = item
        }

        public static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.article, lhs.item) < (rhs.article, rhs.item)
        }
    }

    /// Why a step was not taken, in words for the status line.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String

        public init(_ description: String) {
            self.description = description
        }
    }

    public private(set) var articles: [ReviewArticle]
    /// The item shown; nil when the articles hold no quotation.
    public private(set) var current: Place?
    /// The items, and the item shown, before a change.
    private struct Step: Hashable, Sendable {
        var articles: [ReviewArticle]
        var current: Place?
    }

    /// The steps still undoable; the latest last.
    private var undoStack: [Step] = []

    public init(articles: [ReviewArticle]) {
        self.articles = articles
        current = nil
        current = nextToReview(from: nil) ?? places.first
    }

    /// Every item's place, in reading order.
    public var places: [Place] {
        articles.indices.flatMap { article in
            articles[article].items.indices.map { Place(article: article, item: $0) }
        }
    }

    public subscript(place: Place) -> ReviewItem {
        articles[place.article].items[place.item]
    }

    /// The item shown, if any.
    public var currentItem: ReviewItem? { current.map { self[$0] } }

    /// True when there is a step to undo.
    public var canUndo: Bool { !undoStack.isEmpty }

    /// How many items are in each state, and how many changes wait for the next write: accepted
    /// ones to add, and ones the file has that were rejected, to take out.
    public var counts: (pending: Int, accepted: Int, rejected: Int, unwritten: Int) {
        var counts = (pending: 0, accepted: 0, rejected: 0, unwritten: 0)
        for article in articles {
            for item in article.items {
                switch item.decision {
                case .pending: counts.pending += 1
                case .accepted:
                    counts.accepted += 1
                    if !item.isWritten { counts.unwritten += 1 }
                case .rejected:
                    counts.rejected += 1
                    if item.isWritten { counts.unwritten += 1 }
                }
            }
        }
        return counts
    }

    /// The accepted items not yet in the dossier file, in reading order.
    public var unwritten: [Place] {
        places.filter { self[$0].decision == .accepted && !self[$0].isWritten }
    }

    /// The items the dossier file has that were rejected since: to be taken out of it.
    public var toRemove: [Place] {
        places.filter { self[$0].decision == .rejected && self[$0].isWritten && self[$0].keptAs != nil }
    }

    // MARK: Moving

    /// Shows the item `offset` places on in reading order (negative: back), stopping at the ends.
    public mutating func move(by offset: Int) {
        let all = places
        guard !all.isEmpty else { return }
        let index = current.flatMap { all.firstIndex(of: $0) } ?? 0
        current = all[min(max(0, index + offset), all.count - 1)]
    }

    /// Shows the first or the last item.
    public mutating func moveToEnd(last: Bool) {
        current = last ? places.last : places.first
    }

    /// Shows the next item to review: of the undecided ones, those the draft is least sure of
    /// first, each level in reading order from the item shown; nil when all are decided.
    @discardableResult
    public mutating func moveToNextToReview() -> Bool {
        guard let next = nextToReview(from: current) else { return false }
        current = next
        return true
    }

    /// The next undecided item of the least confidence any undecided item has, after `place`
    /// in reading order and then from the start.
    public func nextToReview(from place: Place?) -> Place? {
        let pending = places.filter { self[$0].isPending }
        guard let level = pending.map({ self[$0].confidence }).min() else { return nil }
        let candidates = pending.filter { self[$0].confidence == level }
        if let place, let after = candidates.first(where: { $0 > place }) { return after }
        return candidates.first
    }

    // MARK: Deciding and changing

    /// Accepts the item shown, to be written with the next write.
    public mutating func accept() throws(Refusal) {
        // One the file has (a draft's, or one rejected a moment ago) is simply kept.
        if let current, self[current].isWritten {
            change(current) { $0.decision = .accepted }
            return
        }
        let place = try changeable()
        guard let speaker = self[place].speaker, !speaker.isEmpty else {
            throw Refusal("who said it? s chooses the speaker before it can be accepted")
        }
        change(place) { $0.decision = .accepted }
    }

    /// Rejects the item shown: it is never written, and one the file had before the review is
    /// taken out of it at the next write.
    public mutating func reject() throws(Refusal) {
        if let current, self[current].isWritten, self[current].keptAs != nil {
            change(current) { $0.decision = .rejected }
            return
        }
        let place = try changeable()
        change(place) { $0.decision = .rejected }
    }

    /// Credits the item shown to someone else; the item waits for a decision again.
    public mutating func setSpeaker(_ person: ReviewArticle.Person) throws(Refusal) {
        let place = try changeable()
        change(place) { item in
            if item.speaker != person.name {
                item.speaker = person.name
                item.role = person.role
                item.speakerIsBody = person.isBody
            }
            item.confidence = .high
            item.reason = "chosen by the reviewer"
            item.decision = .pending
        }
    }

    /// Sets the day the item shown was said.
    public mutating func setDate(_ day: Day) throws(Refusal) {
        let place = try changeable()
        change(place) { item in
            item.date = day
            item.unsettledDate = nil
            item.decision = .pending
        }
    }

    /// Marks the item shown a fragment inside a paraphrase, or not.
    public mutating func togglePartial() throws(Refusal) {
        let place = try changeable()
        change(place) { item in
            item.partial.toggle()
            item.decision = .pending
        }
    }

    /// Splits a quotation the draft joined across an interruption into one item per piece,
    /// each credited as the whole was.
    public mutating func split() throws(Refusal) {
        let place = try changeable()
        let item = self[place]
        guard item.pieces.count > 1 else { throw Refusal("one piece only: nothing to split") }
        record()
        let parts = item.pieces.indices.map { index in
            var part = item
            part.pieces = [item.pieces[index]]
            part.ranges = [item.ranges[index]]
            part.decision = .pending
            return part
        }
        articles[place.article].items.replaceSubrange(place.item...place.item, with: parts)
    }

    /// Joins the item shown and the next one of the same article into one quotation, its
    /// pieces in order, credited as the first was.
    public mutating func joinNext() throws(Refusal) {
        let place = try changeable()
        let next = Place(article: place.article, item: place.item + 1)
        guard next.item < articles[place.article].items.count else {
            throw Refusal("the last quotation of its article: nothing after it to join")
        }
        guard !self[next].isWritten else { throw Refusal("the next quotation is in the dossier already: not joined") }
        record()
        var joined = self[place]
        joined.pieces += self[next].pieces
        joined.ranges += self[next].ranges
        joined.partial = joined.partial && self[next].partial
        joined.decision = .pending
        articles[place.article].items[place.item] = joined
        articles[place.article].items.remove(at: next.item)
    }

    /// Puts back the items as they were before the last change; false when there is none.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let last = undoStack.popLast() else { return false }
        articles = last.articles
        current = last.current
        return true
    }

    /// Records the items at `written` as written to the dossier file under `ids` (in the same
    /// order), and those at `removed` as taken out of it. What is written cannot be undone
    /// here, so the steps before it are forgotten.
    public mutating func markWritten(_ written: [Place], ids: [String] = [], removed: [Place] = []) {
        let counts = articles.map(\.items.count)
        let valid = { (place: Place) in place.article < counts.count && place.item < counts[place.article] }
        for (offset, place) in written.enumerated() where valid(place) {
            articles[place.article].items[place.item].isWritten = true
            if offset < ids.count { articles[place.article].items[place.item].keptAs = ids[offset] }
        }
        for place in removed where valid(place) {
            articles[place.article].items[place.item].isWritten = false
            articles[place.article].items[place.item].keptAs = nil
        }
        undoStack.removeAll()
    }

    /// The item shown, when it can still be changed.
    private func changeable() throws(Refusal) -> Place {
        guard let current else { throw Refusal("no quotation to review") }
        if self[current].isWritten {
            throw Refusal("in the dossier already: change it there, in an editor")
        }
        return current
    }

    private mutating func record() {
        undoStack.append(Step(articles: articles, current: current))
        // A long review keeps its last thousand steps, not every one.
        if undoStack.count > 1_000 { undoStack.removeFirst() }
    }

    private mutating func change(_ place: Place, _ body: (inout ReviewItem) -> Void) {
        record()
        body(&articles[place.article].items[place.item])
    }
}
