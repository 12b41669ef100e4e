import Yams

/// Turns the bytes of a YAML file into a node tree, or one positioned diagnostic saying why not.
///
/// Every YAML file parley reads (dossiers, themes) comes through here, so each gets the same
/// defences: a size cap, a UTF-8 check that says where the bad byte is, refusal of aliases used
/// as keys, and a bound on alias expansion.
public enum YAMLText {
    /// The tree of a single YAML document; nil for a file with nothing in it but comments.
    ///
    /// - Parameter noun: what the file is, for messages ("dossier", "theme").
    public static func compose(bytes: [UInt8], file: String, noun: String, maximumSize: Int = 64 * 1024 * 1024)
        -> Result<YAMLNode?, Diagnostic>
    {
        func failure(_ message: String, line: Int = 1, column: Int = 1) -> Result<YAMLNode?, Diagnostic> {
            .failure(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
        }
        guard bytes.count <= maximumSize else {
            return failure(
                "text is larger than \(maximumSize / (1024 * 1024)) MiB; a \(noun) may be at most \(maximumSize / (1024 * 1024)) MiB"
            )
        }
        if let offset = UTF8Check.firstInvalidOffset(in: bytes) {
            let position = TextPosition.of(offset: offset, in: bytes)
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            return failure(
                "invalid UTF-8 (byte 0x\(byte)); \(noun)s must be saved as UTF-8", line: position.line,
                column: position.column)
        }
        if let offset = AliasGuard.aliasKeyOffset(in: bytes) {
            let position = TextPosition.of(offset: offset, in: bytes)
            return failure(
                "an alias may not be used as a mapping key in a \(noun)", line: position.line, column: position.column)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let root: Node
        do {
            // The basic resolver reads every scalar as text: parley decides types itself (with
            // positions in its messages), and the default resolver's regular expressions were
            // most of the time it takes to start.
            guard let composed = try Yams.compose(yaml: text, .basic) else { return .success(nil) }
            root = composed
        } catch let error as YamlError {
            let problem = YAMLProblem(error, bytes: bytes, noun: noun)
            return failure(problem.message, line: problem.line, column: problem.column)
        } catch {
            return failure("could not read YAML: \(error)")
        }
        // Without aliases a node needs at least a byte of text, so a tree with more nodes than
        // the file has bytes can only come from aliases multiplying it.
        // A file without a single `&` has no anchor, so no alias: the walk is skipped.
        let limit = max(100_000, bytes.count)
        if bytes.contains(UInt8(ascii: "&")), let mark = AliasGuard.expansionOverflow(root, limit: limit) {
            return failure(
                "aliases expand this file to more than \(limit) nodes (an alias bomb?); refusing to read it",
                line: mark.line, column: mark.column)
        }
        return .success(tree(root))
    }

    /// The parser's tree as parley's own, once it is known to be of a size safe to walk.
    static func tree(_ node: Node) -> YAMLNode {
        switch node {
        case let .scalar(scalar):
            return .scalar(YAMLNode.Scalar(scalar.string, style: style(scalar.style), mark: mark(scalar.mark)))
        case let .mapping(mapping):
            return .mapping(
                YAMLNode.Mapping(mapping.map { (key: tree($0.key), value: tree($0.value)) }, mark: mark(mapping.mark)))
        case let .sequence(sequence):
            return .sequence(YAMLNode.Sequence(sequence.map(tree), mark: mark(sequence.mark)))
        case let .alias(alias):
            return .alias(mark: mark(alias.mark))
        }
    }

    private static func mark(_ mark: Mark?) -> YAMLMark? {
        mark.map { YAMLMark(line: $0.line, column: $0.column) }
    }

    private static func style(_ style: Node.Scalar.Style) -> YAMLNode.Scalar.Style {
        switch style {
        case .any, .plain: return .plain
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        }
    }
}
