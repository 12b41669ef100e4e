import ParleyModel
import ParleySystem
import ParleyUI

/// The review screen's loop: keys from the terminal through the reducer, the writes it asks
/// for, and a frame when anything changed.
public struct ReviewLoop {
    public var store: ReviewStore
    public var writer: ReviewWriter

    public init(store: ReviewStore, writer: ReviewWriter) {
        self.store = store
        self.writer = writer
    }

    /// Runs until the reviewer quits (0) or a signal arrives (128 + the signal); the terminal
    /// is restored before a signal's status is returned.
    public mutating func run(on terminal: some DashboardTerminal) -> Int32 {
        terminal.present(store.render())
        while !store.state.isQuitting {
            if let status = terminal.endingStatus() { return status }
            guard let first = terminal.nextEvent(wait: true, pollMilliseconds: DashboardLoop.idlePoll) else { continue }
            let before = store.state
            var event: KeyEvent? = first
            while let key = event {
                store.press(key)
                // A write is done before the next key, so a key after `w` sees what it wrote.
                for effect in store.takeEffects() {
                    switch effect {
                    case let .write(file, quotes, places, removing, removed):
                        store.send(writer.write(quotes, places: places, removing: removing, removed: removed, to: file))
                    }
                }
                if store.state.isQuitting { break }
                event = terminal.nextEvent(wait: false, pollMilliseconds: 0)
            }
            if store.state != before { terminal.present(store.render()) }
        }
        return 0
    }
}
