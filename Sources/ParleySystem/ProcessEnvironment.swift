/// Reads the process's environment variables, without Foundation.
public enum ProcessEnvironment {
    /// The value of `name`, or nil when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables of `names` that are set, by name.
    public static func values(_ names: [String]) -> [String: String] {
        Dictionary(names.compactMap { name in value(name).map { (name, $0) } }, uniquingKeysWith: { first, _ in first })
    }
}
