import Foundation

/// The made-up Zenda desk the docs show (three weeks), and the files the tests add to a copy
/// of it: a week that contradicts the others, one that clashes with them, one that is broken.
public enum DeskFixture {
    /// The desk as the README and docs use it.
    public static let folder = Repository.path("docs/examples/zenda-desk")

    /// The week files of the desk, in path order (which is also date order).
    public static let weeks = ["2030-03-01.yaml", "2030-03-08.yaml", "2030-03-15.yaml"]

    /// A file written to be added to the desk: `contradiction.yaml`, `clash.yaml` or `broken.yaml`.
    public static func extra(_ name: String) -> String {
        Repository.path("Tests/ParleyModelTests/Fixtures/desk-extras/" + name)
    }

    /// Runs `body` on a copy of the desk in a temporary folder with `extras` added to it,
    /// and removes the copy after.
    public static func withCopy<T>(adding extras: [String] = [], _ body: (String) throws -> T) throws -> T {
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("parley-desk-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: copy, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: copy) }
        for week in weeks { try manager.copyItem(atPath: folder + "/" + week, toPath: copy + "/" + week) }
        for name in extras { try manager.copyItem(atPath: extra(name), toPath: copy + "/" + name) }
        return try body(copy)
    }
}
