/// How far a drafted attribution can be trusted: `high` ones an author may skip re-reading,
/// `low` ones are marked for checking.
///
/// `parley draft` gives each attribution its level (ParleyDraft's `Confidence.of`); the
/// review screen, which knows nothing of how a draft is made, shows the low ones first.
public enum Confidence: String, Sendable, Hashable, CaseIterable, Comparable {
    case high, medium, low

    /// Low before medium before high: the order a reviewer takes them in.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs.urgency > rhs.urgency
    }

    /// How soon a reviewer should look at it: 2 for low, 0 for high.
    public var urgency: Int {
        switch self {
        case .high: 0
        case .medium: 1
        case .low: 2
        }
    }
}
