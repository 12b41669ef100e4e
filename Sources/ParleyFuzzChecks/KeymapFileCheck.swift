import ParleyModel
import ParleyUI

extension FuzzCheck {
    /// Reads the bytes as a keymap file and puts it in force over the shipped keys and the
    /// review's: every problem a warning with a position and nothing unsafe in it, and the
    /// keymap it leaves answering every key it binds on every screen.
    public static let keymapFile = FuzzCheck(target: "FuzzKeymapFile") { bytes in
        let file = KeymapFile.parse(bytes: bytes, file: "keys.yaml")
        let (keymap, problems) = Keymap.standard.applying(file)
        let (review, reviewProblems) = ReviewKeymap.standard.applying(file)
        for problem in problems + reviewProblems {
            if problem.line < 1 || problem.column < 1 { return "a problem without a position: \(problem)" }
            if problem.severity != .warning { return "a keymap's problem is only ever a warning: \(problem)" }
            if hasRawControl(problem.description) { return "a raw control character in: \(problem.description)" }
        }
        for entry in file.entries where hasRawControl(entry.keys.map(\.keyName).joined()) {
            return "a key named with a raw control character: \(entry.keys)"
        }
        for screen in [Screen.home, .quotes, .positions, .timeline, .meeting("x")] {
            var state = AppState(size: Size(width: 100, height: 30))
            state.screen = screen
            let own = keymap.bindings(of: KeymapSection(screen: screen))
            // A global binding of an action the screen binds itself does not answer there.
            let global = keymap.global.filter { binding in !own.contains { $0.action == binding.action } }
            for binding in own + global {
                for key in binding.keys where keymap.action(for: key, in: state) == nil {
                    return
                        "\(key.keyName) is bound to \(ActionName.of(binding.action) ?? "?") but does nothing on \(screen)"
                }
            }
        }
        for binding in review.reviewing {
            for key in binding.keys where !review.reviewing.contains(where: { $0.keys.contains(key) }) {
                return "\(key.keyName) lost on the review screen"
            }
        }
        return nil
    }
}
