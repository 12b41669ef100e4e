import FuzzSupport
import ParleyFuzzChecks

/// `FuzzCheck.notesFile` (Sources/ParleyFuzzChecks) on every input libFuzzer makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzDriver.test(FuzzCheck.notesFile, start, count)
}

@_cdecl("FuzzNotesFile_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
