import Foundation
import ParleyDashboard
import ParleyUI

/// A terminal made of a script: the test decides, each time the loop waits for a key, what
/// happens; every frame and theme the loop shows is kept.
public final class FakeTerminal: DashboardTerminal {
    public var size: Size
    public let isUnicode = true
    public var pendingSignal: Int32?
    public var isLost = false
    public private(set) var frames: [CellGrid] = []
    public private(set) var themes: [String] = []
    public private(set) var restored = 0
    public private(set) var copies: [String] = []
    /// Keys already waiting, handed out before the script is asked again.
    private var queued: [KeyEvent] = []
    /// Called when the loop waits and nothing is queued; returns keys to queue (empty: none came).
    public var onWait: (FakeTerminal) -> [KeyEvent]
    public private(set) var waits = 0

    public init(size: Size = Size(width: 100, height: 30), onWait: @escaping (FakeTerminal) -> [KeyEvent]) {
        self.size = size
        self.onWait = onWait
    }

    public func nextEvent(wait: Bool, pollMilliseconds: Int32) -> KeyEvent? {
        if queued.isEmpty, wait {
            waits += 1
            // A loop that never stops waiting would hang the test run: give up loudly instead.
            if waits > 2_000 { return .character("q") }
            queued = onWait(self)
            if queued.isEmpty { usleep(UInt32(pollMilliseconds) * 100) }
        }
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    public func present(_ grid: CellGrid) { frames.append(grid) }
    public func apply(_ theme: Theme) { themes.append(theme.name) }
    public func restore() { restored += 1 }
    public func copyToClipboard(_ text: String) { copies.append(text) }

    public var screen: String { frames.last?.lines.joined(separator: "\n") ?? "" }
}
