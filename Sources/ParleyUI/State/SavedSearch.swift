/// A search kept under a name (`:save NAME`), run again from the palette as `@NAME` or by
/// `parley quotes @NAME`.
public struct SavedSearch: Hashable, Sendable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}
