import ParleyModel
import ParleyUI

extension FuzzCheck {
    /// Writes text at places in a grid of a size the bytes give: nothing lands outside it, no
    /// row is wider than the grid, and no raw control character is stored.
    ///
    /// Bytes: width, height (mod 64), ASCII-only (bit 0), x/2, y, the second write's width/2
    /// (signed), its ellipsis (bit 0: "…", else "..."), one unused; then the text.
    public static let cellGrid = FuzzCheck(target: "FuzzCellGrid") { bytes in
        guard bytes.count >= 8 else { return nil }
        let size = Size(width: Int(bytes[0]), height: Int(bytes[1]) % 64)
        var grid = CellGrid(size: size, asciiOnly: bytes[2] & 1 == 1)
        let x = Int(Int8(bitPattern: bytes[3])) * 2
        let y = Int(Int8(bitPattern: bytes[4]))
        let width = Int(Int8(bitPattern: bytes[5])) * 2
        let text = String(decoding: bytes[8...], as: UTF8.self)
        grid.put(text, x: x, y: y, role: .text)
        grid.put(text, x: x &+ 1, y: y, width: width, role: .quote, ellipsis: bytes[6] & 1 == 1 ? "…" : "...")
        let lines = grid.lines
        if lines.count != size.height { return "\(lines.count) rows for a grid of \(size.height)" }
        for line in lines {
            if DisplayWidth.of(line) > size.width {
                return "a row wider than the grid: \(DisplayWidth.of(line)) > \(size.width)"
            }
            if hasRawControl(line) { return "a raw control character in the grid" }
        }
        return nil
    }
}
