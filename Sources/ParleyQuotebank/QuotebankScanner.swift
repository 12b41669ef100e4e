/// A strict scanner for one line of a Quotebank archive, keeping only what parley uses.
///
/// Quotebank's quotation-centric files are JSON Lines: one object per line with `quoteID`,
/// `quotation`, `speaker`, `qids`, `date`, `numOccurrences`, `probas`, `urls` and `phase`.
/// JSONDecoder would build every value of every line; this scanner validates the whole line
/// as JSON (RFC 8259: strings of valid UTF-8 with valid escapes, numbers in JSON's own form,
/// nesting at most 64 deep) but copies out only the fields parley needs, into reused
/// buffers, which is what lets a million lines load in seconds. A field parley skips is held
/// to the same rules as one it keeps, so whether a damaged line is skipped never depends on
/// which field the damage is in.
package struct QuotebankScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The fields of one line; throws for anything that is not a single JSON object with a quotation.
    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into line: inout ScannedLine) throws(QuotebankLineError) {
        var scanner = QuotebankScanner(bytes)
        try scanner.object(into: &line)
        scanner.skipSpace()
        if scanner.index < bytes.count { throw scanner.failure("unexpected text after the JSON object") }
        guard line.hasQuotation else { throw QuotebankLineError(message: "no 'quotation' field", column: 1) }
    }

    private func failure(_ message: String) -> QuotebankLineError {
        QuotebankLineError(message: message, column: index + 1)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(QuotebankLineError) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw failure(index < bytes.count ? "expected \(what)" : "the line ends too early; expected \(what)")
        }
        index += 1
    }

    /// The top-level object: the fields parley wants are decoded, the rest validated and skipped.
    private mutating func object(into line: inout ScannedLine) throws(QuotebankLineError) {
        try expect(UInt8(ascii: "{"), "'{': each line must be one JSON object")
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a field name in quotes") }
            let keyStart = index + 1
            try skipString()
            let key = UnsafeBufferPointer(rebasing: bytes[keyStart..<(index - 1)])
            try expect(UInt8(ascii: ":"), "':' after a field name")
            skipSpace()
            switch Field(key) {
            case .quotation:
                line.quotation.removeAll(keepingCapacity: true)
                try stringValue(into: &line.quotation)
                line.hasQuotation = true
            case .speaker:
                line.speaker.removeAll(keepingCapacity: true)
                if try !nullValue() { try stringValue(into: &line.speaker) }
            case .quoteID:
                line.quoteID.removeAll(keepingCapacity: true)
                if try !nullValue() { try stringValue(into: &line.quoteID) }
            case .date:
                line.date.removeAll(keepingCapacity: true)
                if try !nullValue() { try stringValue(into: &line.date) }
            case .occurrences:
                line.occurrences = try integerValue()
            case .urls:
                line.firstURL.removeAll(keepingCapacity: true)
                try urls(into: &line.firstURL)
            case .other:
                try skipValue(depth: 0)
            }
            skipSpace()
            guard index < bytes.count else { throw failure("the line ends inside the object; expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return
            }
            throw failure("expected ',' or '}'")
        }
    }

    /// The fields parley reads, recognised by their bytes.
    private enum Field {
        case quotation, speaker, quoteID, date, occurrences, urls, other

        init(_ key: UnsafeBufferPointer<UInt8>) {
            func equals(_ name: StaticString) -> Bool {
                guard key.count == name.utf8CodeUnitCount else { return false }
                let pointer = name.utf8Start
                for offset in 0..<key.count where key[offset] != pointer[offset] { return false }
                return true
            }
            if equals("quotation") { self = .quotation }
            else if equals("speaker") { self = .speaker }
            else if equals("quoteID") { self = .quoteID }
            else if equals("date") { self = .date }
            else if equals("numOccurrences") { self = .occurrences }
            else if equals("urls") { self = .urls }
            else { self = .other }
        }
    }

    private mutating func nullValue() throws(QuotebankLineError) -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws(QuotebankLineError) {
        let pointer = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount {
            guard index + offset < bytes.count, bytes[index + offset] == pointer[offset] else { throw failure("expected \(word)") }
        }
        index += word.utf8CodeUnitCount
    }

    private mutating func urls(into first: inout [UInt8]) throws(QuotebankLineError) {
        if try nullValue() { return }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw failure("'urls' should be a list of strings") }
        index += 1
        var isFirst = true
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("'urls' should be a list of strings") }
            if isFirst {
                try stringValue(into: &first)
                isFirst = false
            } else {
                try skipString()
            }
            skipSpace()
            guard index < bytes.count else { throw failure("the line ends inside 'urls'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return
            }
            throw failure("expected ',' or ']' in 'urls'")
        }
    }

    private mutating func integerValue() throws(QuotebankLineError) -> Int {
        let start = index
        try skipNumber()
        var value = 0
        for byte in bytes[start..<index] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return value }
            value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A JSON string, unescaped, appended to `output` as UTF-8.
    private mutating func stringValue(into output: inout [UInt8]) throws(QuotebankLineError) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a string") }
        index += 1
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                try escape(into: &output)
                runStart = index
                continue
            }
            if byte < 0x20 { throw failure("a control character inside a string") }
            index += byte < 0x80 ? 1 : try utf8Sequence()
        }
        throw failure("the line ends inside a string")
    }

    /// The length of the valid UTF-8 sequence at `index` (RFC 3629: no overlong forms, no
    /// surrogates, nothing past U+10FFFF); invalid bytes are damage.
    private func utf8Sequence() throws(QuotebankLineError) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw failure("invalid UTF-8")
        }
        guard index + length <= bytes.count else { throw failure("invalid UTF-8") }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let range = offset == 1 ? low...high : 0x80...0xBF
            guard range.contains(byte) else { throw failure("invalid UTF-8") }
        }
        return length
    }

    /// Reads one escape after a backslash; appends what it stands for when `keeping`.
    private mutating func escape(into output: inout [UInt8], keeping: Bool = true) throws(QuotebankLineError) {
        index += 1
        guard index < bytes.count else { throw failure("the line ends inside an escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): if keeping { output.append(byte) }
        case UInt8(ascii: "b"): if keeping { output.append(0x08) }
        case UInt8(ascii: "f"): if keeping { output.append(0x0C) }
        case UInt8(ascii: "n"): if keeping { output.append(0x0A) }
        case UInt8(ascii: "r"): if keeping { output.append(0x0D) }
        case UInt8(ascii: "t"): if keeping { output.append(0x09) }
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800...0xDBFF).contains(value) {
                // A surrogate pair: the low half must follow as another \u escape.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("an unpaired surrogate in a \\u escape")
                }
                index += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("an unpaired surrogate in a \\u escape") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(value) {
                throw failure("an unpaired surrogate in a \\u escape")
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("an invalid \\u escape") }
            if keeping { UTF8.encode(scalar) { output.append($0) } }
        default:
            index -= 1
            throw failure("an invalid escape")
        }
    }

    private mutating func hex4() throws(QuotebankLineError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Validates and skips a string: the same rules as a string that is kept, so the damage a
    /// line is skipped for does not depend on which field holds it.
    private mutating func skipString() throws(QuotebankLineError) {
        index += 1
        var nothing: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                try escape(into: &nothing, keeping: false)
                continue
            }
            if byte < 0x20 { throw failure("a control character inside a string") }
            index += byte < 0x80 ? 1 : try utf8Sequence()
        }
        throw failure("the line ends inside a string")
    }

    /// A JSON number exactly as RFC 8259 writes it: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// Anything looser ("+5", "01", "1.", "1-2-3e+") is damage, wherever it stands.
    private mutating func skipNumber() throws(QuotebankLineError) {
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9") }
        func digits() -> Int {
            let start = index
            while isDigit(index) { index += 1 }
            return index - start
        }
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else {
            index = start
            throw failure("expected a value")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw failure("a number may not start with 0") }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("a number needs digits after its point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
        }
    }

    /// Validates and skips any JSON value; nesting is bounded so no line can exhaust the stack.
    private mutating func skipValue(depth: Int) throws(QuotebankLineError) {
        guard depth < 64 else { throw failure("values nested too deeply") }
        skipSpace()
        guard index < bytes.count else { throw failure("the line ends where a value should be") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == close {
                index += 1
                return
            }
            while true {
                if isObject {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a field name in quotes") }
                    try skipString()
                    try expect(UInt8(ascii: ":"), "':' after a field name")
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw failure("the line ends inside a value") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == close {
                    index += 1
                    return
                }
                throw failure(isObject ? "expected ',' or '}'" : "expected ',' or ']'")
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try skipNumber()
        }
    }
}
