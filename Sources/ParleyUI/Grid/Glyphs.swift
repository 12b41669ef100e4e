import ParleyModel

/// The drawing characters a frame uses: Unicode box drawing, or plain ASCII for terminals
/// whose locale cannot show anything else (under `LANG=C` ncurses draws wide characters blank).
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var ellipsis: String
    public var left: String
    public var right: String
    public var up: String
    public var down: String
    public var held: String
    public var moved: String
    public var none: String
    /// The answers to an issue's question: yes, no, qualified, unclear.
    public var yes: String
    public var no: String
    public var qualified: String
    public var unclear: String
    public var openQuote: String
    public var closeQuote: String
    public var dash: String
    public var separator: String
    /// True when data text must also be reduced to ASCII.
    public var asciiOnly: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", left: "◀", right: "▶", up: "▲", down: "▼", held: "●", moved: "◐", none: "·",
        yes: Position.Answer.yes.mark, no: Position.Answer.no.mark, qualified: Position.Answer.qualified.mark,
        unclear: Position.Answer.unclear.mark,
        openQuote: "\u{201C}", closeQuote: "\u{201D}", dash: "—", separator: "·", asciiOnly: false
    )

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", left: "<", right: ">", up: "^", down: "v", held: "*", moved: "~", none: ".",
        yes: "Y", no: "N", qualified: "Q", unclear: "?",
        openQuote: "\"", closeQuote: "\"", dash: "-", separator: "-", asciiOnly: true
    )

    /// The mark for an answer; distinct from the others without colour, in either set.
    public func answer(_ answer: Position.Answer) -> String {
        switch answer {
        case .yes: yes
        case .no: no
        case .qualified: qualified
        case .unclear: unclear
        }
    }
}
