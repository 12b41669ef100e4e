import Foundation

/// Paths inside the repository, for the tests' fixtures, expected outputs and documents.
///
/// Found from this file's own place (`Sources/ParleyTestSupport/`), so a test finds the same
/// files wherever the suite is run from.
public enum Repository {
    /// The repository's top folder, where the README's commands run.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The absolute path of `relative`, a path from the repository's top folder.
    public static func path(_ relative: String) -> String {
        root + "/" + relative
    }

    /// A dossier among the model tests' fixtures (`valid/NAME` or `invalid/NAME`).
    public static func dossierFixture(_ relative: String) -> String {
        path("Tests/ParleyModelTests/Fixtures/" + relative)
    }
}
