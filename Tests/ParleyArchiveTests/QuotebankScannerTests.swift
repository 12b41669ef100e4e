import Testing
@testable import ParleyArchiveMemory
@testable import ParleyModel
@testable import ParleyQuotebank

/// The Quotebank line scanner on its own: what it keeps, and which damage it refuses, wherever
/// in the line the damage is.
struct QuotebankScannerTests {
    /// Scans one line; the error's message and column, or nil when the line is good.
    private func scan(_ text: String) -> (line: ScannedLine, error: QuotebankLineError?) {
        scan(bytes: Array(text.utf8))
    }

    private func scan(bytes: [UInt8]) -> (line: ScannedLine, error: QuotebankLineError?) {
        var line = ScannedLine()
        let error: QuotebankLineError? = bytes.withUnsafeBufferPointer { buffer in
            do throws(QuotebankLineError) {
                try QuotebankScanner.scan(buffer, into: &line)
                return nil
            } catch {
                return error
            }
        }
        return (line, error)
    }

    @Test func theFieldsParleyUsesAreCopiedOut() {
        let (line, error) = scan(#"{"quoteID": "q1", "quotation": "caf\u00e9 \"now\"", "speaker": null, "date": "2020-01-01 00:00:00", "numOccurrences": 12, "urls": ["https:\/\/a.example\/x", "https://b"], "probas": [["A", "0.5"]]}"#)
        #expect(error == nil)
        #expect(String(decoding: line.quotation, as: UTF8.self) == "café \"now\"")
        #expect(line.speaker.isEmpty)
        #expect(String(decoding: line.quoteID, as: UTF8.self) == "q1")
        #expect(line.occurrences == 12)
        #expect(String(decoding: line.firstURL, as: UTF8.self) == "https://a.example/x")
    }

    @Test(arguments: ["0", "-0", "12", "-3.25", "1e9", "2.5E-3", "0.0e+0"])
    func numbersInJSONsOwnFormAreAccepted(number: String) {
        #expect(scan(#"{"quotation": "a", "x": "# + number + "}").error == nil)
    }

    @Test(arguments: ["+5", "01", "1.", ".5", "-", "1-2-3e+", "1e", "1e+", "0x10", "--1", "Infinity", "NaN"])
    func numbersJSONDoesNotAllowAreDamage(number: String) {
        let error = scan(#"{"quotation": "a", "x": "# + number + "}").error
        #expect(error != nil, "\(number) was accepted")
    }

    @Test(arguments: [#"\x"#, #"\u12"#, #"\uZZZZ"#, #"\ud800"#, #"\udc00x"#, #"\"#])
    func badEscapesAreDamageInAnyField(escape: String) {
        for field in ["quotation", "speaker", "phase"] {
            let line = field == "quotation" ? #"{"quotation": "a"#+escape+#""}"# : #"{"quotation": "a", ""#+field+#"": "b"#+escape+#""}"#
            #expect(scan(line).error != nil, "\(escape) in \(field)")
        }
    }

    @Test(arguments: [[0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0x80]] as [[UInt8]])
    func invalidUTF8IsDamageInAnyField(sequence: [UInt8]) {
        for field in ["quotation", "speaker", "phase"] {
            let before = Array((field == "quotation" ? #"{"quotation": "a"# : #"{"quotation": "a", ""# + field + #"": "b"#).utf8)
            let error = scan(bytes: before + sequence + Array(#""}"#.utf8)).error
            #expect(error?.message == "invalid UTF-8", "\(sequence) in \(field)")
        }
    }

    @Test func validUTF8OfEveryLengthIsKept() {
        let (line, error) = scan(#"{"quotation": "é ह 😀 \u00e9", "phase": "ü"}"#)
        #expect(error == nil)
        #expect(String(decoding: line.quotation, as: UTF8.self) == "é ह 😀 é")
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(scan(#"{"quotation": "a", "x": "# + deep + "}").error?.message == "values nested too deeply")
    }

    @Test func errorsSayWhereTheScannerStopped() {
        let error = scan(#"{"quotation": "a", "n": 01}"#).error
        #expect(error?.message == "a number may not start with 0")
        #expect(error?.column == 26)
    }
}
