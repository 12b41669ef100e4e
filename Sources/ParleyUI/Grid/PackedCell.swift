import ParleyModel

/// A cell as the grid stores it: plain bits, so frames are copied, compared and freed
/// without reference counting.
///
/// A grapheme of up to 16 UTF-8 bytes (any letter, any CJK character, most emoji sequences)
/// is held inline; a longer one (a ZWJ family with skin tones) lives in the grid's overflow
/// list and the cell holds its index there.
struct PackedCell: Equatable, Sendable {
    var low: UInt64 = 0x20
    var high: UInt64 = 0
    /// UTF-8 bytes held inline; 0 for the right half of a wide grapheme; `overflow` for a long one.
    var length: UInt8 = 1
    var role: StyleRole = .text

    static let overflow: UInt8 = 0xFF
    static let blank = PackedCell()

    var isContinuation: Bool { length == 0 }

    /// Packs a grapheme; long ones go to `overflow` and are referred to by index.
    init(_ text: String, role: StyleRole, overflow: inout [String]) {
        self.role = role
        var bytes = (UInt64(0), UInt64(0))
        let utf8 = text.utf8
        guard utf8.count <= 16 else {
            overflow.append(text)
            low = UInt64(overflow.count - 1)
            length = Self.overflow
            return
        }
        withUnsafeMutableBytes(of: &bytes) { raw in
            for (offset, byte) in utf8.enumerated() { raw[offset] = byte }
        }
        (low, high) = bytes
        length = UInt8(utf8.count)
    }

    /// A grapheme of one scalar, encoded straight into the cell.
    init(scalar: Unicode.Scalar, role: StyleRole) {
        self.role = role
        var value: UInt64 = 0
        var count: UInt8 = 0
        UTF8.encode(scalar) { byte in
            value |= UInt64(byte) << (8 * UInt64(count))
            count += 1
        }
        low = value
        high = 0
        length = count
    }

    init(ascii byte: UInt8, role: StyleRole) {
        low = UInt64(byte)
        high = 0
        length = 1
        self.role = role
    }

    init() {}

    /// The grapheme, looking long ones up in `overflow`.
    func text(overflow: [String]) -> String {
        if length == Self.overflow { return overflow[Int(low)] }
        var bytes = (low, high)
        return withUnsafeBytes(of: &bytes) { String(decoding: $0.prefix(Int(length)), as: UTF8.self) }
    }

    /// Appends the grapheme's UTF-8 bytes (long ones looked up in `overflow`).
    func appendBytes(to bytes: inout [UInt8], overflow: [String]) {
        if length == Self.overflow {
            bytes.append(contentsOf: overflow[Int(low)].utf8)
            return
        }
        // Byte by byte from the two words (little-endian, as `init` packed them).
        for offset in 0..<Int(length) {
            let word = offset < 8 ? low : high
            bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(8 * (offset % 8))))
        }
    }

    /// Whether this grapheme is two columns wide (checked only where a continuation follows).
    func isWide(overflow: [String]) -> Bool {
        DisplayWidth.of(text(overflow: overflow)) == 2
    }
}
