import ParleyModel

/// Splits UTF-8 text into folded words exactly as `Tokenizer` does, but on bytes.
///
/// ASCII, which is almost all of a news archive, is handled a byte at a time; a word with
/// other scripts or accents is decoded and folded through `TextFolding`, so both tokenizers
/// agree on every word (the test suite checks they do over a whole generated archive).
package enum ByteTokenizer {
    /// Calls `body` with each folded word in `text`, in order.
    package static func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var hasNonASCII = false
        var index = 0
        let count = text.count
        func finish() {
            guard !word.isEmpty else { return }
            if hasNonASCII {
                var folded = TextFolding.fold(String(decoding: word, as: UTF8.self))
                folded.withUTF8 { body($0) }
            } else {
                word.withUnsafeBufferPointer { body($0) }
            }
            word.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(byte + 32)
                default:
                    finish()
                }
                index += 1
                continue
            }
            // A multi-byte scalar: part of a word if it is a letter, a digit or a combining mark.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(index + length, count)
            var scalarValue: UInt32 = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in text[(index + 1)..<end] { scalarValue = scalarValue << 6 | UInt32(next & 0x3F) }
            if let scalar = Unicode.Scalar(scalarValue), isWordScalar(scalar) {
                word.append(contentsOf: text[index..<end])
                hasNonASCII = true
            } else {
                finish()
            }
            index = end
        }
        finish()
    }

    /// Letters, numbers and the marks that combine with them, as grapheme-level
    /// `isLetter || isNumber` sees them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
