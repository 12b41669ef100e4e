/// The command palette `:` opens: the actions of the screen it was opened on, by name, and
/// what is typed to filter them or give a command its argument (`theme light`).
public struct CommandPalette: Hashable, Sendable {
    /// One action of the screen, as the keymap in force binds it.
    public struct Entry: Hashable, Sendable {
        public var name: String
        /// Its keys as help writes them ("j ↓"); empty when it has none here.
        public var keys: String
        public var help: String
        public var action: Action

        public init(name: String, keys: String, help: String, action: Action) {
            self.name = name
            self.keys = keys
            self.help = help
            self.action = action
        }
    }

    public var entries: [Entry]
    public var text = ""
    /// The row chosen among those the text leaves.
    public var selection = 0

    public init(entries: [Entry], text: String = "") {
        self.entries = entries
        self.text = text
    }

    /// The longest text the palette takes.
    static let maximumLength = 200
}
