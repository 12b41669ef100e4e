/// What every fuzz target shares: libFuzzer's driver, started from the target's entry point.
///
/// SwiftPM points an executable target's `main` at `<Target>_main`; each target defines that
/// with `@_cdecl` and calls `FuzzDriver.run`, handing over its `LLVMFuzzerTestOneInput`.
public enum FuzzDriver {
    /// A fuzz input: the bytes libFuzzer hands over.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the command line's arguments.
    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: TestOneInput) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, test)
    }

    /// The input as an array.
    public static func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let start, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// True when text holds a character that must never reach a terminal raw.
    public static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: FuzzDriver.TestOneInput) -> CInt
