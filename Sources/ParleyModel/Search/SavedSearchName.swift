/// Which names a search can be saved under: letters, digits, `-` and `_`, 1 to 40 of them,
/// so `@NAME` reads as one word on a command line and in the palette.
public enum SavedSearchName {
    public static func isValid(_ name: String) -> Bool {
        (1...40).contains(name.count)
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                        || scalar == "_")
            }
    }
}
