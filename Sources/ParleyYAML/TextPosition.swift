/// Converts a byte offset in UTF-8 text into the 1-based line and column a diagnostic shows.
public enum TextPosition {
    /// Line and column (in Unicode scalars, as libyaml counts) of the byte at `offset`.
    ///
    /// Bytes that are not valid UTF-8 before the offset each count as one column, so a
    /// position can be given even for text that failed to decode.
    public static func of(offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Count lead bytes and ASCII only; continuation bytes belong to the scalar already counted.
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}

/// Finds the first byte that breaks UTF-8, so a dossier with a bad byte is reported where it is.
public enum UTF8Check {
    /// The offset of the first invalid byte sequence, or nil when all of `bytes` is valid UTF-8.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in bytes[(index + 1)..<(index + length)] {
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            // Overlong forms, UTF-16 surrogates and values past U+10FFFF are all invalid.
            guard scalar >= minimum, !(0xD800...0xDFFF).contains(scalar), scalar <= 0x10FFFF else { return index }
            index += length
        }
        return nil
    }
}
