import CNcursesw
import ParleyTerminal
import ParleyUI
import Testing

/// What each ncurses input becomes: characters, control keys, function-key codes.
struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(9), KeyEvent.tab), (10, .enter), (13, .enter), (27, .escape), (8, .backspace), (127, .backspace),
        (1, .control("a")), (21, .control("u")), (26, .control("z")),
        (0x71, .character("q")), (0xE9, .character("é")), (0x4E2D, .character("中")), (0x1F600, .character("😀")),
    ])
    func characters(value: UInt32, expected: KeyEvent) {
        #expect(KeyDecoder.event(for: .character(value)) == expected)
    }

    @Test(arguments: [UInt32(0), 28, 31, 0xD800, 0x110000])
    func charactersParleyDoesNotUseAreNothing(value: UInt32) {
        #expect(KeyDecoder.event(for: .character(value)) == nil)
    }

    @Test func functionKeyCodes() {
        let table: [(Int32, KeyEvent)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
            (parley_key_f0() + 1, .function(1)), (parley_key_f0() + 12, .function(12)),
        ]
        for (code, expected) in table { #expect(KeyDecoder.event(for: .keyCode(code)) == expected) }
    }

    @Test func codesParleyDoesNotUseAreNothing() {
        #expect(KeyDecoder.event(for: .keyCode(parley_key_f0())) == nil)
        #expect(KeyDecoder.event(for: .keyCode(parley_key_f0() + 25)) == nil)
        #expect(KeyDecoder.event(for: .keyCode(-1)) == nil)
    }
}
