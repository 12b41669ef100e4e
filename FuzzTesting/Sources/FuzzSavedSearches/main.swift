import FuzzSupport
import ParleyFuzzChecks

/// `FuzzCheck.savedSearches` (Sources/ParleyFuzzChecks) on every input libFuzzer makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzDriver.test(FuzzCheck.savedSearches, start, count)
}

@_cdecl("FuzzSavedSearches_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
