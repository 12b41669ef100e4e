import Foundation
import Testing

/// Text kept in a file beside the tests (a rendered frame, a command's output, a generated
/// source file) and compared with what the code produces now, line by line.
///
/// `PARLEY_RECORD=1 swift test` writes the current text instead of comparing: done only on
/// purpose, and the change reviewed in the diff like code.
public enum Snapshot {
    /// True when this run records instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["PARLEY_RECORD"] == "1" }

    /// Compares `actual` with the file at `path`, recording the first line that differs and a
    /// difference in length; writes `actual` there instead when recording.
    public static func check(_ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let name = (path as NSString).lastPathComponent
        if isRecording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record(
                "\(name): no such snapshot at \(path); PARLEY_RECORD=1 swift test writes it",
                sourceLocation: sourceLocation)
            return
        }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for (index, pair) in zip(actualLines, expectedLines).enumerated() where pair.0 != pair.1 {
            Issue.record(
                "\(name) line \(index + 1):\n  expected: \(pair.1)\n  actual:   \(pair.0)",
                sourceLocation: sourceLocation)
            return
        }
        if actualLines.count != expectedLines.count {
            Issue.record(
                "\(name): \(actualLines.count) lines, expected \(expectedLines.count)", sourceLocation: sourceLocation)
        }
    }
}
