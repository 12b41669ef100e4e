import ParleyModel

/// How much of each home pane shows at once, for the reducer that scrolls them, the view
/// that draws them and the pointer that clicks in them alike.
struct HomeGeometry {
    let panes: DashboardLayout.Home
    /// Rows of the key-quotes pane.
    let visibleQuotes: Int
    /// The matrix's legend, when there is room for it below every issue (else none).
    let legend: [String]
    /// Rows of the matrix, below its header and above its legend.
    let visibleIssues: Int

    init(layout: DashboardLayout, context: DashboardContext) {
        panes = layout.home(engagements: context.dossier.engagements.count)
        visibleQuotes = max(1, panes.quotes.height - 2)
        let inside = panes.positions.inset(by: 1)
        let lines = Self.legendLines(context.matrix, glyphs: context.glyphs, width: inside.width - 1)
        legend = inside.height >= context.matrix.rows.count + 2 + lines.count ? lines : []
        visibleIssues = max(1, inside.height - 1 - legend.count)
    }

    init(size: Size, context: DashboardContext) {
        self.init(layout: DashboardLayout(size: size), context: context)
    }

    /// What the matrix's marks mean: the answers, then a stance without one (only when the
    /// dossier has such a stance), movement and no position; on two lines when one is too narrow.
    static func legendLines(_ matrix: PositionComparison, glyphs: Glyphs, width: Int) -> [String] {
        let stances = matrix.rows.flatMap { $0.stances.compactMap { $0 } }
        let answers = [
            "\(glyphs.yes) yes", "\(glyphs.no) no", "\(glyphs.qualified) qualified", "\(glyphs.unclear) unclear",
        ]
        var others: [String] = []
        if stances.contains(where: { $0.current.answer == nil }) { others.append("\(glyphs.held) no answer") }
        others += ["\(glyphs.moved) moved", "\(glyphs.none) none"]
        for separator in ["  ", " "] {
            let line = (answers + others).joined(separator: separator)
            if DisplayWidth.of(line) <= width { return [line] }
        }
        return [answers.joined(separator: "  "), others.joined(separator: "  ")]
    }
}
