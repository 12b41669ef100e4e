import Foundation
import ParleyModel
import ParleySystem
import ParleyTestSupport

/// Paths of the fixture files kept beside these tests.
enum Fixtures {
    static let folder = Repository.path("Tests/ParleyModelTests/Fixtures")

    static func invalid(_ name: String) -> String { folder + "/invalid/" + name }
    static func valid(_ name: String) -> String { folder + "/valid/" + name }

    /// Why loading `path` failed, or nil when it loaded.
    static func failure(loading path: String) -> DossierLoadFailure? {
        do {
            _ = try DossierLoader.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    /// The diagnostics of a file that must fail to load as invalid (empty when it did not).
    static func diagnostics(loading path: String) -> [Diagnostic] {
        guard case let .invalid(diagnostics)? = failure(loading: path) else { return [] }
        return diagnostics
    }

    /// A temporary folder removed when `body` returns.
    static func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }
}
