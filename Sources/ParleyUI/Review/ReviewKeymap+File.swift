import ParleyYAML

extension ReviewKeymap {
    /// This keymap with the `review:` section of a keymap file in force, and the entries
    /// that could not be used, with where; those keep their keys.
    ///
    /// Only the review screen's own keys can be changed: those of its pickers and lines are
    /// few and fixed, since there printable characters are text.
    public func applying(_ file: KeymapFile) -> (keymap: ReviewKeymap, problems: [Diagnostic]) {
        var log = NodeReader(file: file.file)
        var usable: [(entry: KeymapFile.Entry, action: ReviewAction)] = []
        for entry in file.entries where entry.section == .review {
            guard let action = ActionName.review.first(where: { $0.name == entry.action })?.action else {
                let hint =
                    Suggestion.closest(to: entry.action, in: ActionName.review.map(\.name)).map {
                        "did you mean '\($0)'?"
                    }
                    ?? "parley keys lists the actions"
                log.warning(
                    "'\(VisibleText.escaped(entry.action))' is not an action of review; \(hint)",
                    at: YAMLMark(line: entry.line, column: entry.column))
                continue
            }
            usable.append((entry, action))
        }
        var left: Set<Int> = []
        while true {
            var keymap = self
            var owners: [Int: Int] = [:]
            for (index, (entry, action)) in usable.enumerated() where !left.contains(index) {
                for position in keymap.reviewing.indices where keymap.reviewing[position].action == action {
                    keymap.reviewing[position].keys = entry.keys
                    owners[position] = index
                }
            }
            let placed = keymap.reviewing.enumerated().map { position, binding in
                KeyClash.Placed(
                    action: ActionName.of(binding.action) ?? "?", keys: binding.keys,
                    shipped: reviewing[position].keys, entry: owners[position])
            }
            guard let clash = KeyClash.latest(in: placed, place: "the review screen") else {
                return (keymap, log.diagnostics)
            }
            let entry = usable[clash.entry].entry
            log.warning(clash.message(keeping: entry.action), at: YAMLMark(line: entry.line, column: entry.column))
            left.insert(clash.entry)
        }
    }
}
