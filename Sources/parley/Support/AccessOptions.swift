import ArgumentParser
import ParleySystem

/// `--accessible` (or `PARLEY_ACCESSIBLE=1`): the dashboard in one column for screen readers
/// and braille displays, for the dashboard, `parley review` and `parley render`.
struct AccessOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "The dashboard in one column for screen readers and braille displays: one labelled item per line, answers in words, the cursor on the selection (also PARLEY_ACCESSIBLE=1)."
        ))
    var accessible = false

    /// True when the flag is given or the environment asks (PARLEY_ACCESSIBLE set, and not to 0).
    func isOn(environment: [String: String]) -> Bool {
        let asked = environment["PARLEY_ACCESSIBLE"] ?? ""
        return accessible || !(asked.isEmpty || asked == "0")
    }
}
