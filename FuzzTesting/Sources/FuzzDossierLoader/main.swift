import FuzzSupport
import ParleyModel

/// Loads arbitrary bytes as a dossier: never a crash, every diagnostic positioned inside the
/// file, and a dossier that loads reports and serialises without a raw control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    do {
        let loaded = try DossierLoader.load(bytes: bytes, file: "fuzz.yaml", sourceTexts: nil)
        let week = WeekReport.render(loaded.dossier, width: 80, archives: [])
        if FuzzDriver.hasRawControl(week) { fatalError("a raw control character in the week report") }
        let json = JSONValue.array(loaded.dossier.engagements.map(DossierJSON.engagementSummary)).serialized()
        if FuzzDriver.hasRawControl(json) { fatalError("a raw control character in the JSON") }
    } catch {
        if case let .invalid(diagnostics) = error {
            // YAML counts a line at every CR, LF, CR LF, NEL, LS and PS; a bound that counts
            // each of their bytes once is enough here.
            let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }.count + 1
            for diagnostic in diagnostics where diagnostic.line < 1 || diagnostic.line > lines + 1 || diagnostic.column < 1 {
                fatalError("a diagnostic outside the file: \(diagnostic.line):\(diagnostic.column) of \(lines) lines")
            }
        }
    }
    return 0
}

@_cdecl("FuzzDossierLoader_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
