import Testing
@testable import ParleyTerminal

/// OSC 52 as parley writes it: the payload in base64, and the wrappings tmux and screen need.
struct ClipboardSequenceTests {
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("“ok” — é", "4oCcb2vigJ0g4oCUIMOp")])
    func base64MatchesRFC4648(text: String, encoded: String) {
        #expect(ClipboardSequence.base64(Array(text.utf8)) == encoded)
    }

    @Test func plainTerminalsGetOneSequence() {
        #expect(ClipboardSequence.bytes(for: "foo", inside: .none) == "\u{1B}]52;c;Zm9v\u{07}")
    }

    @Test func tmuxGetsItPlainAndThroughItsPassthrough() {
        #expect(ClipboardSequence.bytes(for: "foo", inside: .tmux)
            == "\u{1B}]52;c;Zm9v\u{07}" + "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;Zm9v\u{07}\u{1B}\\")
    }

    @Test func screenGetsItInShortPieces() {
        let text = String(repeating: "x", count: 200)
        let bytes = ClipboardSequence.bytes(for: text, inside: .screen)
        let pieces = bytes.components(separatedBy: "\u{1B}\\").dropLast()
        #expect(pieces.count == 4)
        #expect(pieces.allSatisfy { $0.hasPrefix("\u{1B}P") && $0.count <= 78 })
        #expect(pieces.map { String($0.dropFirst(2)) }.joined() == ClipboardSequence.bytes(for: text, inside: .none))
    }

    @Test func theEnvironmentNamesTheMultiplexer() {
        #expect(ClipboardSequence.multiplexer(environment: ["TMUX": "/tmp/tmux-0/default,1,0", "TERM": "screen"]) == .tmux)
        #expect(ClipboardSequence.multiplexer(environment: ["STY": "1234.pts-0", "TERM": "xterm"]) == .screen)
        #expect(ClipboardSequence.multiplexer(environment: ["TERM": "screen-256color"]) == .screen)
        #expect(ClipboardSequence.multiplexer(environment: ["TERM": "xterm-256color", "TMUX": ""]) == .none)
    }
}
