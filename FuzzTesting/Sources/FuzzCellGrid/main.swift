import FuzzSupport
import ParleyModel
import ParleyUI

/// Writes arbitrary text at arbitrary places in a grid of arbitrary size: nothing lands
/// outside it, no row is wider than the grid, and no raw control character is stored.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    guard bytes.count >= 8 else { return 0 }
    let size = Size(width: Int(bytes[0]), height: Int(bytes[1]) % 64)
    var grid = CellGrid(size: size, asciiOnly: bytes[2] & 1 == 1)
    let x = Int(Int8(bitPattern: bytes[3])) * 2, y = Int(Int8(bitPattern: bytes[4]))
    let width = Int(Int8(bitPattern: bytes[5])) * 2
    let text = String(decoding: bytes[8...], as: UTF8.self)
    grid.put(text, x: x, y: y, role: .text)
    grid.put(text, x: x &+ 1, y: y, width: width, role: .quote, ellipsis: bytes[6] & 1 == 1 ? "…" : "...")
    let lines = grid.lines
    if lines.count != size.height { fatalError("\(lines.count) rows for a grid of \(size.height)") }
    for line in lines {
        if DisplayWidth.of(line) > size.width { fatalError("a row wider than the grid: \(DisplayWidth.of(line)) > \(size.width)") }
        if FuzzDriver.hasRawControl(line) { fatalError("a raw control character in the grid") }
    }
    return 0
}

@_cdecl("FuzzCellGrid_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
