/// A search kept under a name (`:save NAME`), run again from the palette as `@NAME` or by
/// `parley quotes @NAME`.
public struct SavedSearch: Hashable, Sendable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }

    /// True for a name a search can be kept under: letters, digits, `-` and `_`, 1 to 40 of
    /// them, so `@NAME` reads as one word on a command line and in the palette.
    public static func isName(_ name: String) -> Bool {
        (1...40).contains(name.count)
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                        || scalar == "_")
            }
    }
}
