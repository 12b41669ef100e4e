import ParleyModel

/// The state with its context and keymap: keys become actions, actions go through the
/// reducer, and the effects they ask for wait for the runtime.
///
/// It performs nothing itself. The runtime (ParleyDashboard) takes the effects, runs the
/// searches, copies and writes, and sends back what became of them as actions.
public struct DashboardStore: Sendable, KeyPressing {
    public private(set) var state: AppState
    public private(set) var context: DashboardContext
    public let keymap: Keymap
    /// True for the one-column frame of `AccessibleView`; the keys and the state are the same.
    public let accessible: Bool
    private var pendingEffects: [Effect] = []

    /// - Parameters:
    ///   - theme: the index in `context.themeNames` of the theme in use at the start.
    ///   - notice: a message for the status line until the first key (a theme's problem).
    /// - Parameter history: earlier searches, oldest first, for ↑ and ↓ on the search line.
    /// - Parameter accessible: draw `AccessibleView`'s one column instead of the panes.
    public init(
        size: Size, context: DashboardContext, keymap: Keymap = .standard, theme: Int = 0, notice: Notice? = nil,
        history: [String] = [], saved: [SavedSearch] = [], accessible: Bool = false
    ) {
        self.accessible = accessible
        state = AppState(size: size)
        state.quotes.history = history
        state.quotes.saved = saved
        state.positions = context.initialPositions
        state.theme = theme
        state.notice = notice
        self.context = context
        self.keymap = keymap
    }

    /// Reduces an action, keeping the effects it asks for until `takeEffects()`.
    public mutating func send(_ action: Action) {
        // The palette lists actions by the keys in force, which only the store knows.
        let action =
            action == .openPalette
            ? .showPalette(keymap.paletteEntries(for: state, weeks: context.hasWeeks)) : action
        pendingEffects += Reducer.reduce(&state, action, context: &context)
    }

    /// The effects waiting to be performed by the runtime.
    public mutating func takeEffects() -> [Effect] {
        defer { pendingEffects = [] }
        return pendingEffects
    }

    /// Looks a key up in the keymap and sends its action; returns false when the key does nothing here.
    @discardableResult
    public mutating func press(_ key: KeyEvent) -> Bool {
        if case let .mouse(event) = key {
            // The one column has no panes to point at; the keys do everything there.
            guard !accessible else { return false }
            send(PointerHitTest.action(for: event, in: state, context: context))
            return true
        }
        guard let action = keymap.action(for: key, in: state) else {
            // A letter that does nothing says so, rather than leaving the user to guess.
            if case .character = key, !state.showsHelp, !DashboardLayout(size: state.size).isTooSmall {
                send(.unboundKey(key.label))
            }
            return false
        }
        send(action)
        return true
    }

    /// The current frame.
    public func render() -> CellGrid {
        accessible
            ? AccessibleView.render(state, context: context, keymap: keymap)
            : DashboardView.render(state, context: context, keymap: keymap)
    }
}
