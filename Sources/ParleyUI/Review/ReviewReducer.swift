import ParleyModel

/// The review screen's reducer: an action changes the state and may ask for a write.
public enum ReviewReducer {
    public static func reduce(_ state: inout ReviewState, _ action: ReviewAction) -> [ReviewEffect] {
        // A notice lasts until the next key.
        if !isNews(action) { state.notice = nil }
        switch action {
        case let .resize(size):
            state.size = size
        case .toggleHelp:
            state.showsHelp.toggle()
        case let .unbound(label):
            state.notice = Notice("\(label): not a key here (? lists them)")
        case let .written(places, ids, removed, notice):
            state.isWriting = false
            state.session.markWritten(places, ids: ids, removed: removed)
            state.notice = notice
            if state.quitsAfterWrite { state.isQuitting = true }
        case let .notWritten(notice):
            state.isWriting = false
            state.quitsAfterWrite = false
            state.notice = notice
        default:
            switch state.mode {
            case .reviewing: return reviewing(&state, action)
            case let .choosingSpeaker(picker): choosing(&state, picker, action)
            case let .typingDate(text): typing(&state, text, action)
            case .confirmingQuit: return confirming(&state, action)
            }
        }
        return []
    }

    /// News from the runtime, which must not wipe what a key just said.
    private static func isNews(_ action: ReviewAction) -> Bool {
        switch action {
        case .written, .notWritten, .resize: true
        default: false
        }
    }

    private static func reviewing(_ state: inout ReviewState, _ action: ReviewAction) -> [ReviewEffect] {
        switch action {
        case let .move(offset):
            state.session.move(by: offset)
            state.scroll = nil
        case let .moveToEnd(last):
            state.session.moveToEnd(last: last)
            state.scroll = nil
        case .nextToReview:
            if !state.session.moveToNextToReview() { state.notice = allDecided(state) }
            state.scroll = nil
        case .accept:
            decide(&state) { session throws(ReviewSession.Refusal) in try session.accept() }
        case .reject:
            decide(&state) { session throws(ReviewSession.Refusal) in try session.reject() }
        case .chooseSpeaker:
            guard let current = state.session.current else { return [] }
            if state.session[current].isWritten {
                state.notice = Notice("in the dossier already: change it there, in an editor", isWarning: true)
                return []
            }
            let article = state.session.articles[current.article]
            var people = article.people
            for person in state.dossierPeople where !people.contains(where: { $0.name == person.name }) {
                people.append(person)
            }
            var picker = SpeakerPicker(people: people)
            picker.selection = people.firstIndex { $0.name == state.session[current].speaker } ?? 0
            state.mode = .choosingSpeaker(picker)
        case .chooseDate:
            guard let item = state.session.currentItem else { return [] }
            if item.isWritten {
                state.notice = Notice("in the dossier already: change it there, in an editor", isWarning: true)
                return []
            }
            state.mode = .typingDate(item.date.description)
        case .togglePartial:
            change(&state) { session throws(ReviewSession.Refusal) in try session.togglePartial() }
        case .split:
            change(&state) { session throws(ReviewSession.Refusal) in try session.split() }
        case .join:
            change(&state) { session throws(ReviewSession.Refusal) in try session.joinNext() }
        case .undo:
            if !state.session.undo() {
                state.notice = Notice(
                    state.session.counts.accepted > 0 ? "nothing to undo since the last write" : "nothing to undo")
            }
            state.scroll = nil
        case .write:
            return write(&state)
        case .quit:
            let unwritten = state.session.counts.unwritten
            if unwritten > 0 {
                state.mode = .confirmingQuit
            } else {
                state.isQuitting = true
            }
        case let .scrollPages(pages):
            let page = ReviewPage(state: state)
            let height = max(1, ReviewLayout(size: state.size).articleText.height)
            let from = state.scroll ?? page.scroll(height: height)
            state.scroll = min(max(0, from + pages * max(1, height - 2)), page.maximumScroll(height: height))
        default:
            break
        }
        return []
    }

