import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyModel

/// The complete example in docs/dossier-format.md is a valid dossier, so the docs cannot drift.
struct DocumentationExampleTests {
    static let page = Repository.path("docs/dossier-format.md")

    @Test func completeExampleLoadsWithoutWarnings() throws {
        let text = try String(contentsOfFile: Self.page, encoding: .utf8)
        let example = try #require(text.components(separatedBy: "## A complete example").last)
        let yaml = try #require(example.components(separatedBy: "```yaml\n").last?.components(separatedBy: "```").first)
        let loaded = try DossierLoader.load(yaml: yaml, file: "dossier-format.md")
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.dossier.engagements.map(\.id) == ["castle-talks", "second-round"])
        #expect(loaded.dossier.engagement("second-round")?.status == .scheduled)
        #expect(loaded.dossier.quote("alliance-line")?.partial == true)
    }
}
