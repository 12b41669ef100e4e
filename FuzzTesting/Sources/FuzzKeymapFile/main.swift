import FuzzSupport
import ParleyFuzzChecks

/// `FuzzCheck.keymapFile` (Sources/ParleyFuzzChecks) on every input libFuzzer makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzDriver.test(FuzzCheck.keymapFile, start, count)
}

@_cdecl("FuzzKeymapFile_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