    private static func choosing(_ state: inout ReviewState, _ picker: SpeakerPicker, _ action: ReviewAction) {
        var picker = picker
        let count = picker.choices.count
        switch action {
        case let .type(character):
            picker.typed.append(character)
            picker.selection = 0
        case .erase:
            if !picker.typed.isEmpty { picker.typed.removeLast() }
            picker.selection = 0
        case .choiceUp:
            picker.selection = max(0, picker.selection - 1)
        case .choiceDown:
            picker.selection = min(max(0, count - 1), picker.selection + 1)
        case .cancel:
            state.mode = .reviewing
            return
        case .confirm:
            let choices = picker.choices
            guard choices.indices.contains(picker.selection) else {
                state.notice = Notice("type a name, or Esc to keep the speaker")
                return
            }
            state.mode = .reviewing
            let person = choices[picker.selection]
            change(&state) { session throws(ReviewSession.Refusal) in try session.setSpeaker(person) }
            if state.notice == nil { state.notice = Notice("credited to \(person.name): a to accept") }
            return
        default:
            return
        }
        state.mode = .choosingSpeaker(picker)
    }

    private static func typing(_ state: inout ReviewState, _ text: String, _ action: ReviewAction) {
        switch action {
        case let .type(character):
            if text.count < 10 { state.mode = .typingDate(text + String(character)) }
        case .erase:
            state.mode = .typingDate(String(text.dropLast()))
        case .cancel:
            state.mode = .reviewing
        case .confirm:
            guard let day = Day(text) else {
                state.notice = Notice(
                    "'\(VisibleText.escaped(text))' is not a date: write YYYY-MM-DD, such as 2022-01-12",
                    isWarning: true)
                return
            }
            state.mode = .reviewing
            change(&state) { session throws(ReviewSession.Refusal) in try session.setDate(day) }
        default:
            break
        }
    }

    private static func confirming(_ state: inout ReviewState, _ action: ReviewAction) -> [ReviewEffect] {
        switch action {
        case .write:
            state.mode = .reviewing
            state.quitsAfterWrite = true
            return write(&state)
        case .quit:
            state.isQuitting = true
        case .cancel:
            state.mode = .reviewing
        default:
            break
        }
        return []
    }

    /// Asks for the accepted quotations not yet written to be written.
    private static func write(_ state: inout ReviewState) -> [ReviewEffect] {
        let places = state.session.unwritten
        let removed = state.session.toRemove
        guard !places.isEmpty || !removed.isEmpty else {
            state.notice = Notice("nothing accepted to write: a accepts a quotation")
            state.quitsAfterWrite = false
            return []
        }
        guard !state.isWriting else { return [] }
        state.isWriting = true
        state.notice = Notice("writing \(count(places.count + removed.count, "change")) to \(state.file)…")
        let quotes = places.map { place in
            QuoteCollection.Found(reviewed: state.session[place], of: state.session.articles[place.article])
        }
        return [
            .write(
                file: state.file, quotes: quotes, places: places,
                removing: removed.compactMap { state.session[$0].keptAs }, removed: removed)
        ]
    }

    /// A decision, then on to the next quotation to review.
    private static func decide(
        _ state: inout ReviewState, _ body: (inout ReviewSession) throws(ReviewSession.Refusal) -> Void
    ) {
        guard change(&state, body) else { return }
        state.scroll = nil
        if !state.session.moveToNextToReview() { state.notice = allDecided(state) }
    }

    /// A change to the quotation shown, which stays shown; false, and the refusal said, when
    /// it was not made.
    @discardableResult
    private static func change(
        _ state: inout ReviewState, _ body: (inout ReviewSession) throws(ReviewSession.Refusal) -> Void
    ) -> Bool {
        do throws(ReviewSession.Refusal) {
            try body(&state.session)
            return true
        } catch {
            state.notice = Notice(error.description, isWarning: true)
            return false
        }
    }

    private static func allDecided(_ state: ReviewState) -> Notice {
        let unwritten = state.session.counts.unwritten
        return Notice(
            unwritten > 0
                ? "every quotation decided: w writes the \(count(unwritten, "change")) to \(state.file)"
                : "every quotation decided")
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
