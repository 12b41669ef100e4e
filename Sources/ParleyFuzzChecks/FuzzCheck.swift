/// A property one fuzz target holds parley's code to on any input.
///
/// The libFuzzer targets (FuzzTesting/) run these on generated inputs and crash on the first
/// broken one; the test suite runs them again on every input kept in FuzzTesting/FailCases/,
/// so a crash a fuzzer once found stays fixed (swift-protobuf keeps its fail cases the same way).
public struct FuzzCheck: Sendable {
    /// The fuzz target's name, which is also its folder in FailCases/.
    public let target: String
    /// Nil when the input keeps the property; otherwise what broke.
    public let check: @Sendable ([UInt8]) -> String?

    public init(target: String, check: @escaping @Sendable ([UInt8]) -> String?) {
        self.target = target
        self.check = check
    }

    /// Every fuzz target's check.
    public static let all: [FuzzCheck] = [
        articleDraft, dossierLoader, deskAssembly, queryParser, quotebankLine, themeParser, keyDecoder, cellGrid,
        notesFile, keymapFile, savedSearches,
    ]

    /// True when text holds a character that must never reach a terminal raw.
    public static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }
}
