import Dispatch
import ParleyArchive
import ParleyModel
import ParleyUI
import Synchronization

/// Opens an archive of any kind for the dashboard (the executable decides which engines
/// there are), reporting progress as it goes.
public typealias ArchiveOpener =
    @Sendable (_ path: String, _ progress: @escaping @Sendable (ArchiveProgress) -> Void) throws(ArchiveLoadFailure) ->
    OpenedArchive

/// News from background work for the dashboard loop: actions, archives ready to attach, and
/// the dossier file read again.
enum BackgroundNews: Sendable {
    case action(Action)
    case archive(OpenedArchive)
    case dossier(path: String, Result<LoadedDossier, DossierLoadFailure>)
}

/// Searches and archive loads that run off the loop's thread, so typing is never blocked.
///
/// A new search cancels the one before it (which stops at its next check and reports
/// nothing); results come back through `drain()`, which the loop calls between keys.
final class BackgroundWork: Sendable {
    private let mailbox = Mutex<[BackgroundNews]>([])
    private let running = Mutex(0)
    private let currentSearch = Mutex<CancellationFlag?>(nil)
    /// Reloads run one after another, so an older save is never shown after a newer one.
    private let reloads = DispatchQueue(label: "parley.dossier-reload", qos: .userInitiated)

    /// True while a search or a load may still report.
    var isBusy: Bool { running.withLock { $0 > 0 } }

    /// Everything reported since the last call.
    func drain() -> [BackgroundNews] {
        mailbox.withLock { news in
            defer { news = [] }
            return news
        }
    }

    /// Runs a search for `request` in the background, cancelling any search still running.
    ///
    /// The first page comes back at once; when an archive could not count its matches on the
    /// way, they are counted next and reported on their own, so the count never holds up the
    /// list.
    func search(_ request: SearchRequest, in context: DashboardContext) {
        let flag = CancellationFlag()
        currentSearch.withLock { current in
            current?.cancel()
            current = flag
        }
        running.withLock { $0 += 1 }
        DispatchQueue.global(qos: .userInitiated).async {
            defer { self.running.withLock { $0 -= 1 } }
            guard let action = SearchRunner.run(request, in: context, isCancelled: { flag.isCancelled }) else { return }
            self.post(.action(action))
            guard let results = SearchRunner.uncounted(action),
                let counted = SearchRunner.count(
                    results, generation: request.generation, in: context, isCancelled: { flag.isCancelled })
            else { return }
            self.post(.action(counted))
        }
    }

    /// Works out in the background what a first search or a first look at a screen would
    /// otherwise wait for (a desk's search, its stance histories).
    func prepare(_ work: @escaping @Sendable () -> Void) {
        running.withLock { $0 += 1 }
        DispatchQueue.global(qos: .utility).async {
            defer { self.running.withLock { $0 -= 1 } }
            work()
        }
    }

    /// Opens archives one after another, reporting progress after the first half second.
    func load(_ paths: [String], with open: @escaping ArchiveOpener) {
        running.withLock { $0 += 1 }
        DispatchQueue.global(qos: .utility).async {
            defer { self.running.withLock { $0 -= 1 } }
            for path in paths {
                let pacer = ProgressPacer()
                do throws(ArchiveLoadFailure) {
                    let loaded = try open(path) { progress in
                        guard pacer.admits(progress) else { return }
                        self.post(.action(.archiveProgress(ArchiveLoading(file: path, progress: progress))))
                    }
                    self.post(.archive(loaded))
                } catch {
                    self.post(.action(.archiveFailed(file: path, reason: error.reason)))
                }
            }
        }
    }

    /// Reads the dossier file again, off the loop's thread (a large file takes a moment).
    func reload(_ path: String) {
        running.withLock { $0 += 1 }
        reloads.async {
            defer { self.running.withLock { $0 -= 1 } }
            do throws(DossierLoadFailure) {
                self.post(.dossier(path: path, .success(try DossierLoader.load(path: path))))
            } catch {
                self.post(.dossier(path: path, .failure(error)))
            }
        }
    }

    private func post(_ news: BackgroundNews) {
        mailbox.withLock { $0.append(news) }
    }
}

/// A flag a search checks to learn it has been overtaken by a newer one.
final class CancellationFlag: Sendable {
    private let cancelled = Atomic(false)

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }
}
