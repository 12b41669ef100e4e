/// Follows a file by polling its signature, and says when a save has settled.
///
/// Polling works the same for every editor and file system, and a look every fifth of a
/// second costs nothing. A change is reported once the file has stayed the same for one more
/// look, so a save written in several steps is read whole, not half-way; a file that
/// disappears (an editor's delete-then-rename) is reported only if it stays gone.
public struct FileWatch: Sendable {
    /// What the watch has to report.
    public enum Change: Equatable, Sendable {
        /// The file changed and has settled: read it again.
        case saved
        /// The file has been gone for `missingAfter` milliseconds.
        case missing
    }

    public let path: String
    /// How often the file is looked at, in milliseconds.
    public let interval: UInt64
    /// How long a file must stay gone before that is reported, in milliseconds.
    public let missingAfter: UInt64
    private var known: FileSignature?
    private var candidate: FileSignature?
    private var lastLook: UInt64?
    private var goneSince: UInt64?
    private var reportedMissing = false

    /// Starts following `path` from what it is now.
    public init(path: String, interval: UInt64 = 200, missingAfter: UInt64 = 1_000, now: UInt64) {
        self.path = path
        self.interval = interval
        self.missingAfter = missingAfter
        known = FileSignature.of(path)
        lastLook = now
    }

    /// Starts following a file that has just appeared, so that it is reported as saved once
    /// it has settled (a new file may still be being written when it is first seen).
    public init(newFile path: String, interval: UInt64 = 200, missingAfter: UInt64 = 1_000, now: UInt64) {
        self.path = path
        self.interval = interval
        self.missingAfter = missingAfter
        known = nil
        lastLook = nil
    }

    /// True when the file is as last read and nothing is pending: no change waiting to settle,
    /// no disappearance being timed, and it has been looked at once.
    public var isSettled: Bool { candidate == nil && goneSince == nil && lastLook != nil }

    /// Makes the next `poll` look at the file whatever the time: what a word from the kernel
    /// that the file changed asks for.
    public mutating func poke() {
        lastLook = nil
    }

    /// Looks at the file if it is time to; `now` is a monotonic clock in milliseconds.
    /// `signature` reads the file's signature (injected, so tests need no real file or clock).
    public mutating func poll(now: UInt64, signature: (String) -> FileSignature? = FileSignature.of) -> Change? {
        if let last = lastLook, now < last + interval { return nil }
        lastLook = now
        guard let current = signature(path) else {
            candidate = nil
            let since = goneSince ?? now
            goneSince = since
            guard !reportedMissing, now >= since + missingAfter else { return nil }
            reportedMissing = true
            return .missing
        }
        goneSince = nil
        if current == known, !reportedMissing {
            candidate = nil
            return nil
        }
        // Changed: wait for one more look that sees the same file before reading it.
        guard current == candidate else {
            candidate = current
            return nil
        }
        known = current
        candidate = nil
        reportedMissing = false
        return .saved
    }
}
