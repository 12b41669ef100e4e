import ParleyModel

/// The review state with its keymap: keys become actions, actions go through the reducer,
/// and the writes they ask for wait for the runtime.
public struct ReviewStore: Sendable, KeyPressing {
    public private(set) var state: ReviewState
    public let keymap: ReviewKeymap
    public let glyphs: Glyphs
    /// True for the one-column frame of `ReviewAccessibleView`; the keys are the same.
    public let accessible: Bool
    private var pendingEffects: [ReviewEffect] = []

    public init(
        state: ReviewState, keymap: ReviewKeymap = .standard, glyphs: Glyphs = .unicode, accessible: Bool = false
    ) {
        self.accessible = accessible
        self.state = state
        self.keymap = keymap
        self.glyphs = glyphs
    }

    /// Reduces an action, keeping the effects it asks for until `takeEffects()`.
    public mutating func send(_ action: ReviewAction) {
        pendingEffects += ReviewReducer.reduce(&state, action)
    }

    /// The effects waiting to be performed by the runtime.
    public mutating func takeEffects() -> [ReviewEffect] {
        defer { pendingEffects = [] }
        return pendingEffects
    }

    /// Looks a key up and sends its action; a key that does nothing says so.
    @discardableResult
    public mutating func press(_ key: KeyEvent) -> Bool {
        if case .mouse = key { return false }
        guard let action = keymap.action(for: key, in: state) else {
            if case .reviewing = state.mode, !ReviewLayout(size: state.size).isTooSmall {
                send(.unbound(key.label))
            }
            return false
        }
        send(action)
        return true
    }

    /// The current frame.
    public func render() -> CellGrid {
        accessible
            ? ReviewAccessibleView.render(state, glyphs: glyphs, keymap: keymap)
            : ReviewView.render(state, glyphs: glyphs, keymap: keymap)
    }
}
