import ParleyYAML

/// A key a keymap file's entry would bind to a second action in one place, found among the
/// bindings that answer there.
struct KeyClash {
    /// A binding as a keymap file left it: its action's name, its keys, the keys it shipped
    /// with, and the entry (by index) that set its keys, if one did.
    struct Placed {
        var action: String
        var keys: [KeyEvent]
        var shipped: [KeyEvent]
        var entry: Int?
    }

    var key: KeyEvent
    var actions: (String, String)
    var place: String
    /// The entry that added the key, to be left out.
    var entry: Int

    /// The clash whose entry comes last among the bindings of one place; nil when none.
    ///
    /// Only a key an entry added can clash: the keys parley ships with overlap where meant
    /// to (Tab on the positions screen is its own before it is the next pane).
    static func latest(in placed: [Placed], place: String) -> KeyClash? {
        var found: KeyClash?
        for (index, one) in placed.enumerated() {
            for other in placed.dropFirst(index + 1) where one.action != other.action {
                for key in one.keys where other.keys.contains(key) {
                    let adders = [one, other].compactMap { binding in
                        binding.shipped.contains(key) ? nil : binding.entry
                    }
                    guard let entry = adders.max(), entry > (found?.entry ?? -1) else { continue }
                    found = KeyClash(key: key, actions: (one.action, other.action), place: place, entry: entry)
                }
            }
        }
        return found
    }

    /// The warning said at the entry left out.
    func message(keeping action: String) -> String {
        "'\(VisibleText.escaped(key.keyName))' would be bound twice on \(place): to \(actions.0) and to "
            + "\(actions.1); '\(VisibleText.escaped(action))' keeps its keys"
    }
}
