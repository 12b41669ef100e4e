/// A value kept in the state only to save working it out again.
///
/// It never makes two states differ: the loop redraws only when what the user can see
/// changed, and a reducer test states what changed without spelling out a cache.
struct Memo<Value: Hashable & Sendable>: Hashable, Sendable {
    var value: Value?

    init(_ value: Value? = nil) {
        self.value = value
    }

    static func == (left: Memo, right: Memo) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}
