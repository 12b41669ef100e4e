import Foundation

/// A folder of its own for one test, removed when the test is done with it.
public enum TemporaryFolder {
    /// Runs `body` with the path of a new, empty folder (its name beginning with `prefix`),
    /// then removes the folder and everything in it.
    public static func with<Result>(_ prefix: String = "parley", _ body: (String) throws -> Result) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }
}
