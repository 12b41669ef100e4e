/// A place of parley's under one of the XDG base directories — `$XDG_CONFIG_HOME/parley/…`,
/// `$XDG_DATA_HOME/parley/…`, `$XDG_STATE_HOME/parley/…` — or its default under `$HOME`
/// when the variable is unset.
public enum XDGFolder {
    /// The base directories parley uses, with their variables and defaults under `$HOME`.
    public enum Base: Sendable {
        case config, data, state

        var variable: String {
            switch self {
            case .config: "XDG_CONFIG_HOME"
            case .data: "XDG_DATA_HOME"
            case .state: "XDG_STATE_HOME"
            }
        }

        var underHome: String {
            switch self {
            case .config: "/.config"
            case .data: "/.local/share"
            case .state: "/.local/state"
            }
        }
    }

    /// `BASE/parley/subfolder`; nil when neither the variable nor HOME is set.
    public static func path(_ base: Base, _ subfolder: String, environment: [String: String]) -> String? {
        if let root = environment[base.variable], !root.isEmpty { return root + "/parley/" + subfolder }
        if let home = environment["HOME"], !home.isEmpty { return home + base.underHome + "/parley/" + subfolder }
        return nil
    }
}
