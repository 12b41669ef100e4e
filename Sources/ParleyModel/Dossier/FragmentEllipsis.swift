/// The ellipses a fragment quoted inside a paraphrase is shown with: one before the words
/// and one after, but none where the words already begin with one, and none after words
/// that end their sentence ("…appropriate assistance." rather than "…appropriate assistance.…").
public enum FragmentEllipsis {
    /// What goes before and after `text`, with `ellipsis` written as the display draws it
    /// ("…", or "..." in ASCII).
    public static func marks(for text: String, ellipsis: String) -> (before: String, after: String) {
        let trimmed = text.trimmingTrailingSpace
        let before = trimmed.hasPrefix("\u{2026}") || trimmed.hasPrefix("...") ? "" : ellipsis
        let after = trimmed.last.map { ".!?\u{2026}".contains($0) } == true ? "" : ellipsis
        return (before, after)
    }

    /// The words between their ellipses.
    public static func framed(_ text: String, ellipsis: String) -> String {
        let marks = marks(for: text, ellipsis: ellipsis)
        return marks.before + text + marks.after
    }
}

private extension String {
    var trimmingTrailingSpace: Substring {
        var view = self[...]
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return view
    }
}
