import Foundation

/// Folds words for matching: lower case, diacritics removed, so "Genève" matches "geneve".
public enum TextFolding {
    /// The folded form of one word (or any text).
    public static func fold(_ text: Substring) -> String {
        // ASCII is the common case by far and needs no Unicode tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    public static func fold(_ text: String) -> String { fold(text[...]) }

    /// The text with accents removed but case kept: "Zoë" → "Zoe".
    public static func stripDiacritics(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// A word found in a text: its folded form and where it stands, in grapheme offsets.
public struct Token: Hashable, Sendable {
    public var folded: String
    /// Character (grapheme cluster) offsets into the original text, for highlighting.
    public var range: Range<Int>

    public init(folded: String, range: Range<Int>) {
        self.folded = folded
        self.range = range
    }
}

/// Splits text into words: runs of letters and digits; everything else separates.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        // Most text is ASCII, where a byte is a character and a letter or digit is known by
        // its value: several times faster than asking each Character, which preparing the
        // search of a large desk spends most of its time on.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(in: Array(text.utf8)) }
        var tokens: [Token] = []
        var offset = 0
        var start: (index: String.Index, offset: Int)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter, start == nil {
                start = (index, offset)
            } else if !isWordCharacter, let open = start {
                tokens.append(Token(folded: TextFolding.fold(text[open.index..<index]), range: open.offset..<offset))
                start = nil
            }
            index = text.index(after: index)
            offset += 1
        }
        if let open = start {
            tokens.append(Token(folded: TextFolding.fold(text[open.index...]), range: open.offset..<offset))
        }
        return tokens
    }

    /// `tokens(in:)` for ASCII text, found byte by byte.
    private static func asciiTokens(in bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var start: (byte: Int, offset: Int)?
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            // "\r\n" is one character, as it is to String.
            if byte == 0x0A, previous == 0x0D {
                previous = byte
                continue
            }
            let isWordCharacter = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            if isWordCharacter, start == nil {
                start = (index, offset)
            } else if !isWordCharacter, let open = start {
                tokens.append(Token(folded: lowercased(bytes[open.byte..<index]), range: open.offset..<offset))
                start = nil
            }
            offset += 1
            previous = byte
        }
        if let open = start {
            tokens.append(Token(folded: lowercased(bytes[open.byte...]), range: open.offset..<offset))
        }
        return tokens
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return bytes.count
        }
    }

    /// The folded words of a text, without positions.
    public static func words(in text: String) -> [String] {
        tokens(in: text).map(\.folded)
    }
}
