import ParleyFuzzChecks

/// What every fuzz target shares: libFuzzer's driver, started from the target's entry point.
///
/// SwiftPM points an executable target's `main` at `<Target>_main`; each target defines that
/// with `@_cdecl` and calls `FuzzDriver.run`, handing over its `LLVMFuzzerTestOneInput`.
public enum FuzzDriver {
    /// A fuzz input: the bytes libFuzzer hands over.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the command line's arguments.
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: TestOneInput
    ) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, test)
    }

    /// Runs `check` on one input, crashing with what broke so libFuzzer keeps the input.
    public static func test(_ check: FuzzCheck, _ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        if let failure = check.check(bytes) { fatalError("\(check.target): \(failure)") }
        return 0
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzDriver.TestOneInput
) -> CInt
