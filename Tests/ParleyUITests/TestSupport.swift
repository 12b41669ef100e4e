import Foundation
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

/// Reduces actions one at a time, recording the effects asked for, without performing them:
/// the Composable Architecture's way of testing a reducer.
struct ReducerHarness {
    var state: AppState
    private(set) var context: DashboardContext
    private(set) var effects: [Effect] = []

    init(_ name: String = "bundled", size: Size = Size(width: 80, height: 24)) throws {
        context = DashboardContext(dossier: try TestDossiers.load(name))
        state = AppState(size: size)
        state.positions = context.initialPositions
    }

    @discardableResult
    mutating func send(_ action: Action) -> [Effect] {
        let new = Reducer.reduce(&state, action, context: &context)
        effects += new
        return new
    }

    /// A mouse report, turned into the action for what it lands on, as the store does.
    @discardableResult
    mutating func pointer(_ event: MouseEvent) -> [Effect] {
        send(PointerHitTest.action(for: event, in: state, context: context))
    }

    /// Performs the last search effect asked for and feeds its outcome back.
    mutating func completeLastSearch() {
        guard case let .search(request)? = effects.last(where: { if case .search = $0 { return true } else { return false } }) else { return }
        send(SearchRunner.run(request, in: context))
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
