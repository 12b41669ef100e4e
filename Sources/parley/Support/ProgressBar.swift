import ParleyArchive
import ParleyModel
import ParleyUI
import Synchronization

/// A one-line progress bar on stderr, redrawn in place while an archive loads.
///
/// The model's pacer decides when it is drawn (not for quick loads, at most ten times a
/// second); ParleyUI's `ProgressText` decides what it says.
final class ProgressBar: Sendable {
    private let file: String
    private let action: String
    private let enabled: Bool
    private let pacer = ProgressPacer()
    private let shown = Atomic(false)

    init(file: String, action: String = "loading", enabled: Bool) {
        self.file = file
        self.action = action
        self.enabled = enabled
    }

    /// Called from the loading threads.
    func update(_ progress: ArchiveProgress) {
        guard enabled, pacer.admits(progress) else { return }
        shown.store(true, ordering: .relaxed)
        // One column spare: a line that fills the last column would wrap on some terminals.
        let line = ProgressText.bar(ArchiveLoading(file: file, progress: progress, action: action), width: Console.errorWidth - 1)
        Console.errorRaw("\r\u{1B}[K" + line)
    }

    /// Shows a step that has no measure of how far it has got, in place of the bar.
    func say(_ text: String) {
        guard enabled else { return }
        shown.store(true, ordering: .relaxed)
        Console.errorRaw("\r\u{1B}[K" + TextWrap.truncated(text, width: Console.errorWidth - 1))
    }

    /// Clears the bar, if it was drawn.
    func finish() {
        if shown.load(ordering: .relaxed) { Console.errorRaw("\r\u{1B}[K") }
    }
}
