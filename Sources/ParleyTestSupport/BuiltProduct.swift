import Foundation

/// The executables SwiftPM built beside the running test bundle.
public enum BuiltProduct {
    /// The path of the built executable `name` (such as `parley`), in the build folder the
    /// tests run from.
    public static func path(_ name: String) -> String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        // On Linux the tests run from `<build>/debug/parleyPackageTests.xctest`.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent(name).path
    }
}
