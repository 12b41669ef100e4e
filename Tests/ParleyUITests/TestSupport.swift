import Foundation
import ParleyArchive
import ParleyDashboard
import ParleyModel
import ParleyTestSupport
import ParleyUI

/// Dossiers and stores for the UI tests.
enum TestDossiers {
    static let fixtures = Repository.dossierFixture("valid")

    static func load(_ name: String) throws -> Dossier {
        if name == "bundled" { return try BundledDossier.load() }
        return try DossierLoader.load(path: fixtures + "/" + name + ".yaml").dossier
    }

    /// A dashboard on a fixture whose searches are answered at once, as `parley render` runs one.
    static func store(_ name: String = "bundled", size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode) throws -> InlineDashboard {
        InlineDashboard(size: size, context: DashboardContext(dossier: try load(name), glyphs: glyphs))
    }
}

/// An archive with a name and a size and no quote in it: what `archiveReady` needs to say.
struct EmptyArchive: ArchiveStore {
    var name: String
    var count: Int

    func page(_ query: SearchQuery, after: Int?, limit: Int, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> ArchivePage? {
        ArchivePage(quotes: [], isLast: true)
    }

    func count(_ query: SearchQuery, isCancelled: () -> Bool) throws(ArchiveStoreFailure) -> Int? { 0 }
}
