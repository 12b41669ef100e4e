import ArgumentParser
import ParleyDashboard
import ParleyModel
import ParleyUI

/// Splits the bundled week's keystroke time into its parts, for finding where it goes.
struct ProfileKeystrokes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "profile", abstract: "Time reduce, render and diff separately for typing into the bundled week.")

    func run() throws {
        let context = DashboardContext(dossier: try BundledDossier.load())
        var reduce: [Double] = []
        var render: [Double] = []
        var diff: [Double] = []
        for _ in 0..<20 {
            var store = InlineDashboard(size: Size(width: 200, height: 60), context: context)
            store.press(.character("2"))
            store.press(.character("/"))
            var previous = store.render()
            for character in "nato ukraine" {
                reduce.append(Clock.milliseconds { store.press(.character(character)) })
                var frame = previous
                render.append(Clock.milliseconds { frame = store.render() })
                diff.append(Clock.milliseconds { _ = FrameDiff.changedCells(from: previous, to: frame) })
                previous = frame
            }
        }
        print("render per key (last run):", render.suffix(12).map { rounded($0) })
        for (name, values) in [("reduce+search", reduce), ("render", render), ("diff", diff)] {
            let sample = Sample(values: values)
            print(name, rounded(sample.median), rounded(sample.p99))
        }
    }
}
