import ParleyArchive
import ParleyModel
import ParleyUI

/// Runs the searches the reducer asks for (`Effect.search`) and counts their matches: the
/// one place the dashboard reads its quotes and archives.
///
/// The same calls serve the loop, which runs them in the background when archives are
/// searched, and `InlineDashboard`, which runs them at once.
public enum SearchRunner {
    /// Runs a search request to the end: what an inline runtime sends back for `Effect.search`.
    public static func run(_ request: SearchRequest, in context: DashboardContext) -> Action {
        // Never cancelled, so always an answer.
        run(request, in: context, isCancelled: { false }) ?? .archiveSearchFailed("the search was cancelled")
    }

    /// Runs a search request, giving up (nil) as soon as `isCancelled` turns true.
    public static func run(_ request: SearchRequest, in context: DashboardContext, isCancelled: () -> Bool) -> Action? {
        let corpus = context.corpus
        do throws(ArchiveStoreFailure) {
            let found: SearchResults?
            if let previous = request.continuing {
                found = try corpus.more(previous, isCancelled: isCancelled)
            } else {
                let query: SearchQuery
                do throws(QueryError) {
                    query = try QueryParser.parse(request.query)
                } catch {
                    return .searchCompleted(
                        SearchOutcome(generation: request.generation, query: request.query, result: .failure(error)))
                }
                found = try corpus.search(query, isCancelled: isCancelled)
            }
            guard let results = found else { return nil }
            return .searchCompleted(
                SearchOutcome(generation: request.generation, query: request.query, result: .success(results)))
        } catch {
            return .archiveSearchFailed(error.description)
        }
    }

    /// Counts the matches of results whose archives did not count them on the way: what the
    /// runtime does after showing a search's first page. Nil when cancelled.
    public static func count(
        _ results: SearchResults, generation: Int, in context: DashboardContext, isCancelled: () -> Bool
    ) -> Action? {
        do throws(ArchiveStoreFailure) {
            let totals = try context.corpus.totals(of: results, isCancelled: isCancelled)
            return isCancelled() ? nil : .searchCounted(generation: generation, totals: totals)
        } catch {
            return .archiveSearchFailed(error.description)
        }
    }

    /// The results a search answer brings that still need counting, if any.
    static func uncounted(_ answer: Action) -> SearchResults? {
        guard case let .searchCompleted(outcome) = answer, case let .success(results) = outcome.result,
            results.total == nil
        else { return nil }
        return results
    }
}
