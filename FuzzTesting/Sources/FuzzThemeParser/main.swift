import FuzzSupport
@testable import ParleyUI

/// Parses arbitrary bytes as a theme file: a theme or positioned problems, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    switch ThemeParser.parse(bytes: FuzzDriver.bytes(start, count), file: "fuzz.yaml", name: "fuzz") {
    case .success: break
    case let .failure(problems):
        for problem in problems.diagnostics where problem.line < 1 || problem.column < 1 {
            fatalError("a theme problem without a position: \(problem)")
        }
    }
    return 0
}

@_cdecl("FuzzThemeParser_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
