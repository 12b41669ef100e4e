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

    /// The folded words of a text, without positions.
    public static func words(in text: String) -> [String] {
        tokens(in: text).map(\.folded)
    }
}
