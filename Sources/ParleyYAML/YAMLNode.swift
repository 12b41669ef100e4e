/// A YAML value as composed from a file, and where it was written: parley's own tree.
///
/// `YAMLText.compose` builds it from the parser's nodes once they are known to be safe to walk,
/// so the libraries that read YAML (dossiers, themes) depend on this target alone and never
/// on the parser.
public indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)
    /// An alias the parser left as such, rather than as the node it names.
    case alias(mark: YAMLMark?)

    /// A plain, quoted or block value, always as text: parley decides types itself.
    public struct Scalar: Sendable {
        public enum Style: Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        public var string: String
        public var style: Style
        public var mark: YAMLMark?

        public init(_ string: String, style: Style = .plain, mark: YAMLMark? = nil) {
            self.string = string
            self.style = style
            self.mark = mark
        }
    }

    /// Keys and values in the order written.
    public struct Mapping: RandomAccessCollection, Sendable {
        public var pairs: [(key: YAMLNode, value: YAMLNode)]
        public var mark: YAMLMark?

        public init(_ pairs: [(key: YAMLNode, value: YAMLNode)], mark: YAMLMark? = nil) {
            self.pairs = pairs
            self.mark = mark
        }

        public var startIndex: Int { pairs.startIndex }
        public var endIndex: Int { pairs.endIndex }
        public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }

        /// The value of the first key that is the scalar `key`.
        public subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.string == key }?.value
        }
    }

    /// Values in the order written.
    public struct Sequence: RandomAccessCollection, Sendable {
        public var nodes: [YAMLNode]
        public var mark: YAMLMark?

        public init(_ nodes: [YAMLNode], mark: YAMLMark? = nil) {
            self.nodes = nodes
            self.mark = mark
        }

        public var startIndex: Int { nodes.startIndex }
        public var endIndex: Int { nodes.endIndex }
        public subscript(position: Int) -> YAMLNode { nodes[position] }
    }

    /// Where the node starts in the file.
    public var mark: YAMLMark? {
        switch self {
        case let .scalar(scalar): return scalar.mark
        case let .mapping(mapping): return mapping.mark
        case let .sequence(sequence): return sequence.mark
        case let .alias(mark): return mark
        }
    }

    /// The text of a scalar; nil for anything else.
    public var string: String? {
        if case let .scalar(scalar) = self { return scalar.string }
        return nil
    }

    /// In a mapping, the value of `key`; nil when there is none or this is no mapping.
    public subscript(key: String) -> YAMLNode? {
        if case let .mapping(mapping) = self { return mapping[key] }
        return nil
    }
}

/// Where something was written in a YAML file: its line and column, both from 1 (columns
/// count Unicode scalars).
public struct YAMLMark: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
