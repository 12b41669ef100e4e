/// Which parley this is, for `parley --version` and the briefings it writes.
public enum ParleyRelease {
    /// The version, raised with every release (semantic versioning).
    public static let version = "0.9.0"
}
