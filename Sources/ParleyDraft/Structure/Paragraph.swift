/// A paragraph of an article: a range of its text's scalars, without surrounding whitespace.
public struct Paragraph: Sendable, Hashable {
    public var range: Range<Int>

    public init(range: Range<Int>) {
        self.range = range
    }
}
