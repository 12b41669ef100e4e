import Foundation
import Testing
@testable import ParleyModel

struct JSONValueTests {
    @Test func keysKeepTheirOrder() {
        let value = JSONValue.object([("b", .int(1)), ("a", .array([.null, .bool(true)])), ("c", .object([]))])
        #expect(value.serialized() == """
        {
          "b": 1,
          "a": [
            null,
            true
          ],
          "c": {}
        }
        """)
    }

    @Test func unsafeCharactersAreEscapedAndDecodeToTheSameText() throws {
        let text = "esc \u{1B}[2J rlo \u{202E} c1 \u{9B} ls \u{2028} quote \" back \\ tab \t é 日本"
        let serialized = JSONValue.string(text).serialized()
        #expect(serialized == #""esc \u001b[2J rlo \u202e c1 \u009b ls \u2028 quote \" back \\ tab \t é 日本""#)
        let decoded = try JSONDecoder().decode(String.self, from: Data(serialized.utf8))
        #expect(decoded == text)
    }
}
