import ParleyDashboard
import ParleyModel
import ParleyTerminal
import ParleyUI

extension FuzzCheck {
    /// Decodes the bytes as ncurses inputs, four bytes a key, and presses them on the
    /// dashboard, resizing it now and then: the frame always fills the terminal exactly, holds
    /// no raw control character, and `q` quits unless a line is taking text.
    public static let keyDecoder = FuzzCheck(target: "FuzzKeyDecoder") { bytes in
        guard let week = try? BundledDossier.load() else { return "the bundled week does not load" }
        var store = InlineDashboard(size: Size(width: 100, height: 30), context: DashboardContext(dossier: week))
        var index = 0
        while index + 4 <= bytes.count {
            let word = bytes[index..<(index + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            index += 4
            let event: KeyEvent?
            switch word >> 30 {
            case 0: event = KeyDecoder.event(for: .character(word & 0x1F_FFFF))
            case 1: event = KeyDecoder.event(for: .keyCode(Int32(word & 0x1FF)))
            case 2: event = .resize(Size(width: Int(word & 0x1FF) % 301 + 1, height: Int((word >> 9) & 0x7F) + 1))
            default:
                event = .mouse(
                    MouseEvent(
                        [.press, .wheelUp, .wheelDown][Int(word & 3) % 3], x: Int((word >> 2) & 0x1FF),
                        y: Int((word >> 11) & 0xFF)))
            }
            guard let event, !(event == .character("q")) else { continue }
            store.press(event)
        }
        let frame = store.render()
        if frame.lines.count != store.state.size.height {
            return "a frame of \(frame.lines.count) lines for \(store.state.size.height)"
        }
        if frame.lines.contains(where: hasRawControl) { return "a raw control character in the frame" }
        // Where characters are text (the search line, a flag or note, the palette), q is typed;
        // below the smallest size only "q quits" is shown, and it does.
        let typing =
            (store.state.quotes.isEditing || store.state.noting != nil || store.state.palette != nil)
            && !DashboardLayout(size: store.state.size).isTooSmall
        store.press(.character("q"))
        if !store.state.isQuitting, !typing { return "q did not quit" }
        if typing, store.state.isQuitting { return "q quit while a line took text" }
        return nil
    }
}
