import ParleyArchive
import ParleyDashboard
import ParleyModel
import ParleyUI
import Testing

/// Sends actions through the reducer one at a time and checks, after each, the whole state
/// and every effect it asked for: the Composable Architecture's TestStore.
///
/// `update` turns a copy of the state before the action into the state expected after it,
/// so a change the test did not state, anywhere in the state, fails it; so does an effect
/// asked for and not listed, or listed and not asked for. Effects are not performed: a test
/// sends back what the runtime would (`answer`), and states what that changes in turn.
public struct TestStore {
    public private(set) var state: AppState
    public private(set) var context: DashboardContext

    public init(context: DashboardContext, size: Size = Size(width: 80, height: 24)) {
        state = AppState(size: size)
        state.positions = context.initialPositions
        self.context = context
    }

    /// Sends `action`, checking the state after it against the state before changed by
    /// `update`, and the effects against `effects`; returns the effects.
    @discardableResult
    public mutating func send(
        _ action: Action, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) -> [Effect] {
        var wanted = state
        update(&wanted)
        let effects = Reducer.reduce(&state, action, context: &context)
        let name = Self.describe(action)
        if state != wanted {
            let found = StateDifference.lines(expected: wanted, actual: state).joined(separator: "\n  ")
            Issue.record(
                "after \(name), the state differs from the one expected:\n  \(found)", sourceLocation: sourceLocation)
        }
        if effects != expected {
            Issue.record(
                "after \(name), effects \(effects.map(Self.describe)) where \(expected.map(Self.describe)) were expected",
                sourceLocation: sourceLocation)
        }
        return effects
    }

    /// Sends what a mouse report lands on, as the store does (`PointerHitTest`).
    @discardableResult
    public mutating func pointer(
        _ event: MouseEvent, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) -> [Effect] {
        send(
            PointerHitTest.action(for: event, in: state, context: context), effects: expected,
            sourceLocation: sourceLocation, update)
    }

    /// What the runtime sends back for a search effect: the search run over the context.
    public func answer(_ effect: Effect) -> Action {
        guard case let .search(request) = effect else { return .archiveSearchFailed("not a search: \(effect)") }
        return SearchRunner.run(request, in: context)
    }

    /// Sends the answer to a search effect, with what it changes.
    @discardableResult
    public mutating func receive(
        _ effect: Effect, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState, SearchResults?) -> Void
    ) -> [Effect] {
        let answer = answer(effect)
        var results: SearchResults?
        if case let .searchCompleted(outcome) = answer, case let .success(found) = outcome.result { results = found }
        return send(answer, effects: expected, sourceLocation: sourceLocation) { update(&$0, results) }
    }

    /// An action or effect in a failure message: its start, as a dossier reloaded is long.
    static func describe(_ value: Any) -> String {
        let text = String(describing: value)
        return text.count > 100 ? String(text.prefix(100)) + "…" : text
    }
}

/// Where two states differ, field by field, for a failure message that says what changed.
enum StateDifference {
    static func lines(expected: Any, actual: Any, path: String = "state", depth: Int = 0) -> [String] {
        let wanted = String(reflecting: expected)
        let found = String(reflecting: actual)
        guard wanted != found else { return [] }
        let left = Mirror(reflecting: expected)
        let right = Mirror(reflecting: actual)
        if depth < 4, left.displayStyle == .struct, left.children.count == right.children.count, !left.children.isEmpty
        {
            var lines: [String] = []
            for (one, other) in zip(left.children, right.children) {
                // A memo never makes states differ (`Memo`): its contents are not a difference.
                if String(describing: type(of: one.value)).hasPrefix("Memo<") { continue }
                lines += Self.lines(
                    expected: one.value, actual: other.value, path: path + "." + (one.label ?? "?"), depth: depth + 1)
            }
            return lines
        }
        return ["\(path): expected \(TestStore.describe(wanted)), got \(TestStore.describe(found))"]
    }
}
