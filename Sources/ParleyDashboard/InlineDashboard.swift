import ParleyModel
import ParleyUI

/// A dashboard store whose searches run at once, in the caller's thread, counts included:
/// what `parley render`, the benchmark and the tests drive, where nothing waits in the
/// background and each action's frame is final.
///
/// The other effects (copies, links, briefings, themes) are not performed: they wait in
/// `takeEffects()` for a caller that wants them.
public struct InlineDashboard: Sendable, KeyPressing {
    public private(set) var store: DashboardStore
    private var otherEffects: [Effect] = []

    public init(_ store: DashboardStore) {
        self.store = store
        settle()
    }

    /// A dashboard on `context`, with the arguments of `DashboardStore.init`.
    public init(
        size: Size, context: DashboardContext, keymap: Keymap = .standard, theme: Int = 0, notice: Notice? = nil
    ) {
        self.init(DashboardStore(size: size, context: context, keymap: keymap, theme: theme, notice: notice))
    }

    public var state: AppState { store.state }
    public var context: DashboardContext { store.context }
    public var keymap: Keymap { store.keymap }

    /// Sends an action and runs every search it leads to.
    public mutating func send(_ action: Action) {
        store.send(action)
        settle()
    }

    /// Presses a key, as `DashboardStore.press`, and runs every search it leads to.
    @discardableResult
    public mutating func press(_ key: KeyEvent) -> Bool {
        let handled = store.press(key)
        settle()
        return handled
    }

    /// The effects other than searches asked for since the last call.
    public mutating func takeEffects() -> [Effect] {
        defer { otherEffects = [] }
        return otherEffects
    }

    /// The current frame.
    public func render() -> CellGrid {
        store.render()
    }

    /// Runs the searches waiting in the store, and any their answers ask for, until none is left.
    private mutating func settle() {
        var effects = store.takeEffects()
        while !effects.isEmpty {
            for effect in effects {
                guard case let .search(request) = effect else {
                    otherEffects.append(effect)
                    continue
                }
                let answer = SearchRunner.run(request, in: store.context)
                store.send(answer)
                if let results = SearchRunner.uncounted(answer),
                    let counted = SearchRunner.count(
                        results, generation: request.generation, in: store.context, isCancelled: { false })
                {
                    store.send(counted)
                }
            }
            effects = store.takeEffects()
        }
    }
}
