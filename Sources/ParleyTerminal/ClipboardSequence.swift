/// The bytes that ask a terminal to put text on the system clipboard (OSC 52), wrapped so that
/// tmux and GNU screen pass them on to the terminal they run in.
public enum ClipboardSequence {
    /// A terminal multiplexer parley may be running inside.
    public enum Multiplexer: Sendable {
        case none, tmux, screen
    }

    /// Which multiplexer the environment says parley runs in.
    public static func multiplexer(environment: [String: String]) -> Multiplexer {
        if environment["TMUX"].map({ !$0.isEmpty }) == true { return .tmux }
        if environment["STY"].map({ !$0.isEmpty }) == true || environment["TERM"]?.hasPrefix("screen") == true { return .screen }
        return .none
    }

    /// The escape sequence (or sequences) that copy `text`.
    ///
    /// Inside tmux the plain sequence is sent for tmux itself (its `set-clipboard` option
    /// keeps it as a paste buffer and passes it on) and once more wrapped in tmux's
    /// passthrough, for a tmux that only passes it through. Screen's passthrough takes short
    /// strings only, so there the sequence goes in pieces.
    public static func bytes(for text: String, inside multiplexer: Multiplexer) -> String {
        let plain = "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
        switch multiplexer {
        case .none:
            return plain
        case .tmux:
            // Every ESC inside tmux's passthrough is doubled.
            let doubled = plain.replacingEscapes()
            return plain + "\u{1B}Ptmux;" + doubled + "\u{1B}\\"
        case .screen:
            var pieces: [String] = []
            var rest = Substring(plain)
            while !rest.isEmpty {
                pieces.append("\u{1B}P" + rest.prefix(76) + "\u{1B}\\")
                rest = rest.dropFirst(76)
            }
            return pieces.joined()
        }
    }

    /// Standard base64 with padding (RFC 4648), as OSC 52 expects.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                output.append(position <= chunk.count ? alphabet[Int((value >> (18 - 6 * UInt32(position))) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}

private extension String {
    func replacingEscapes() -> String {
        var result = ""
        for character in self {
            if character == "\u{1B}" { result.append("\u{1B}") }
            result.append(character)
        }
        return result
    }
}
