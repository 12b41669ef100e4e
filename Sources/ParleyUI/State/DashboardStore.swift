import ParleyModel

/// The state with its context and keymap, running effects as soon as they are asked for.
///
/// Searches over one dossier take microseconds, so performing them in line keeps the loop
/// simple; a front end with a slow corpus can run `Reducer` itself and perform effects elsewhere.
public struct DashboardStore: Sendable {
    public private(set) var state: AppState
    public private(set) var context: DashboardContext
    public let keymap: Keymap
    /// False when the runtime performs searches itself (off the main thread, for archives).
    /// Effects the store does not perform (searches then, copies, opens, briefings always)
    /// wait in `takeEffects()`.
    public var performsSearchesInline = true
    private var pendingEffects: [Effect] = []

    /// - Parameters:
    ///   - theme: the index in `context.themeNames` of the theme in use at the start.
    ///   - notice: a message for the status line until the first key (a theme's problem).
    public init(size: Size, context: DashboardContext, keymap: Keymap = .standard, theme: Int = 0, notice: Notice? = nil) {
        state = AppState(size: size)
        state.positions = context.initialPositions
        state.theme = theme
        state.notice = notice
        self.context = context
        self.keymap = keymap
    }

    /// Reduces an action and performs the effects it asks for, in order.
    public mutating func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next, context: context) {
                // Searches over one dossier are run here; everything else is the runtime's.
                if case let .search(request) = effect, performsSearchesInline {
                    queue.append(context.perform(request))
                } else {
                    pendingEffects.append(effect)
                }
            }
        }
    }

    /// The effects waiting to be performed by the runtime.
    public mutating func takeEffects() -> [Effect] {
        defer { pendingEffects = [] }
        return pendingEffects
    }

    /// Adds a loaded archive to what is searched.
    public mutating func attach(_ archive: any ArchiveStore) {
        context = context.adding(archive)
    }

    /// Puts a new version of the dossier on screen, keeping what was selected (by id), the
    /// screen and the search.
    public mutating func reload(_ dossier: Dossier, file: String) {
        let selection = DossierSelection(state: state, context: context)
        context = context.replacingDossier(dossier)
        send(.dossierReloaded(selection, file: file))
    }

    /// Looks a key up in the keymap and sends its action; returns false when the key does nothing here.
    @discardableResult
    public mutating func press(_ key: KeyEvent) -> Bool {
        if case let .mouse(event) = key {
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

    /// Types text into whatever has the keyboard, one key at a time.
    public mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// The current frame.
    public func render() -> CellGrid {
        DashboardView.render(state, context: context, keymap: keymap)
    }
}
