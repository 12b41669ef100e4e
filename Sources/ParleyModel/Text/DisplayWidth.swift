/// How many terminal columns text takes, measured per grapheme cluster.
///
/// East Asian wide and fullwidth characters and emoji take two columns, combining marks and
/// other zero-width scalars ride on the grapheme before them, and a ZWJ emoji sequence is one
/// grapheme of width two. This is the width modern terminals (and tmux) use.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if scalars.count > 1 {
            // An emoji followed by VS16, a skin tone or a ZWJ is drawn as one wide emoji.
            for scalar in scalars.dropFirst() {
                if scalar.value == 0xFE0F || scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value) {
                    if first.properties.isEmoji { return 2 }
                }
            }
            // A regional-indicator pair is a flag.
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        }
        return of(scalar: first)
    }

    /// Columns taken by one scalar standing alone.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        // Fast answers for the ranges frames are made of (Latin text, box drawing, the glyphs),
        // before the slower Unicode property lookups.
        if value < 0x0300 { return value == 0xAD ? 0 : 1 }
        if (0x2500..<0x25FD).contains(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
        return 1
    }

    /// True for a scalar that is always a grapheme of its own: nothing joins it to its
    /// neighbours. Text made only of these can be measured scalar by scalar, skipping the
    /// (much slower) grapheme segmentation.
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0300 { return value != 0x0D }
        if (0x2010...0x2BFF).contains(value) { return !(0x20D0...0x20FF).contains(value) && !(0x2060...0x206F).contains(value) }
        if (0x3000...0x9FFF).contains(value) { return !(0x3099...0x309A).contains(value) }
        return false
    }

    /// Columns taken by a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if text.unicodeScalars.allSatisfy(standsAlone) {
            return text.unicodeScalars.reduce(0) { $0 + of(scalar: $1) }
        }
        var width = 0
        for character in text {
            if let ascii = character.asciiValue {
                width += ascii < 0x20 || ascii == 0x7F ? 0 : 1
            } else {
                width += of(character)
            }
        }
        return width
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges from Unicode's EastAsianWidth.txt, merged.
    ///
    /// Emoji blocks are left out: `isEmojiPresentation` decides those scalar by scalar.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
