import ParleyModel
import Synchronization

/// Decides which progress reports are worth showing: none in the first half second, then at
/// most ten a second.
///
/// Quick loads then show nothing at all, and slow ones do not flood a terminal. Reports come
/// from every loading thread, so the pacer is shared between them.
public final class ProgressPacer: Sendable {
    /// Loads that finish sooner than this show no progress.
    public static let delay = 0.5
    /// The least time between two reports shown.
    public static let interval = 0.1

    private let lastShown = Mutex<Double?>(nil)

    public init() {}

    /// True when `progress` should be shown; it is then counted as shown.
    public func admits(_ progress: ArchiveProgress) -> Bool {
        guard progress.elapsed >= Self.delay else { return false }
        return lastShown.withLock { last in
            if let last, progress.elapsed - last < Self.interval { return false }
            last = progress.elapsed
            return true
        }
    }
}
