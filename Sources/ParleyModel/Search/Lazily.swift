import Synchronization

/// A value computed the first time it is asked for, then kept; safe to share between threads.
///
/// Used for work that most runs never need, such as tokenising every quote before anything
/// has been searched, so that it is not paid for before the first frame.
public final class Lazily<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let make: @Sendable () -> Value

    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        state = Mutex(nil)
    }

    public var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
