import ParleyModel

/// A damaged line of an archive that was skipped: `FILE:LINE: warning: MESSAGE`.
public struct ArchiveWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): warning: \(message)" }
}
