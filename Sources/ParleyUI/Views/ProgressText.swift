import ParleyModel

/// The words for an archive being loaded: the command line's progress bar and the dashboard's
/// status note say the same things, from the same pieces.
public enum ProgressText {
    /// The command line's bar, fitted to `width` columns:
    /// `loading quotes.jsonl ████████░░░░ 40%  40000 quotes  20000/s  3.0 s left`, or while a
    /// pipe is read, `loading quotes.jsonl  12.0 MiB read  4.0 MiB/s`.
    ///
    /// On a narrow terminal the bar graphic shrinks, then goes, before any words are cut: the
    /// numbers are what a user waits on.
    public static func bar(_ loading: ArchiveLoading, width: Int) -> String {
        let pieces = pieces(of: loading, withRate: true, secondsLeft: { String(format: "%.1f s left", $0) })
        let name = pieces[0]
        let rest = pieces.dropFirst().joined(separator: "  ")
        let room = width - DisplayWidth.of(name) - DisplayWidth.of(rest) - 3
        guard let fraction = loading.progress.fraction, room >= 4 else {
            // Cut to the width, so a bar redrawn in place never wraps onto a second line.
            return TextWrap.truncated(pieces.joined(separator: "  "), width: width)
        }
        let cells = min(24, room)
        let filled = Int(fraction * Double(cells))
        let graphic = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return "\(name) \(graphic)  \(rest)"
    }

    /// The dashboard's status note, short enough to share the line with key hints:
    /// `loading quotes.jsonl 40% · 40000 quotes · 3 s left`.
    public static func statusNote(_ loading: ArchiveLoading, separator: String) -> String {
        var pieces = pieces(of: loading, withRate: false, secondsLeft: { "\(Int($0.rounded(.up))) s left" })
        if let percent = pieces.dropFirst().first, percent.hasSuffix("%") {
            pieces[0] += " " + percent
            pieces.remove(at: 1)
        }
        return pieces.joined(separator: " \(separator) ")
    }

    /// What is loading, then how far: a percentage, quotes, rate and time left while indexing;
    /// bytes and rate while reading a pipe.
    private static func pieces(of loading: ArchiveLoading, withRate: Bool, secondsLeft: (Double) -> String) -> [String] {
        let progress = loading.progress
        var pieces = [loading.action + " " + VisibleText.escaped(displayName(loading.file))]
        guard let fraction = progress.fraction else {
            pieces.append(mebibytes(progress.bytes) + " read")
            if withRate { pieces.append(mebibytes(Int(progress.bytesPerSecond)) + "/s") }
            return pieces
        }
        pieces.append("\(Int(fraction * 100))%")
        pieces.append("\(progress.quotes) quotes")
        if withRate { pieces.append("\(Int(progress.quotesPerSecond))/s") }
        if let left = progress.secondsLeft { pieces.append(secondsLeft(left)) }
        return pieces
    }

    /// A file's last path component; a pipe's whole path (`/dev/fd/63` from `<(…)`), whose
    /// last component alone would say nothing.
    static func displayName(_ path: String) -> String {
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return path }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func mebibytes(_ bytes: Int) -> String {
        String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }
}
