import ParleyModel

/// How far loading an archive has got, with what a progress display derives from it.
public struct ArchiveProgress: Hashable, Sendable {
    /// What the loader is doing.
    public enum Stage: Hashable, Sendable {
        /// Reading a pipe or a device to its end, so its size is not known yet.
        case reading
        /// Scanning and indexing bytes already in memory, `totalBytes` of them.
        case indexing(totalBytes: Int)
    }

    public var stage: Stage
    /// Bytes read or indexed so far in this stage.
    public var bytes: Int
    /// Quotes indexed so far (none while reading).
    public var quotes: Int
    /// Seconds since the load began.
    public var elapsed: Double
    /// Seconds since this stage began: the basis of rates and of the time left.
    public var stageElapsed: Double

    public init(stage: Stage, bytes: Int, quotes: Int, elapsed: Double, stageElapsed: Double) {
        self.stage = stage
        self.bytes = bytes
        self.quotes = quotes
        self.elapsed = elapsed
        self.stageElapsed = stageElapsed
    }

    /// How much of the archive is indexed, from 0 to 1; nil while reading.
    public var fraction: Double? {
        guard case let .indexing(total) = stage else { return nil }
        return total == 0 ? 1 : min(1, Double(bytes) / Double(total))
    }

    /// Seconds still to go at this stage's pace; nil while reading or before anything is done.
    public var secondsLeft: Double? {
        guard let fraction, fraction > 0 else { return nil }
        return stageElapsed * (1 - fraction) / fraction
    }

    public var quotesPerSecond: Double { Double(quotes) / max(stageElapsed, 0.001) }

    public var bytesPerSecond: Double { Double(bytes) / max(stageElapsed, 0.001) }

    /// Seconds between two readings of the clock, as `elapsed` and `stageElapsed` count them.
    public static func seconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Double {
        let duration = start.duration(to: end).components
        return Double(duration.seconds) + Double(duration.attoseconds) / 1e18
    }
}
